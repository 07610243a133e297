import { describe, expect, it } from 'vitest';
import { runDraw } from '../src/rules/draw';
import { caseClocks } from '../src/rules/clocks';
import { CALENDAR } from '../seeds/dates';
import { buildDemoData, CASES_FILED_2024, CRIMINAL_TRANSFERS_2024 } from '../seeds/demo-data';
import { DISPOSAL_REFS } from '../seeds/refs';

const TODAY = '2026-06-15';
const data = buildDemoData({ today: TODAY });
const in2024 = (date: string | null) => Boolean(date?.startsWith('2024'));

describe('enforcement demo data', () => {
  it('files exactly 119 cases in 2024 from every source, 4 transferred to the police for prosecution', () => {
    const filed = data.cases.filter((c) => in2024(c.filedOn));
    expect(filed).toHaveLength(CASES_FILED_2024);
    expect(new Set(filed.map((c) => c.source))).toEqual(
      new Set(['SAMPLING', 'COMPLAINT', 'INSPECTION', 'PUBLIC_OPINION', 'REFERRAL']),
    );
    const criminal = data.transfers.filter((t) => t.kind === 'CRIMINAL' && in2024(t.transferredOn));
    expect(criminal).toHaveLength(CRIMINAL_TRANSFERS_2024);
    expect(new Set(criminal.map((t) => t.department))).toEqual(new Set(['POLICE']));
    const statuses = new Set(filed.map((c) => c.status));
    for (const status of ['CLOSED', 'TRANSFERRED', 'EXECUTING', 'INVESTIGATING', 'NOTIFIED'])
      expect(statuses).toContain(status);
    expect(data.cases.some((c) => c.status === 'NOT_FILED' && in2024(c.receivedOn))).toBe(true);
    expect(data.penalties.filter((p) => p.fine > 0).length).toBeGreaterThan(80);
  });

  it('opens a case for every 2024 sampling disposal that filed one, and for the two opinion events', () => {
    const sampling = data.cases.filter((c) => c.source === 'SAMPLING');
    expect(sampling.map((c) => c.disposalId).sort()).toEqual(DISPOSAL_REFS.map((d) => d.id).sort());
    expect(sampling.every((c) => c.id === `CASE-${c.disposalId}`)).toBe(true);
    expect(data.cases.filter((c) => c.opinionEventId).map((c) => c.id)).toEqual(['CASE-OE2024001', 'CASE-OE2024003']);
    const inspections = new Set(data.inspections.map((i) => i.id));
    for (const c of data.cases.filter((c) => c.inspectionId)) expect(inspections.has(c.inspectionId!)).toBe(true);
  });

  it('numbers filed cases per year in date order, without gaps', () => {
    const filed = data.cases
      .filter((c) => in2024(c.filedOn))
      .sort((a, b) => a.filedOn!.localeCompare(b.filedOn!) || a.id.localeCompare(b.id));
    const numbers = filed.map((c) => Number(/〕(\d+)号/.exec(c.number!)![1]));
    expect(numbers).toEqual(Array.from({ length: 119 }, (_, i) => i + 1));
  });

  it('has joint operations with each partner, the campaigns and twelve rectifications of 2024', () => {
    const ops = data.operations.filter((o) => in2024(o.startsOn));
    for (const department of ['POLICE', 'EDUCATION', 'AGRICULTURE'])
      expect(ops.some((o) => o.departments.includes(department as never))).toBe(true);
    const campaigns = data.campaigns.filter((c) => c.year === 2024);
    expect(campaigns.filter((c) => c.kind === 'RECTIFICATION')).toHaveLength(12);
    expect(
      campaigns
        .filter((c) => c.kind === 'ENFORCEMENT')
        .map((c) => c.name)
        .join(),
    ).toMatch(/春雷.*铁拳.*三小.*强基/);
    for (const campaign of campaigns) expect(data.inspections.some((i) => i.campaignId === campaign.id)).toBe(true);
  });

  it('draws through 2024 that the seed reproduces, each drawn entity inspected by its two inspectors', () => {
    const draws = data.draws.filter((d) => d.year === 2024);
    expect(draws.length).toBeGreaterThanOrEqual(4);
    expect(new Set(draws.map((d) => d.drawnOn.slice(5, 7))).size).toBeGreaterThanOrEqual(4);
    for (const draw of draws) {
      const again = runDraw({
        seed: draw.seed,
        population: draw.populationIds,
        pool: draw.poolIds,
        entityCount: draw.entityCount,
        inspectorsPerEntity: 2,
      });
      expect(again.picks.map((p) => p.entityId)).toEqual(draw.items.map((i) => i.entityId));
      for (const item of draw.items) {
        const inspection = data.inspections.find((i) => i.drawItemId === item.id);
        expect(inspection?.inspectorIds).toEqual(item.inspectorIds);
      }
      expect(draw.publishedOn).not.toBeNull();
    }
  });

  it('keeps every record at or before today, every inspection with two inspectors, pauses apart', () => {
    for (const c of data.cases)
      for (const key of ['receivedOn', 'filedOn', 'decidedOn', 'closedOn'] as const)
        if (c[key]) expect(c[key]! <= TODAY).toBe(true);
    for (const inspection of data.inspections) expect(new Set(inspection.inspectorIds).size).toBeGreaterThanOrEqual(2);
    for (const entry of data.audit) expect(entry.at.slice(0, 10) <= TODAY).toBe(true);
    // Every case's clocks compute (overlapping pauses would throw), and every case has its history.
    const withHistory = new Set(data.audit.map((a) => a.caseId));
    for (const c of data.cases) {
      expect(withHistory.has(c.id)).toBe(true);
      const pauses = data.pauses
        .filter((p) => p.caseId === c.id)
        .map((p) => ({ kind: p.kind, from: p.startsOn, to: p.endsOn }));
      const penalty = data.penalties.find((p) => p.caseId === c.id);
      const transfer = data.transfers.filter((t) => t.caseId === c.id).at(-1);
      expect(() =>
        caseClocks(
          {
            ...c,
            transferredOn: transfer?.transferredOn ?? null,
            penaltyPublishedOn: penalty?.publishedOn ?? null,
            pauses,
          },
          CALENDAR,
          TODAY,
        ),
      ).not.toThrow();
    }
  });

  it('leaves partners something to receive and confirm today', () => {
    const open = data.transfers.filter((t) => t.status === 'SENT');
    expect(open.map((t) => t.department)).toEqual(expect.arrayContaining(['POLICE', 'AGRICULTURE']));
    expect(data.operations.some((o) => o.status === 'PLANNED' && o.participants.every((p) => !p.confirmedOn))).toBe(
      true,
    );
  });

  it('comes out the same for 2024 whatever day it is seeded on', () => {
    const other = buildDemoData({ today: '2025-09-30' });
    const of2024 = (d: typeof data) => d.cases.filter((c) => in2024(c.filedOn)).map((c) => [c.id, c.number, c.status]);
    expect(of2024(other)).toEqual(of2024(data));
  });
});
