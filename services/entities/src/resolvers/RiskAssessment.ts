import { randomUUID } from 'node:crypto';
import { type Context, notFound, requireWriter, todayInChina, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { currentBands } from '../data';
import { Entity, RiskAssessment } from '../entities';
import { RiskAssessmentInput } from '../inputs';
import { yearOf } from '../rules/dates';
import { checkScores, gradeFor, totalScore } from '../rules/grading';
import { localDate, notAfterToday } from '../validate';

const isLater = (a: { year: number; assessedOn: string }, b: { year: number; assessedOn: string }) =>
  a.year > b.year || (a.year === b.year && a.assessedOn >= b.assessedOn);

@Resolver(() => RiskAssessment)
export class RiskAssessmentResolver {
  /**
   * Records an assessment with the grade the rule in force gives it; when it is the entity's latest, the entity's
   * grade (and hence its inspection frequency) follows.
   */
  @Mutation(() => RiskAssessment, { description: '风险分级评定(等级按规则计算)' })
  async assessRisk(
    @Arg('input', () => RiskAssessmentInput) input: RiskAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<RiskAssessment> {
    const entity = await ctx.em.findOne(Entity, { id: input.entityId });
    if (!entity) throw notFound('主体', input.entityId);
    requireWriter(ctx, entity.township.id);
    const today = todayInChina();
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > yearOf(today) + 1)
      throw userInputError(`评定年度应在2000年至${yearOf(today) + 1}年之间`, 'year');
    const [problem] = checkScores(input.staticScore, input.dynamicScore);
    if (problem) throw userInputError(problem.message, problem.field);
    notAfterToday(localDate(input.assessedOn, 'assessedOn', '评定日期'), today, 'assessedOn', '评定日期');
    if (yearOf(input.assessedOn) !== input.year) throw userInputError('评定日期应在评定年度内', 'assessedOn');

    // Read before anything is created: the ORM flushes pending rows before a query on their table.
    const bands = await currentBands(ctx);
    const latest = await ctx.em.findOne(
      RiskAssessment,
      { entity },
      { orderBy: { year: 'desc', assessedOn: 'desc', createdAt: 'desc' } },
    );
    const total = totalScore(input.staticScore, input.dynamicScore);
    const assessment = ctx.em.create(RiskAssessment, {
      id: randomUUID(),
      entity,
      year: input.year,
      staticScore: input.staticScore,
      dynamicScore: input.dynamicScore,
      totalScore: total,
      grade: gradeFor(total, bands),
      assessedOn: input.assessedOn,
      assessor: ctx.identity.name,
    });
    if (!latest || isLater(assessment, latest)) entity.riskGrade = assessment.grade;
    await ctx.em.flush();
    return assessment;
  }
}
