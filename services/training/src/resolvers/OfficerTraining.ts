import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  contains,
  likeTerm,
  notFound,
  type Page,
  paginate,
  pageWindow,
  requireBureau,
  requireDistrictWriter,
  toPage,
  townshipScope,
  userInputError,
  yearSpan,
} from '@shian/subgraph-kit';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { sessionById } from '../data';
import { OfficerAttendance, TrainingKind, TrainingSession } from '../entities';
import { officersOnRoll } from '../officer-roll';
import { checkSheetKind, creditedHours } from '../rules';
import { rejectProblems } from '../validate';

@InputType({ description: '执法人员签到表的一行' })
export class OfficerAttendanceInput {
  @Field(() => ID, { description: '执法人员ID(执法检查人员名录 inspectors 的 id)' })
  officerId!: string;

  @Field(() => Float, { nullable: true, description: '计入学时,默认本次培训的全部学时' })
  hours?: number | null;
}

@InputType({ description: '执法人员培训签到筛选' })
export class OfficerAttendanceFilter {
  @Field(() => ID, { nullable: true })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true })
  officerId?: string | null;

  @Field(() => Int, { nullable: true, description: '培训年份' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '姓名、执法证号或科室(所)包含' })
  search?: string | null;
}

@ObjectType()
export class OfficerAttendanceConnection extends Connection(OfficerAttendance) {}

@ObjectType({ description: '执法人员年度培训学时' })
export class OfficerTrainingHours {
  @Field(() => ID)
  officerId!: string;

  @Field({ description: '姓名(最近一次签到时)' })
  officerName!: string;

  @Field({ description: '执法证号' })
  badgeNumber!: string;

  @Field({ description: '所属科室(所)' })
  unit!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '参加培训次数' })
  sessions!: number;

  @Field(() => Float, { description: '累计学时' })
  hours!: number;
}

@ObjectType()
export class OfficerTrainingHoursConnection extends Connection(OfficerTrainingHours) {}

const MAX_SHEET_ROWS = 200;

/**
 * Officers' training records are the bureau's personnel records: none of its officers belongs to a township in the
 * records (the roll gives a 科室 or 所, not a township), so a township officer's scope holds none of them and their
 * lists are empty; partners are refused. Writes are the district's (leaders and bureau officers).
 */
function officerRecordsInScope(ctx: Context): boolean {
  requireBureau(ctx);
  return townshipScope(ctx) === undefined;
}

interface HoursRow {
  officer_id: string;
  officer_name: string;
  badge_number: string;
  unit: string;
  sessions: number | string;
  hours: number | string;
}

@Resolver(() => OfficerAttendance)
export class OfficerTrainingResolver {
  @Query(() => OfficerAttendanceConnection, {
    nullable: true,
    description: '执法人员培训签到记录(区局领导、执法人员可见;乡镇(街道)账号无记录)',
  })
  officerAttendances(
    @Arg('filter', () => OfficerAttendanceFilter, { nullable: true }) filter: OfficerAttendanceFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const conditions: FilterQuery<OfficerAttendance>[] = [];
    if (!officerRecordsInScope(ctx)) conditions.push({ id: { $in: [] } });
    if (filter?.sessionId) conditions.push({ session: filter.sessionId });
    if (filter?.officerId) conditions.push({ officerId: filter.officerId });
    if (filter?.year != null) {
      const { from, to } = yearSpan(filter.year);
      conditions.push({ session: { heldOn: { $gte: from, $lte: to } } });
    }
    if (filter?.search?.trim())
      conditions.push(
        contains(['officerName', 'badgeNumber', 'unit'], filter.search) as FilterQuery<OfficerAttendance>,
      );
    return paginate(ctx.em, OfficerAttendance, { $and: conditions }, page, {
      orderBy: { unit: 'asc', badgeNumber: 'asc' },
    });
  }

  @Query(() => OfficerTrainingHoursConnection, {
    nullable: true,
    description: '执法人员年度培训学时(由签到记录汇总,学时多者在前)',
  })
  async officerTrainingHours(
    @Arg('year', () => Int) year: number,
    @Arg('search', () => String, { nullable: true, description: '姓名、执法证号或科室(所)包含' })
    search: string | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<OfficerTrainingHours>> {
    const { from, to } = yearSpan(year);
    const { limit, offset } = pageWindow(page);
    if (!officerRecordsInScope(ctx)) return toPage([], 0, offset);
    const term = search == null ? null : likeTerm(search);
    if (search?.trim() && !term) return toPage([], 0, offset);
    const where = `from officer_attendance a join training_session s on s.id = a.session_id
      where s.held_on between ? and ?${term ? ' and (a.officer_name like ? or a.badge_number like ? or a.unit like ?)' : ''}`;
    const params = term ? [from, to, term, term, term] : [from, to];
    const connection = ctx.em.getConnection();
    const [countRows, rows] = await Promise.all([
      connection.execute(`select count(distinct a.officer_id) as "n" ${where}`, params, 'all'),
      // Name, badge and unit are copied from the roll at each sign-in, so they agree across an officer's rows unless
      // the roll changed within the year; ties go by badge so that pages are stable.
      connection.execute(
        `select a.officer_id as "officer_id", max(a.badge_number) as "badge_number",
           max(a.officer_name) as "officer_name", max(a.unit) as "unit",
           count(*) as "sessions", sum(a.hours) as "hours"
         ${where} group by a.officer_id order by sum(a.hours) desc, max(a.badge_number) asc limit ? offset ?`,
        [...params, limit, offset],
        'all',
      ),
    ]);
    const total = Number((countRows as { n: number | string }[])[0]?.n ?? 0);
    const nodes = (rows as HoursRow[]).map((row) =>
      Object.assign(new OfficerTrainingHours(), {
        officerId: row.officer_id,
        officerName: row.officer_name,
        badgeNumber: row.badge_number,
        unit: row.unit,
        year,
        sessions: Number(row.sessions),
        hours: Number(row.hours),
      }),
    );
    return toPage(nodes, total, offset);
  }

  /** A session's officers' sign-in sheet, all or none: every row is checked before anything is written. */
  @Mutation(() => [OfficerAttendance], { description: '登记执法人员培训签到(全部成功或全部不写入)' })
  async recordOfficerAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('entries', () => [OfficerAttendanceInput]) entries: OfficerAttendanceInput[],
    @Ctx() ctx: Context,
  ): Promise<OfficerAttendance[]> {
    requireDistrictWriter(ctx);
    if (entries.length === 0) throw userInputError('签到表至少需要一行', 'entries');
    if (entries.length > MAX_SHEET_ROWS)
      throw userInputError(`一次最多登记 ${MAX_SHEET_ROWS} 行(收到 ${entries.length} 行)`, 'entries');
    const session = await ctx.em.findOne(TrainingSession, { id: sessionId });
    if (!session) throw notFound('培训', sessionId);
    rejectProblems(checkSheetKind(session.audience, TrainingKind.OFFICERS));
    const hours = entries.map((entry, index) => {
      const credited = creditedHours(entry, session.hours, index);
      if (typeof credited !== 'number') throw userInputError(credited.message, credited.field);
      return credited;
    });
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.officerId))
        throw userInputError(`第 ${index + 1} 行:执法人员 ${entry.officerId} 在签到表中重复`, 'officerId');
      seen.add(entry.officerId);
    });
    const officers = await officersOnRoll(
      ctx,
      entries.map((entry) => entry.officerId),
    );
    const recorded = await ctx.em.find(OfficerAttendance, {
      session: sessionId,
      officerId: { $in: [...seen] },
    });
    const already = new Set(recorded.map((row) => row.officerId));
    entries.forEach((entry, index) => {
      if (already.has(entry.officerId))
        throw userInputError(
          `第 ${index + 1} 行:${officers.get(entry.officerId)!.name} 已签到,不能重复登记`,
          'officerId',
        );
    });
    const rows = entries.map((entry, index) => {
      const officer = officers.get(entry.officerId)!;
      return ctx.em.create(OfficerAttendance, {
        id: randomUUID(),
        session,
        officerId: officer.id,
        officerName: officer.name,
        badgeNumber: officer.badgeNumber,
        unit: officer.unit,
        hours: hours[index]!,
      });
    });
    await ctx.em.flush();
    return rows;
  }

  @Mutation(() => Boolean, { description: '删除执法人员培训签到记录' })
  async removeOfficerAttendance(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    requireDistrictWriter(ctx);
    const row = await ctx.em.findOne(OfficerAttendance, { id });
    if (!row) throw notFound('执法人员签到记录', id);
    ctx.em.remove(row);
    await ctx.em.flush();
    return true;
  }

  @FieldResolver(() => TrainingSession)
  session(@Root() row: OfficerAttendance, @Ctx() ctx: Context) {
    return sessionById(ctx).load(row.session.id);
  }
}
