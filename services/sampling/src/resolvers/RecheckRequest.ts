import { randomUUID } from 'node:crypto';
import { type Context, notFound, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { clockContext, scopedSample } from '../data';
import { RecheckRequest, RecheckStatus, Sample, SampleStatus, Verdict } from '../entities';
import { RecheckInput, RecheckResultInput } from '../inputs';
import { checkRecheckRequest, RuleViolation } from '../rules';
import { transition } from '../transitions';
import { localDate, notAfterToday, notBefore, requiredText } from '../validate';
import { loadSample } from './Sample';

function violation(error: unknown): never {
  if (error instanceof RuleViolation) throw userInputError(error.message, error.field);
  throw error;
}

/** 复检: the one way into 复检中, and the result that ends it (final, whichever way it goes). */
@Resolver(() => RecheckRequest)
export class RecheckRequestResolver {
  @Mutation(() => RecheckRequest, { description: '受理复检申请;超过7个工作日的申请被拒绝,提示截止日期' })
  async requestRecheck(
    @Arg('input', () => RecheckInput) input: RecheckInput,
    @Ctx() ctx: Context,
  ): Promise<RecheckRequest> {
    const sample = await loadSample(ctx, input.sampleId, true);
    const { rules, calendar, today } = await clockContext(ctx);
    const requestedOn = notAfterToday(
      localDate(input.requestedOn, 'requestedOn', '申请日期'),
      today,
      'requestedOn',
      '申请日期',
    );
    const lab = requiredText(input.lab, 'lab', '复检机构', 100);
    const applicant = requiredText(input.applicant, 'applicant', '申请人', 100);
    transition(ctx, sample, SampleStatus.RECHECKING, 'recheck', requestedOn, `申请人:${applicant};复检机构:${lab}`);
    const already = await ctx.em.count(RecheckRequest, { sample: sample.id });
    try {
      checkRecheckRequest({
        notifiedOn: sample.notifiedOn,
        requestedOn,
        lab,
        originalLab: sample.lab,
        alreadyRechecked: already > 0,
        rules,
        calendar,
      });
    } catch (error) {
      violation(error);
    }
    const recheck = ctx.em.create(RecheckRequest, { id: randomUUID(), sample, requestedOn, applicant, lab });
    await ctx.em.flush();
    return recheck;
  }

  @Mutation(() => RecheckRequest, { description: '录入复检结论(最终结论):合格则样品合格,不合格则维持原结论' })
  async recordRecheckResult(
    @Arg('input', () => RecheckResultInput) input: RecheckResultInput,
    @Ctx() ctx: Context,
  ): Promise<RecheckRequest> {
    const recheck = await ctx.em.findOne(RecheckRequest, { id: input.recheckId });
    if (!recheck) throw notFound('复检申请', input.recheckId);
    const sample = await loadSample(ctx, recheck.sample.id, true);
    const { today } = await clockContext(ctx);
    const completedOn = notAfterToday(
      localDate(input.completedOn, 'completedOn', '复检结论日期'),
      today,
      'completedOn',
      '复检结论日期',
    );
    const to = input.result === Verdict.QUALIFIED ? SampleStatus.QUALIFIED : SampleStatus.UNQUALIFIED;
    transition(ctx, sample, to, 'recheckResult', completedOn, `复检机构:${recheck.lab}`);
    if (recheck.status === RecheckStatus.COMPLETED)
      throw userInputError('复检结论已录入,复检结论为最终结论', 'recheckId');
    notBefore(completedOn, recheck.requestedOn, 'completedOn', '复检结论日期', '申请日期');
    recheck.status = RecheckStatus.COMPLETED;
    recheck.result = input.result;
    recheck.completedOn = completedOn;
    sample.verdict = input.result;
    if (input.result === Verdict.QUALIFIED) sample.failureKind = null;
    await ctx.em.flush();
    return recheck;
  }

  @FieldResolver(() => Sample)
  sample(@Root() recheck: RecheckRequest, @Ctx() ctx: Context) {
    return scopedSample(ctx, recheck.sample.id);
  }
}
