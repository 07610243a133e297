import { HolidayCalendar } from '@shian/clock';
import { DISPOSAL_CASE_REFS, ENTITY_REFS } from '@shian/demo-refs';
import { describe, expect, it } from 'vitest';
import { BATCHES_2024, buildDemoData, PLANS_2024 } from '../seeds/demo-data';
import { checkTransition, SampleStatus, sampleVerdict, Verdict } from '../src/rules';

const today = '2026-11-29';
const data = buildDemoData({ today });
const in2024 = data.samples.filter((s) => s.sampledOn.startsWith('2024'));

describe('sampling demo data', () => {
  it('is deterministic, and its 2024 part does not depend on the day it is seeded', () => {
    expect(buildDemoData({ today })).toEqual(data);
    const later = buildDemoData({ today: '2027-03-15' });
    expect(later.samples.filter((s) => s.sampledOn.startsWith('2024'))).toEqual(in2024);
  });

  it('has 1,847 batches in 2024 across plans of all four levels', () => {
    expect(in2024).toHaveLength(BATCHES_2024);
    expect(PLANS_2024.reduce((sum, p) => sum + p.quota, 0)).toBe(BATCHES_2024);
    expect(new Set(PLANS_2024.map((p) => p.level))).toEqual(new Set(['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT']));
    for (const plan of PLANS_2024) {
      const samples = in2024.filter((s) => s.planId === plan.id);
      expect(samples, plan.id).toHaveLength(plan.quota);
      for (const s of samples) expect(s.sampledOn >= plan.startsOn && s.sampledOn <= plan.endsOn).toBe(true);
    }
    expect(new Set(data.samples.map((s) => s.number)).size).toBe(data.samples.length);
  });

  it('samples operating businesses of the entities demo data, on working days, by at least two people', () => {
    const calendar = HolidayCalendar.chinese();
    const refs = new Map(ENTITY_REFS.map((e) => [e.id, e]));
    for (const s of data.samples) {
      const entity = refs.get(s.entityId);
      expect(entity?.townshipId, s.id).toBe(s.townshipId);
      expect(entity?.status).toBe('OPERATING');
      expect(calendar.isWorkingDay(s.sampledOn), s.sampledOn).toBe(true);
      expect(s.samplers.length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(in2024.map((s) => s.townshipId)).size).toBe(22);
  });

  it('has a few percent unqualified, each with its failure kind and disposal', () => {
    const unqualified = in2024.filter((s) => s.verdict === Verdict.UNQUALIFIED);
    expect(unqualified.length / in2024.length).toBeGreaterThan(0.015);
    expect(unqualified.length / in2024.length).toBeLessThan(0.05);
    const kinds = new Set(unqualified.map((s) => s.failureKind));
    for (const kind of ['PESTICIDE_VET_RESIDUE', 'ADDITIVE_MISUSE', 'MICROBIAL']) expect(kinds).toContain(kind);
    for (const s of unqualified) {
      const disposal = data.disposals.find((d) => d.sampleId === s.id);
      expect(disposal?.completedOn, s.id).toBeTruthy();
      expect(disposal!.actions.length).toBeGreaterThan(0);
    }
  });

  it("keeps, on a disposal that opened an enforcement case, that case's 立案编号", () => {
    const linked = data.disposals.filter((d) => d.caseId);
    expect(linked.length).toBeGreaterThan(30);
    const cases = new Map(DISPOSAL_CASE_REFS.map((ref) => [ref.disposalId, ref]));
    for (const d of linked) {
      expect(cases.get(d.id)?.caseId, d.id).toBe(d.caseId);
      expect(d.caseNumber, d.id).toBe(cases.get(d.id)!.number);
      expect(d.caseNumber, d.id).toMatch(/^巴州市监罚立〔\d{4}〕\d+号$/);
    }
  });

  it('tests every infant formula batch on sale, and none fails', () => {
    const formula = in2024.filter((s) => s.category === 'INFANT_FORMULA');
    expect(formula).toHaveLength(90);
    expect(data.infantFormulaBatches).toHaveLength(90);
    for (const batch of data.infantFormulaBatches) expect(formula.some((s) => s.id === batch.sampleId)).toBe(true);
    expect(formula.every((s) => s.verdict === Verdict.QUALIFIED)).toBe(true);
  });

  it('answers 你点我检 requests with the special plan’s samples', () => {
    const answered = data.consumerRequests.filter((r) => r.status === 'ANSWERED');
    expect(answered).toHaveLength(16);
    for (const r of answered) expect(in2024.some((s) => s.consumerRequestId === r.id)).toBe(true);
  });

  it('gives every sample a history the lifecycle allows, and verdicts its test items support', () => {
    const events = group(data.events, (e) => e.sampleId);
    const items = group(data.testItems, (i) => i.sampleId);
    for (const s of data.samples) {
      const history = events.get(s.id)!;
      expect(history[0]!.toStatus).toBe(SampleStatus.SAMPLED);
      for (const e of history.slice(1))
        expect(() => checkTransition(e.fromStatus!, e.toStatus, inferVia(e.fromStatus!, e.toStatus))).not.toThrow();
      expect(history.at(-1)!.toStatus).toBe(s.status);
      for (let i = 1; i < history.length; i++) expect(history[i]!.happenedOn >= history[i - 1]!.happenedOn).toBe(true);
      for (const e of history) expect(e.happenedOn <= today).toBe(true);
      const rechecked = data.rechecks.some((r) => r.sampleId === s.id && r.result === Verdict.QUALIFIED);
      if (s.reportedOn && !rechecked) expect(sampleVerdict(items.get(s.id)!)).toBe(s.verdict);
    }
  });

  it('keeps some of the current batch in progress, with clocks to run', () => {
    const current = data.samples.filter((s) => !s.sampledOn.startsWith('2024'));
    expect(current.length).toBeGreaterThan(50);
    expect(current.some((s) => s.status === SampleStatus.SAMPLED || s.status === SampleStatus.TESTING)).toBe(true);
  });
});

function inferVia(from: SampleStatus, to: SampleStatus) {
  if (to === SampleStatus.RECHECKING) return 'recheck' as const;
  if (from === SampleStatus.RECHECKING) return 'recheckResult' as const;
  if (to === SampleStatus.DISPOSING) return 'startDisposal' as const;
  if (to === SampleStatus.DISPOSED) return 'completeDisposal' as const;
  return 'move' as const;
}

/** Map.groupBy needs Node 21; the platform runs on 20. */
function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}
