import { type Context, countsByKey, townshipScope, yearSpan } from '@shian/subgraph-kit';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { ComplaintChannel, ComplaintKind, ComplaintOutcome } from '../entities';
import { requireComplaintReader } from './ComplaintAccess';
import { EnforcementFigures } from './WorkReport';

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
async function complaintFigures(ctx: Context, year: number) {
  requireComplaintReader(ctx);
  const { from, to } = yearSpan(year);
  const township = townshipScope(ctx);
  const where = `received_on between ? and ?${township ? ' and township_id = ?' : ''}`;
  const params = township ? [from, to, township] : [from, to];
  // One statement for every breakdown (the work report's statement budget): each row keyed `<breakdown>:<value>`.
  const counts = await countsByKey(
    ctx.em,
    ['channel', 'outcome', 'kind']
      .map(
        (column) =>
          `select '${column}:' || ${column} as "key", count(*) as "n" from complaint where ${where} group by ${column}`,
      )
      .join(' union all '),
    [...params, ...params, ...params],
  );
  const count = (column: string, value: string) => counts.get(`${column}:${value}`) ?? 0;
  const byKind = Object.values(ComplaintKind).map((kind) => ({ kind, count: count('kind', kind) }));
  return {
    complaintsReceived: byKind.reduce((total, row) => total + row.count, 0),
    complaintsByChannel: Object.values(ComplaintChannel).map((channel) => ({
      channel,
      count: count('channel', channel),
    })),
    complaintsByOutcome: Object.values(ComplaintOutcome).map((outcome) => ({
      outcome,
      count: count('outcome', outcome),
    })),
    complaintsByKind: byKind,
  };
}

const figuresOf = (ctx: Context, year: number) =>
  ctx
    .loader<number, Awaited<ReturnType<typeof complaintFigures>>>('complaintFigures', (years) =>
      Promise.all(years.map((y) => complaintFigures(ctx, y))),
    )
    .load(year);

type Parent = EnforcementFigures & { year: number };

/**
 * The complaints' part of `WorkReport.enforcement`, computed only when one of its fields is asked for (one
 * statement per year, shared by the four fields), so the rest of the report keeps its statement budget.
 */
@Resolver(() => EnforcementFigures)
export class ComplaintFiguresResolver {
  @FieldResolver(() => Int, { description: '收到投诉举报(件,按收到日期)' })
  async complaintsReceived(@Root() parent: Parent, @Ctx() ctx: Context) {
    return (await figuresOf(ctx, parent.year)).complaintsReceived;
  }

  @FieldResolver(() => [ComplaintChannelCount], { description: '投诉举报按渠道' })
  async complaintsByChannel(@Root() parent: Parent, @Ctx() ctx: Context) {
    return (await figuresOf(ctx, parent.year)).complaintsByChannel;
  }

  @FieldResolver(() => [ComplaintOutcomeCount], { description: '投诉举报按处理结果' })
  async complaintsByOutcome(@Root() parent: Parent, @Ctx() ctx: Context) {
    return (await figuresOf(ctx, parent.year)).complaintsByOutcome;
  }

  @FieldResolver(() => [ComplaintKindCount], { description: '投诉举报按类别(投诉、举报)' })
  async complaintsByKind(@Root() parent: Parent, @Ctx() ctx: Context) {
    return (await figuresOf(ctx, parent.year)).complaintsByKind;
  }
}
