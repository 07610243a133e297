import { type Context, requireBureau, requireDistrictWriter, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { currentBands } from '../data';
import { GradingRule, RiskGrade } from '../entities';
import { checkBands, INSPECTIONS_PER_YEAR } from '../rules/grading';

@ObjectType({ description: '按风险等级的年度监督检查频次' })
export class GradeFrequency {
  @Field(() => RiskGrade)
  grade!: RiskGrade;

  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;
}

@Resolver(() => GradingRule)
export class GradingRuleResolver {
  @Query(() => GradingRule, { nullable: true, description: '现行风险分级规则' })
  async gradingRule(@Ctx() ctx: Context): Promise<GradingRule> {
    requireBureau(ctx);
    const { row, ...bands } = await currentBands(ctx);
    return row ?? Object.assign(new GradingRule(), { id: 1, ...bands });
  }

  /** New bands grade assessments made from now on; recorded grades keep the bands they were given under. */
  @Mutation(() => GradingRule, { description: '修改分级分值(仅区局领导和执法人员)' })
  async updateGradingRule(
    @Arg('aMax', () => Float) aMax: number,
    @Arg('bMax', () => Float) bMax: number,
    @Arg('cMax', () => Float) cMax: number,
    @Ctx() ctx: Context,
  ): Promise<GradingRule> {
    requireDistrictWriter(ctx);
    const problem = checkBands({ aMax, bMax, cMax });
    if (problem) throw userInputError(problem, 'aMax');
    const { row } = await currentBands(ctx);
    const rule = row ?? ctx.em.create(GradingRule, { id: 1, aMax, bMax, cMax });
    ctx.em.assign(rule, { aMax, bMax, cMax, updatedAt: new Date(), updatedBy: ctx.identity.username });
    await ctx.em.flush();
    return rule;
  }

  @FieldResolver(() => [GradeFrequency], { description: 'A ≥1,B 1–2,C 2–3,D 3–4 次/年' })
  inspectionsPerYear(): GradeFrequency[] {
    return Object.values(RiskGrade).map((grade) => ({ grade, ...INSPECTIONS_PER_YEAR[grade] }));
  }
}
