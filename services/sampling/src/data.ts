import { type EntityName, type FilterQuery, type FindOptions, wrap } from '@mikro-orm/core';
import { type ClockRule, describePeriod, HolidayCalendar, type LocalDate } from '@shian/clock';
import { byKey, type Context, findByIds, groupBy, requireInScope, todayInChina } from '@shian/subgraph-kit';
import {
  CalendarDay,
  ClockRuleSetting,
  ClockStatus,
  ClockUnit,
  ConsumerRequest,
  Disposal,
  Objection,
  ObjectionStatus,
  RecheckRequest,
  Sample,
  SampleEvent,
  SamplingPlan,
  TestItem,
} from './entities';
import { type RuleBook, ruleBook, type SampleClock, type SampleFacts, sampleClocks } from './rules';
import { Clock } from './types';

/**
 * The domain's reads that field resolvers share: each goes through a request-scoped DataLoader, so a page of 100
 * parents costs one statement per field, never one per parent.
 */

/** Rows by id; those the request already loaded (e.g. the samples of the page being resolved) cost nothing. */
function byIdLoader<T extends { id: string }>(ctx: Context, entity: EntityName<T>, key: string) {
  return ctx.loader<string, T | null>(key, async (ids) => {
    const unitOfWork = ctx.em.getUnitOfWork();
    const name = ctx.em.getMetadata().find(entity)!.className;
    const known = new Map(
      ids
        .map((id) => [id, unitOfWork.getById<T>(name, id as never)] as const)
        .filter(
          (entry): entry is readonly [string, T] => entry[1] !== undefined && wrap(entry[1], true).isInitialized(),
        ),
    );
    const missing = ids.filter((id) => !known.has(id));
    const rows = missing.length ? await findByIds(ctx.em, entity, missing) : [];
    return byKey([...known.values(), ...rows] as T[], (row) => row.id, ids);
  });
}

/** Rows of `entity` grouped by the id held in `parent` (a many-to-one reference), in `orderBy` order. */
function childrenLoader<T extends object>(
  ctx: Context,
  key: string,
  entity: EntityName<T>,
  parent: keyof T & string,
  options: FindOptions<T> = {},
) {
  return ctx.loader<string, T[]>(key, async (ids) => {
    const rows = await ctx.em.find(entity, { [parent]: { $in: [...ids] } } as FilterQuery<T>, options);
    return groupBy(rows, (row) => (row[parent] as { id: string }).id, ids);
  });
}

export const planById = (ctx: Context) => byIdLoader(ctx, SamplingPlan, 'planById');
export const sampleById = (ctx: Context) => byIdLoader(ctx, Sample, 'sampleById');
export const consumerRequestById = (ctx: Context) => byIdLoader(ctx, ConsumerRequest, 'consumerRequestById');

/**
 * A sample a field points at (a disposal's, a 复检's, a batch's), under the `sample` root query's rule: the parent
 * being in scope does not vouch for it (a batch may name another township's sample), so it is checked again.
 */
export async function scopedSample(ctx: Context, id: string): Promise<Sample | null> {
  const sample = await sampleById(ctx).load(id);
  if (sample) requireInScope(ctx, sample.townshipId);
  return sample;
}

export const testItemsBySample = (ctx: Context) =>
  childrenLoader(ctx, 'testItemsBySample', TestItem, 'sample', { orderBy: { position: 'asc' } });
export const eventsBySample = (ctx: Context) =>
  childrenLoader(ctx, 'eventsBySample', SampleEvent, 'sample', { orderBy: { recordedAt: 'asc', id: 'asc' } });
export const objectionsBySample = (ctx: Context) =>
  childrenLoader(ctx, 'objectionsBySample', Objection, 'sample', { orderBy: { filedOn: 'asc', id: 'asc' } });
export const samplesByConsumerRequest = (ctx: Context) =>
  childrenLoader(ctx, 'samplesByConsumerRequest', Sample, 'consumerRequest', {
    orderBy: { sampledOn: 'asc', id: 'asc' },
  });

export const recheckBySample = (ctx: Context) =>
  ctx.loader<string, RecheckRequest | null>('recheckBySample', async (ids) =>
    byKey(await ctx.em.find(RecheckRequest, { sample: { $in: [...ids] } }), (row) => row.sample.id, ids),
  );
export const disposalBySample = (ctx: Context) =>
  ctx.loader<string, Disposal | null>('disposalBySample', async (ids) =>
    byKey(await ctx.em.find(Disposal, { sample: { $in: [...ids] } }), (row) => row.sample.id, ids),
  );

export interface ClockContext {
  calendar: HolidayCalendar;
  rules: RuleBook;
  today: LocalDate;
}

/** The district's calendar and rule book as edited, read once per request (two small statements). */
export function clockContext(ctx: Context): Promise<ClockContext> {
  return ctx
    .loader<string, ClockContext>('clockContext', async (keys) => {
      const [days, settings] = await Promise.all([ctx.em.find(CalendarDay, {}), ctx.em.find(ClockRuleSetting, {})]);
      const calendar = HolidayCalendar.chinese(days.map(({ date, kind, name }) => ({ date, kind, name })));
      const rules = ruleBook(
        settings.map(({ code, unit, amount, extension, source }) => ({
          code,
          unit: unit as ClockRule['unit'],
          amount,
          extension,
          source,
        })),
      );
      const value = { calendar, rules, today: todayInChina() };
      return keys.map(() => value);
    })
    .load('district');
}

/** A sample's facts for its clocks: its own dates plus its 复检, pending 异议 and disposal (each batched). */
export async function sampleFacts(ctx: Context, sample: Sample): Promise<SampleFacts> {
  const [recheck, objections, disposal] = await Promise.all([
    recheckBySample(ctx).load(sample.id),
    objectionsBySample(ctx).load(sample.id),
    disposalBySample(ctx).load(sample.id),
  ]);
  const objection = objections.find((o) => o.status === ObjectionStatus.PENDING) ?? objections.at(-1) ?? null;
  return {
    status: sample.status,
    verdict: sample.verdict,
    sampledOn: sample.sampledOn,
    receivedOn: sample.receivedOn,
    reportedOn: sample.reportedOn,
    notifiedOn: sample.notifiedOn,
    recheck: recheck && { requestedOn: recheck.requestedOn, completedOn: recheck.completedOn },
    objection: objection && { filedOn: objection.filedOn, decidedOn: objection.decidedOn },
    disposal: disposal && {
      startedOn: disposal.startedOn,
      completedOn: disposal.completedOn,
      extended: disposal.extended,
    },
  };
}

export async function clocksOf(ctx: Context, sample: Sample): Promise<SampleClock[]> {
  const [facts, { rules, calendar, today }] = await Promise.all([sampleFacts(ctx, sample), clockContext(ctx)]);
  return sampleClocks(facts, rules, calendar, today);
}

export function toClock(state: SampleClock): Clock {
  return Object.assign(new Clock(), {
    code: state.rule.code,
    name: state.rule.name,
    period: describePeriod(state.rule),
    unit: state.rule.unit as ClockUnit,
    duty: state.rule.duty,
    source: state.rule.source,
    startedOn: state.startedOn,
    deadline: state.deadline,
    remaining: state.remaining,
    status: state.status as ClockStatus,
    overdue: state.overdue,
    paused: state.paused,
    extended: state.extended,
    completedOn: state.completedOn,
    pausedDays: state.pausedDays,
    calendarCovered: state.calendarCovered,
  });
}
