import { randomUUID } from 'node:crypto';
import { type Context, notFound, requireWriter, todayInChina, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { scopedAssignment, scopedEntity, scopedOfficial } from '../scope';
import { Assignment, Entity, Official, Visit } from '../entities';
import { VisitInput } from '../inputs';
import { localDate, notAfterToday, requiredText } from '../validate';

@Resolver(() => Visit)
export class VisitResolver {
  @Mutation(() => Visit, { description: '登记包保督导' })
  async recordVisit(@Arg('input', () => VisitInput) input: VisitInput, @Ctx() ctx: Context): Promise<Visit> {
    const assignment = await ctx.em.findOne(Assignment, { id: input.assignmentId });
    if (!assignment) throw notFound('包保关系', input.assignmentId);
    const entity = await ctx.em.findOneOrFail(Entity, { id: assignment.entity.id });
    requireWriter(ctx, entity.township.id);
    const visitedOn = notAfterToday(
      localDate(input.visitedOn, 'visitedOn', '督导日期'),
      todayInChina(),
      'visitedOn',
      '督导日期',
    );
    if (visitedOn < assignment.startsOn || (assignment.endsOn && visitedOn > assignment.endsOn))
      throw userInputError('督导日期不在包保期内', 'visitedOn');
    const findings = requiredText(input.findings, 'findings', '督导发现', 2000);
    const visit = ctx.em.create(Visit, { id: randomUUID(), assignment, visitedOn, findings });
    if (!assignment.lastVisitOn || visitedOn > assignment.lastVisitOn) assignment.lastVisitOn = visitedOn;
    await ctx.em.flush();
    return visit;
  }

  @FieldResolver(() => Assignment)
  assignment(@Root() visit: Visit, @Ctx() ctx: Context) {
    return scopedAssignment(ctx, visit.assignment.id);
  }

  @FieldResolver(() => Official)
  async official(@Root() visit: Visit, @Ctx() ctx: Context) {
    const assignment = await scopedAssignment(ctx, visit.assignment.id);
    return assignment && scopedOfficial(ctx, assignment.official.id);
  }

  @FieldResolver(() => Entity)
  async entity(@Root() visit: Visit, @Ctx() ctx: Context) {
    const assignment = await scopedAssignment(ctx, visit.assignment.id);
    return assignment && scopedEntity(ctx, assignment.entity.id);
  }
}
