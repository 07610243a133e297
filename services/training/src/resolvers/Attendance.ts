import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  entityTownships,
  notFound,
  paginate,
  requireWriter,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { sessionById, townshipFilter } from '../data';
import { Attendance, EntityRef, entityRef, TownshipRef, TrainingKind, TrainingSession, townshipRef } from '../entities';
import { AttendanceFilter, AttendanceInput } from '../inputs';
import { checkAttendance, checkSheetKind } from '../rules';
import { contains, rejectProblems } from '../validate';

@ObjectType()
export class AttendanceConnection extends Connection(Attendance) {}

const MAX_SHEET_ROWS = 500;
const personKey = (row: { entityId: string; personName: string }) => `${row.entityId}\u0000${row.personName.trim()}`;

@Resolver(() => Attendance)
export class AttendanceResolver {
  @Query(() => AttendanceConnection, { nullable: true, description: '培训签到记录(一次培训的签到表:filter.sessionId)' })
  attendances(
    @Arg('filter', () => AttendanceFilter, { nullable: true }) filter: AttendanceFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<Attendance>[] = [townshipFilter(ctx, filter?.townshipId)];
    if (filter?.sessionId) conditions.push({ session: filter.sessionId });
    if (filter?.entityId) conditions.push({ entityId: filter.entityId });
    if (filter?.search?.trim())
      conditions.push(contains(['personName', 'jobTitle'], filter.search) as FilterQuery<Attendance>);
    return paginate(ctx.em, Attendance, { $and: conditions }, page, { orderBy: { createdAt: 'asc' } });
  }

  /**
   * Records rows of a session's attendance sheet, all or none: every row is checked (scope, fields, duplicates in the
   * sheet and against the rows already recorded) before anything is written.
   */
  @Mutation(() => [Attendance], { description: '登记签到表(全部成功或全部不写入)' })
  async recordAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('entries', () => [AttendanceInput]) entries: AttendanceInput[],
    @Ctx() ctx: Context,
  ) {
    if (entries.length === 0) throw userInputError('签到表至少需要一行', 'entries');
    if (entries.length > MAX_SHEET_ROWS)
      throw userInputError(`一次最多登记 ${MAX_SHEET_ROWS} 行(收到 ${entries.length} 行)`, 'entries');
    requireWriter(ctx);
    entries.forEach((entry, index) => {
      rejectProblems(checkAttendance(entry, index));
    });
    // Each row's township is its business's, as the register has it: never the one the sheet sent.
    const townships = await entityTownships(ctx, entries);
    for (const entry of entries) requireWriter(ctx, townships.get(entry.entityId));
    const session = await ctx.em.findOne(TrainingSession, { id: sessionId });
    if (!session) throw notFound('培训', sessionId);
    rejectProblems(checkSheetKind(session.audience, TrainingKind.BUSINESS));
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(personKey(entry)))
        throw userInputError(`第 ${index + 1} 行:${entry.personName} 在签到表中重复`, 'personName');
      seen.add(personKey(entry));
    });
    const existing = await ctx.em.find(Attendance, {
      session: sessionId,
      entityId: { $in: entries.map((e) => e.entityId) },
      personName: { $in: entries.map((e) => e.personName.trim()) },
    });
    const recorded = new Set(existing.map(personKey));
    entries.forEach((entry, index) => {
      if (recorded.has(personKey(entry)))
        throw userInputError(`第 ${index + 1} 行:${entry.personName} 已签到,不能重复登记`, 'personName');
    });
    const rows = entries.map((entry) =>
      ctx.em.create(Attendance, {
        id: randomUUID(),
        session,
        entityId: entry.entityId,
        townshipId: townships.get(entry.entityId)!,
        personName: entry.personName.trim(),
        jobTitle: entry.jobTitle.trim(),
      }),
    );
    await ctx.em.flush();
    return rows;
  }

  @Mutation(() => Boolean, { description: '删除签到记录' })
  async removeAttendance(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const row = await ctx.em.findOne(Attendance, { id });
    if (!row) throw notFound('签到记录', id);
    requireWriter(ctx, row.townshipId);
    ctx.em.remove(row);
    await ctx.em.flush();
    return true;
  }

  @FieldResolver(() => TrainingSession)
  session(@Root() row: Attendance, @Ctx() ctx: Context) {
    return sessionById(ctx).load(row.session.id);
  }

  @FieldResolver(() => EntityRef, { nullable: true, description: '所属主体' })
  entity(@Root() row: Attendance): EntityRef {
    return entityRef(row.entityId);
  }

  @FieldResolver(() => TownshipRef, { nullable: true, description: '所属乡镇(街道)' })
  township(@Root() row: Attendance): TownshipRef {
    return townshipRef(row.townshipId);
  }
}
