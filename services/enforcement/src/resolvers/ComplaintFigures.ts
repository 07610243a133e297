import { aggregateRow, type Context, countsByKey, townshipScope, yearSpan } from '@shian/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { ComplaintChannel, ComplaintKind, ComplaintOutcome } from '../entities';
import { requireComplaintReader } from './ComplaintAccess';

@ObjectType({ description: '投诉举报按渠道统计' })
export class ComplaintChannelCount {
  @Field(() => ComplaintChannel)
  channel!: ComplaintChannel;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '投诉举报按处理结果统计' })
export class ComplaintOutcomeCount {
  @Field(() => ComplaintOutcome)
  outcome!: ComplaintOutcome;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '投诉举报按类别统计' })
export class ComplaintKindCount {
  @Field(() => ComplaintKind)
  kind!: ComplaintKind;

  @Field(() => Int)
  count!: number;
}

/**
 * The year's complaints (by the day they were received), counted by the database: one statement per breakdown.
 * Figures carry no personal data: every reader of the register gets them (a township officer its township's);
 * a role that may not read the register gets none.
 */
export async function complaintFigures(ctx: Context, year: number) {
  requireComplaintReader(ctx);
  const { from, to } = yearSpan(year);
  const township = townshipScope(ctx);
  const where = `received_on between ? and ?${township ? ' and township_id = ?' : ''}`;
  const params = township ? [from, to, township] : [from, to];
  const [total, byChannel, byOutcome, byKind] = await Promise.all([
    aggregateRow(ctx.em, `select count(*) as "n" from complaint where ${where}`, params),
    countsByKey(
      ctx.em,
      `select channel as "key", count(*) as "n" from complaint where ${where} group by channel`,
      params,
    ),
    countsByKey(
      ctx.em,
      `select outcome as "key", count(*) as "n" from complaint where ${where} group by outcome`,
      params,
    ),
    countsByKey(ctx.em, `select kind as "key", count(*) as "n" from complaint where ${where} group by kind`, params),
  ]);
  return {
    complaintsReceived: total.n ?? 0,
    complaintsByChannel: Object.values(ComplaintChannel).map((channel) => ({
      channel,
      count: byChannel.get(channel) ?? 0,
    })),
    complaintsByOutcome: Object.values(ComplaintOutcome).map((outcome) => ({
      outcome,
      count: byOutcome.get(outcome) ?? 0,
    })),
    complaintsByKind: Object.values(ComplaintKind).map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
  };
}
