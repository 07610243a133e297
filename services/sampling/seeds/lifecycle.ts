import { addDays, type HolidayCalendar } from '@shian/clock';
import {
  DisposalAction,
  FailureKind,
  ObjectionKind,
  ObjectionStatus,
  PlanPurpose,
  SampleStatus as S,
  Verdict,
} from '../src/rules/enums';
import { TRANSITIONS } from '../src/rules/lifecycle';
import { DISPOSAL_CASE_REFS } from '@shian/demo-refs';
import { ALL_LABS } from './places';
import type { Random } from '@shian/subgraph-kit';
import type { DemoData, DemoDisposal, DemoEvent, DemoSample } from './types';

/**
 * Walks one sample through the lifecycle with realistic delays, stopping at `today`: samples of the past end
 * settled; recent ones stop wherever their dates reach (and some run late, so clocks have something to flag).
 * Every move goes through the lifecycle's transition table, so the demo data cannot hold an impossible history.
 */
export interface LifeContext {
  random: Random;
  calendar: HolidayCalendar;
  today: string;
  out: DemoData;
  counters: { event: number; recheck: number; objection: number; disposal: number; caseNumber: Record<number, number> };
  /** How much more often than usual deliveries and reports run late (the current batch shows overdue clocks). */
  lateFactor: number;
}

export function addWorkingDays(calendar: HolidayCalendar, from: string, n: number): string {
  let date = from;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

/** A delay in working days: mostly within `usual`, sometimes up to the limit, rarely past it. */
function delay(random: Random, usual: [number, number], limit: number, lateShare: number): number {
  const roll = random.next();
  if (roll < lateShare) return random.int(limit + 1, limit + 3);
  if (roll < lateShare * 4) return random.int(usual[1], limit);
  return random.int(usual[0], usual[1]);
}

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(6, '0')}`;

const CASE_NUMBERS = new Map(DISPOSAL_CASE_REFS.map((ref) => [ref.disposalId, ref.number]));

/**
 * A disposal that opened one of enforcement's demo cases keeps that case's 立案编号, as `completeDisposal` stores it.
 * (Null only while demo-refs is generated the first time: the numbers come from the cases these disposals open.)
 */
const linkedCaseNumber = (disposalId: string) => CASE_NUMBERS.get(disposalId) ?? null;

/**
 * Where a sample of the current batch is held up: the act one of the bureau's clocks waits for is not recorded yet
 * (送检, the lab's report, the 复检 lab's conclusion, the review of an 异议). Lateness drawn at random only shows
 * as an overdue clock in the few days between a deadline and the late act, so the demo would have none on most
 * days; a held-up sample, dated far enough back, is overdue on any day it is seeded. Its other steps take their
 * usual time, so how long it has been waiting is known within a few days.
 */
export type Stall = 'DELIVERY' | 'REPORT' | 'RECHECK' | 'OBJECTION';

/** The stalls that only an unqualified result can reach. */
export const STALLS_AFTER_FAILURE: ReadonlySet<Stall> = new Set(['RECHECK', 'OBJECTION']);

export function live(
  ctx: LifeContext,
  sample: DemoSample,
  options: {
    fails: boolean;
    failure: FailureKind | null;
    purpose: PlanPurpose;
    entityCategory: string;
    stall?: Stall;
  },
): void {
  const { random, calendar, today, out } = ctx;
  const { stall } = options;
  // A held-up sample's other steps are on time, so its wait is as long as its date says (see Stall).
  const lateFactor = stall ? 0 : ctx.lateFactor;
  const recorder = sample.samplers[0]!;
  const move = (to: S, on: string, note: string | null = null): boolean => {
    if (on > today) return false;
    const edge = TRANSITIONS.find((t) => t.from === sample.status && t.to === to);
    if (!edge) throw new Error(`demo data: no transition ${sample.status} → ${to}`);
    out.events.push(event(ctx, sample, sample.status, to, edge.label, on, recorder, note));
    sample.status = to;
    return true;
  };
  out.events.push(event(ctx, sample, null, S.SAMPLED, '登记抽样', sample.sampledOn, recorder, null));

  const received = addWorkingDays(calendar, sample.sampledOn, delay(random, [1, 3], 5, 0.01 * lateFactor));
  if (stall === 'DELIVERY' || !move(S.TESTING, received)) return;
  sample.receivedOn = received;
  if (stall === 'REPORT') return;

  const reported = addWorkingDays(calendar, received, delay(random, [7, 17], 20, 0.015 * lateFactor));
  if (reported > today) return;
  sample.reportedOn = reported;
  sample.verdict = options.fails ? Verdict.UNQUALIFIED : Verdict.QUALIFIED;
  sample.failureKind = options.fails ? options.failure : null;
  move(options.fails ? S.UNQUALIFIED : S.QUALIFIED, reported);
  const published = options.purpose === PlanPurpose.SUPERVISION;
  if (!options.fails) {
    if (published) {
      const on = addDays(reported, random.int(10, 35));
      if (move(S.PUBLISHED, on)) sample.publishedOn = on;
    }
    return;
  }

  const notified = addWorkingDays(calendar, reported, random.int(1, 4));
  if (notified > today) return;
  sample.notifiedOn = notified;
  let disposalFrom = notified;

  if (stall === 'OBJECTION' || random.chance(0.08)) {
    const filedOn = addWorkingDays(calendar, notified, random.int(2, 6));
    if (filedOn <= today) {
      const decidedOn = addWorkingDays(calendar, filedOn, random.int(8, 18));
      const decided = decidedOn <= today && stall !== 'OBJECTION';
      out.objections.push({
        id: id('OB', ++ctx.counters.objection),
        sampleId: sample.id,
        kind: random.pick([
          ObjectionKind.SAMPLING_PROCEDURE,
          ObjectionKind.STANDARD_APPLIED,
          ObjectionKind.TEST_METHOD,
        ]),
        filedOn,
        applicant: '被抽样单位负责人',
        reason: '认为抽样时样品储存条件不符合要求,对检验结论的适用标准有异议。',
        status: decided ? ObjectionStatus.REJECTED : ObjectionStatus.PENDING,
        decidedOn: decided ? decidedOn : null,
        conclusion: decided ? '经审核,抽样程序合法、样品封存完好、检验方法和判定标准适用正确,异议不成立。' : null,
      });
    }
  }

  if (stall === 'RECHECK' || (stall !== 'OBJECTION' && random.chance(0.15))) {
    const requestedOn = addWorkingDays(calendar, notified, random.int(2, 6));
    if (!move(S.RECHECKING, requestedOn, '被抽样单位申请复检')) return;
    const lab = random.pick(ALL_LABS.filter((l) => l !== sample.lab));
    const completedOn = addWorkingDays(calendar, requestedOn, random.int(6, 10));
    const overturned = random.chance(0.2);
    const recheck = {
      id: id('RC', ++ctx.counters.recheck),
      sampleId: sample.id,
      requestedOn,
      applicant: '被抽样单位',
      lab,
      result: null as Verdict | null,
      completedOn: null as string | null,
    };
    out.rechecks.push(recheck);
    if (completedOn > today || stall === 'RECHECK') return;
    recheck.result = overturned ? Verdict.QUALIFIED : Verdict.UNQUALIFIED;
    recheck.completedOn = completedOn;
    move(overturned ? S.QUALIFIED : S.UNQUALIFIED, completedOn, `复检机构:${lab}`);
    if (overturned) {
      sample.verdict = Verdict.QUALIFIED;
      sample.failureKind = null;
      if (published) {
        const on = addDays(completedOn, random.int(10, 30));
        if (move(S.PUBLISHED, on)) sample.publishedOn = on;
      }
      return;
    }
    disposalFrom = completedOn;
  }

  const startedOn = addDays(disposalFrom, random.int(0, 2));
  if (!move(S.DISPOSING, startedOn)) return;
  const disposal: DemoDisposal = {
    id: id('DP', ++ctx.counters.disposal),
    sampleId: sample.id,
    startedOn,
    actions: actionsFor(random, options.entityCategory),
    quantity: random.int(3, 260),
    measures: null,
    caseNumber: null,
    caseId: null,
    completedOn: null,
  };
  // Enforcement's 2024 demo cases each open from one of these, under the id `CASE-<disposal id>`.
  if (disposal.actions.includes(DisposalAction.FILE_CASE) && startedOn.startsWith('2024')) {
    disposal.caseId = `CASE-${disposal.id}`;
  }
  out.disposals.push(disposal);
  const completedOn = addDays(startedOn, random.chance(0.04 * lateFactor) ? random.int(95, 110) : random.int(15, 75));
  // 异议 does not stop the 核查处置, but a sample whose 异议 is still under review has not finished it either.
  if (stall === 'OBJECTION' || !move(S.DISPOSED, completedOn)) return;
  disposal.completedOn = completedOn;
  if (disposal.caseId) disposal.caseNumber = linkedCaseNumber(disposal.id);
  else if (disposal.actions.includes(DisposalAction.FILE_CASE)) {
    const year = Number(completedOn.slice(0, 4));
    ctx.counters.caseNumber[year] = (ctx.counters.caseNumber[year] ?? 0) + 1;
    disposal.caseNumber = `巴州市监罚立〔${year}〕${ctx.counters.caseNumber[year]}号`;
  }
  disposal.measures = measuresFor(disposal);
  if (published) {
    const on = addDays(completedOn, random.int(3, 20));
    if (move(S.PUBLISHED, on)) sample.publishedOn = on;
  }
}

function actionsFor(random: Random, entityCategory: string): DisposalAction[] {
  const actions: DisposalAction[] = [];
  if (entityCategory === 'FOOD_PRODUCER' || entityCategory === 'SMALL_WORKSHOP')
    actions.push(DisposalAction.RECALL, DisposalAction.SEAL);
  else if (entityCategory === 'FOOD_SELLER')
    actions.push(DisposalAction.OFF_SHELF, ...(random.chance(0.4) ? [DisposalAction.SEAL] : []));
  else actions.push(DisposalAction.SEAL);
  if (random.chance(0.72)) actions.push(DisposalAction.FILE_CASE);
  return actions;
}

const ACTION_TEXT: Record<DisposalAction, string> = {
  OFF_SHELF: '责令下架同批次产品',
  RECALL: '责令召回已售出产品',
  SEAL: '封存库存产品',
  FILE_CASE: '依法立案调查',
};

function measuresFor(disposal: DemoDisposal): string {
  const steps = disposal.actions.map((action) => ACTION_TEXT[action]);
  return `${steps.join(',')}(涉及${disposal.quantity}件);督促查找原因并完成整改,已复查。`;
}

function event(
  ctx: LifeContext,
  sample: DemoSample,
  from: S | null,
  to: S,
  label: string,
  on: string,
  by: string,
  note: string | null,
): DemoEvent {
  return {
    id: id('EV', ++ctx.counters.event),
    sampleId: sample.id,
    fromStatus: from,
    toStatus: to,
    label,
    happenedOn: on,
    recordedBy: by,
    note,
  };
}
