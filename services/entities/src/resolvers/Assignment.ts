import { randomUUID } from 'node:crypto';
import { type Context, notFound, requireWriter, todayInChina, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { LocalDate } from '@shian/subgraph-kit';
import { entityById, officialById, visitsByAssignment } from '../data';
import { scopedEntity, scopedOfficial } from '../scope';
import { Assignment, Entity, Official, OfficialLevel, Visit } from '../entities';
import { AssignmentInput } from '../inputs';
import { visitSchedule, visitsPerYear } from '../rules/visit-frequency';
import { localDate } from '../validate';

/** The frequency of an assignment's visits: its official's level and its entity's current grade decide it. */
export async function assignmentFrequency(ctx: Context, assignment: Assignment): Promise<number> {
  const [official, entity] = await Promise.all([
    officialById(ctx).load(assignment.official.id),
    entityById(ctx).load(assignment.entity.id),
  ]);
  return visitsPerYear(official?.level ?? OfficialLevel.DISTRICT, entity?.riskGrade);
}

async function schedule(ctx: Context, assignment: Assignment) {
  return visitSchedule(assignment, assignment.lastVisitOn, await assignmentFrequency(ctx, assignment), todayInChina());
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Mutation(() => Assignment, { description: '建立包保关系' })
  async assignOfficial(
    @Arg('input', () => AssignmentInput) input: AssignmentInput,
    @Ctx() ctx: Context,
  ): Promise<Assignment> {
    const entity = await ctx.em.findOne(Entity, { id: input.entityId });
    if (!entity) throw notFound('主体', input.entityId);
    requireWriter(ctx, entity.township.id);
    const official = await ctx.em.findOne(Official, { id: input.officialId });
    if (!official) throw userInputError(`包保干部不存在:${input.officialId}`, 'officialId');
    if (official.level !== OfficialLevel.DISTRICT && official.township?.id !== entity.township.id)
      throw userInputError('乡镇级、村(社区)级包保干部只能包保本辖区的主体', 'officialId');
    const startsOn = localDate(input.startsOn, 'startsOn', '包保开始日期');
    const endsOn = input.endsOn ? localDate(input.endsOn, 'endsOn', '包保结束日期') : null;
    if (endsOn && endsOn <= startsOn) throw userInputError('包保结束日期应晚于开始日期', 'endsOn');
    const overlapping = await ctx.em.count(Assignment, {
      official,
      entity,
      $and: [
        { $or: [{ endsOn: null }, { endsOn: { $gte: startsOn } }] },
        ...(endsOn ? [{ startsOn: { $lte: endsOn } }] : []),
      ],
    });
    if (overlapping) throw userInputError('该干部在此期间已包保该主体', 'startsOn');
    const assignment = ctx.em.create(Assignment, { id: randomUUID(), official, entity, startsOn, endsOn });
    await ctx.em.flush();
    return assignment;
  }

  @FieldResolver(() => Official)
  official(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return scopedOfficial(ctx, assignment.official.id);
  }

  @FieldResolver(() => Entity)
  entity(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return scopedEntity(ctx, assignment.entity.id);
  }

  @FieldResolver(() => [Visit], { description: '督导记录,最新在前' })
  visits(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return visitsByAssignment(ctx).load(assignment.id);
  }

  @FieldResolver(() => Int, { description: '每年应督导次数(至少每季度一次)' })
  visitsPerYear(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return assignmentFrequency(ctx, assignment);
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: '下次督导截止日期;包保期满后为空' })
  async nextVisitDue(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return (await schedule(ctx, assignment)).nextVisitDue;
  }

  @FieldResolver(() => Boolean, { description: '督导已逾期' })
  async visitOverdue(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return (await schedule(ctx, assignment)).overdue;
  }
}
