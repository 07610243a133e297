import { randomUUID } from 'node:crypto';
import { type Context, notFound, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { clockContext, scopedSample } from '../data';
import { Objection, ObjectionStatus, Sample, SampleStatus } from '../entities';
import { ObjectionDecisionInput, ObjectionInput } from '../inputs';
import { checkObjection, RuleViolation } from '../rules';
import { localDate, notAfterToday, notBefore, requiredText } from '../validate';
import { loadSample } from './Sample';

/** 异议 on an unqualified result: filed within its window, decided by the bureau within its own. */
@Resolver(() => Objection)
export class ObjectionResolver {
  @Mutation(() => Objection, { description: '登记异议申请(不合格结论送达后7个工作日内)' })
  async fileObjection(
    @Arg('input', () => ObjectionInput) input: ObjectionInput,
    @Ctx() ctx: Context,
  ): Promise<Objection> {
    const sample = await loadSample(ctx, input.sampleId, true);
    if (![SampleStatus.UNQUALIFIED, SampleStatus.RECHECKING, SampleStatus.DISPOSING].includes(sample.status)) {
      throw userInputError('只有不合格的样品可以提出异议', 'sampleId');
    }
    const { rules, calendar, today } = await clockContext(ctx);
    const filedOn = notAfterToday(localDate(input.filedOn, 'filedOn', '提出日期'), today, 'filedOn', '提出日期');
    const pending = await ctx.em.count(Objection, { sample: sample.id, status: ObjectionStatus.PENDING });
    try {
      checkObjection({ notifiedOn: sample.notifiedOn, filedOn, pending: pending > 0, rules, calendar });
    } catch (error) {
      if (error instanceof RuleViolation) throw userInputError(error.message, error.field);
      throw error;
    }
    const objection = ctx.em.create(Objection, {
      id: randomUUID(),
      sample,
      kind: input.kind,
      filedOn,
      applicant: requiredText(input.applicant, 'applicant', '申请人', 100),
      reason: requiredText(input.reason, 'reason', '异议理由', 1000),
    });
    await ctx.em.flush();
    return objection;
  }

  @Mutation(() => Objection, { description: '异议审核结论' })
  async decideObjection(
    @Arg('input', () => ObjectionDecisionInput) input: ObjectionDecisionInput,
    @Ctx() ctx: Context,
  ): Promise<Objection> {
    const objection = await ctx.em.findOne(Objection, { id: input.objectionId });
    if (!objection) throw notFound('异议申请', input.objectionId);
    await loadSample(ctx, objection.sample.id, true);
    if (objection.status !== ObjectionStatus.PENDING) throw userInputError('该异议已审核完毕', 'objectionId');
    if (input.status === ObjectionStatus.PENDING)
      throw userInputError('审核结论应为「异议成立」或「异议不成立」', 'status');
    const { today } = await clockContext(ctx);
    const decidedOn = notAfterToday(
      localDate(input.decidedOn, 'decidedOn', '审核日期'),
      today,
      'decidedOn',
      '审核日期',
    );
    objection.decidedOn = notBefore(decidedOn, objection.filedOn, 'decidedOn', '审核日期', '提出日期');
    objection.status = input.status;
    objection.conclusion = requiredText(input.conclusion, 'conclusion', '审核结论', 1000);
    await ctx.em.flush();
    return objection;
  }

  @FieldResolver(() => Sample)
  sample(@Root() objection: Objection, @Ctx() ctx: Context) {
    return scopedSample(ctx, objection.sample.id);
  }
}
