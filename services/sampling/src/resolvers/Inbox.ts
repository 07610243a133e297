import {
  type Context,
  InboxItem,
  InboxQueries,
  inboxItem,
  inboxWindow,
  isOpenClock,
  requireInboxReader,
  sortInboxItems,
} from '@shian/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { clockContext, clocksOf } from '../data';
import { Inbox, Sample } from '../entities';
import { Duty, SETTLED } from '../rules';
import { sampleWhere } from './Sample';

/**
 * Sampling's part of the inbox: the open clocks of the samples in the caller's scope, as `Sample.clocks` computes
 * them (same facts, same rule book and calendar). Only the bureau's own clocks (送检, 检验报告, 复检结论, 异议审核,
 * 核查处置) are work for its staff; a business's window (复检申请) running out is the business's right lapsing, not
 * something to do, and `Sample.overdue` does not count it either.
 */
@Resolver(() => Inbox)
export class InboxResolver extends InboxQueries(Inbox) {
  @FieldResolver(() => [InboxItem], {
    nullable: true,
    description: '抽检监测:样品送检、检验报告、复检、异议审核、核查处置等未完成时限(本人辖区内)',
  })
  async sampling(@Root() inbox: Inbox, @Ctx() ctx: Context): Promise<InboxItem[]> {
    requireInboxReader(ctx);
    const { calendar, today } = await clockContext(ctx);
    const window = inboxWindow(inbox.withinWorkingDays, calendar, today);
    // A settled sample (qualified, disposed, published) runs no clock of the bureau: only the others are read.
    const samples = await ctx.em.find(Sample, {
      $and: [sampleWhere(ctx, null), { status: { $nin: [...SETTLED] } }],
    });
    const perSample = await Promise.all(
      samples.map(async (sample) =>
        (await clocksOf(ctx, sample))
          .filter((clock) => clock.rule.duty === Duty.BUREAU && isOpenClock(clock.status) && clock.deadline)
          .map((clock) =>
            inboxItem(
              {
                domain: 'sampling',
                kind: clock.rule.code,
                title: `抽样单 ${sample.number}(${sample.foodName}):${clock.rule.name}`,
                recordId: sample.id,
                recordCode: sample.number,
                townshipId: sample.townshipId,
                dueDate: clock.deadline!,
                link: `/sampling/${sample.id}`,
              },
              window,
            ),
          ),
      ),
    );
    return sortInboxItems(perSample.flat());
  }
}
