import { dialects, readOnlyDifferences, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { buildRiskDemoData, DEMO_TOWNSHIP } from '../seeds/demo-data';
import { CASE_REFS, entityOf, OFFICIAL_REFS } from '../seeds/refs';
import {
  Consultation,
  ConsultationConclusion,
  Drill,
  Duty,
  Hazard,
  HazardInvestigation,
  Incident,
  IncidentTimelineEntry,
  Risk,
  RiskLevelChange,
} from '../src/entities';
import { HolidayCalendar } from '@shian/clock';
import {
  DutyOwnerKind,
  DutyStatus,
  dutyClock,
  HazardStatus,
  INCIDENT_STEPS,
  IncidentLevel,
  incidentReportClock,
  LEVEL_ORDER,
  RiskCategory,
} from '../src/rules';
import subgraph from '../src/schema';

const data = buildRiskDemoData();

/** Every date-like value of the demo data: "YYYY-MM-DD…" strings and Dates (as China's day). */
function datesIn(value: unknown, out: string[] = []): string[] {
  if (value instanceof Date) out.push(new Date(value.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) out.push(value);
  else if (Array.isArray(value)) for (const item of value) datesIn(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) datesIn(item, out);
  return out;
}

describe('the risk demo data', () => {
  it('comes out the same on every build (a seeded PRNG, no clock)', () => {
    expect(buildRiskDemoData()).toEqual(data);
    // Pins the sequence: a change of the PRNG's use shows here first.
    expect(data.risks[0]).toMatchObject({ code: 'FX-2025-001', level: 'HIGH' });
    expect(data.risks.map((r) => r.createdAt.toISOString().slice(0, 10)).slice(0, 3)).toMatchInlineSnapshot(`
      [
        "2025-03-15",
        "2025-03-26",
        "2025-03-17",
      ]
    `);
    expect(data.hazards.map((h) => h.entityId).slice(0, 5)).toMatchInlineSnapshot(`
      [
        "E0207",
        "E0188",
        "E0146",
        "E0054",
        "E0166",
      ]
    `);
  });

  it('is dated 2025 only: nothing in 2024 (its report stays as it was), nothing after', () => {
    const dates = datesIn(data);
    expect(dates.length).toBeGreaterThan(500);
    expect(dates.filter((date) => !date.startsWith('2025-'))).toEqual([]);
  });

  it('has what risk-model.md asks for', () => {
    expect(data.risks).toHaveLength(18);
    expect(new Set(data.risks.map((r) => r.category))).toEqual(new Set(Object.values(RiskCategory)));
    expect(new Set(data.risks.map((r) => r.level))).toEqual(new Set(LEVEL_ORDER));
    // 40 from risks, the plan, consultations and drills, and one recurring duty given no date (DEMO_UNDATED_DUTY).
    expect(data.duties).toHaveLength(41);
    expect(data.investigations).toHaveLength(3);
    expect(data.hazards.length).toBeGreaterThanOrEqual(55);
    expect(data.hazards.length).toBeLessThanOrEqual(65);
    const rectified = data.hazards.filter((h) => h.status !== HazardStatus.OPEN).length;
    expect(rectified / data.hazards.length).toBeGreaterThan(0.8);
    expect(data.consultations).toHaveLength(4);
    for (const consultation of data.consultations) {
      expect(consultation.conclusions.length).toBeGreaterThan(0);
      for (const conclusion of consultation.conclusions)
        expect(data.duties.find((d) => d.id === conclusion.dutyId)?.consultationId).toBe(consultation.id);
    }
    expect(data.incidents.map((i) => i.level)).toEqual([IncidentLevel.IV, IncidentLevel.IV, IncidentLevel.III]);
    expect(data.drills).toHaveLength(2);
    for (const drill of data.drills)
      expect(data.duties.filter((d) => d.drillId === drill.id).length).toBeGreaterThan(0);
  });

  it('has one incident reported late, and some duties overdue, by the rules’ own clocks', () => {
    const now = new Date('2026-01-15T00:00:00+08:00');
    const missed = data.incidents.filter(
      (i) => incidentReportClock({ level: i.level, receivedAt: i.receivedAt, reportedAt: i.reportedAt, now }).missed,
    );
    expect(missed.map((i) => i.code)).toEqual(['SJ-2025-002']);
    const calendar = HolidayCalendar.chinese();
    const clocks = data.duties.map((duty) =>
      dutyClock(
        { ...duty, assignedOn: duty.createdAt.toISOString().slice(0, 10), completedOn: duty.completedAt },
        { calendar, today: '2026-01-15' },
      ),
    );
    const overdue = clocks.filter((clock) => clock.status === 'OVERDUE').length;
    expect(overdue).toBeGreaterThanOrEqual(5);
    expect(overdue).toBeLessThan(data.duties.length / 4);
    expect(clocks.filter((clock) => clock.status === 'LATE').length).toBeGreaterThan(0);
  });

  it('keeps its records consistent: timelines in order, townships from the businesses, owners’ townships', () => {
    for (const incident of data.incidents) {
      expect(incident.timeline.map((t) => t.step)).toEqual(INCIDENT_STEPS.slice(0, incident.timeline.length));
      expect(incident.currentStep).toBe(incident.timeline.at(-1)!.step);
      const times = incident.timeline.map((t) => t.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(incident.receivedAt.getTime()).toBeGreaterThanOrEqual(incident.occurredAt.getTime());
      if (incident.entityId) expect(entityOf(incident.entityId).townshipId).toBe(incident.townshipId);
    }
    for (const hazard of data.hazards) {
      expect(entityOf(hazard.entityId).townshipId).toBe(hazard.townshipId);
      expect(hazard.rectifyBy >= hazard.foundOn).toBe(true);
      if (hazard.status === HazardStatus.VERIFIED) expect(hazard.verifiedOn! >= hazard.rectifiedOn!).toBe(true);
    }
    for (const duty of data.duties) {
      expect(duty.status === DutyStatus.DONE).toBe(Boolean(duty.completedAt && duty.evidence));
      if (duty.ownerKind === DutyOwnerKind.OFFICIAL)
        expect(OFFICIAL_REFS.find((o) => o.id === duty.ownerId)?.townshipId).toBe(duty.ownerTownshipId);
    }
  });

  it('links two hazards to enforcement demo cases, at the cases’ businesses', () => {
    const linked = data.hazards.filter((h) => h.caseId);
    expect(linked.map((h) => h.caseId)).toEqual(CASE_REFS.map((c) => c.id));
    for (const hazard of linked) {
      const ref = CASE_REFS.find((c) => c.id === hazard.caseId)!;
      expect([hazard.entityId, hazard.townshipId]).toEqual([ref.entityId, ref.townshipId]);
    }
  });

  it('gives the demo township some of each', () => {
    const risks = data.risks.filter((r) => r.townshipIds.includes(DEMO_TOWNSHIP));
    expect(risks.length).toBeGreaterThan(0);
    expect(risks.length).toBeLessThan(data.risks.length);
    expect(
      data.duties.filter((d) => d.townshipId === DEMO_TOWNSHIP || d.ownerTownshipId === DEMO_TOWNSHIP).length,
    ).toBeGreaterThan(2);
    expect(data.hazards.filter((h) => h.townshipId === DEMO_TOWNSHIP).length).toBeGreaterThan(5);
    for (const list of [data.investigations, data.consultations, data.drills])
      expect(list.filter((r) => r.townshipIds.includes(DEMO_TOWNSHIP)).length).toBeGreaterThan(0);
    expect(data.incidents.filter((i) => i.townshipId === DEMO_TOWNSHIP)).toHaveLength(1);
  });
});

describe.each(await dialects())('the seed on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it("answers a query's rows of every type as em.find does, without MikroORM's hydration (the kit's read-only path)", async () => {
    expect(await readOnlyDifferences(t.orm)).toEqual([]);
  });

  it('writes every demo record, each level change and timeline step', async () => {
    const em = t.orm.em.fork();
    const counts = await Promise.all(
      [
        Risk,
        RiskLevelChange,
        Duty,
        HazardInvestigation,
        Hazard,
        Consultation,
        ConsultationConclusion,
        Incident,
        IncidentTimelineEntry,
        Drill,
      ].map((entity) => em.count(entity)),
    );
    expect(counts).toEqual([
      data.risks.length,
      data.risks.reduce((n, r) => n + r.history.length, 0),
      data.duties.length,
      data.investigations.length,
      data.hazards.length,
      data.consultations.length,
      data.consultations.reduce((n, c) => n + c.conclusions.length, 0),
      data.incidents.length,
      data.incidents.reduce((n, i) => n + i.timeline.length, 0),
      data.drills.length,
    ]);
    const risk = await em.findOneOrFail(Risk, { code: 'FX-2025-001' });
    expect(risk.townshipIds).toEqual(data.risks[0]!.townshipIds);
    const hazard = await em.findOneOrFail(Hazard, { caseId: CASE_REFS[0]!.id });
    expect(hazard.entityId).toBe(CASE_REFS[0]!.entityId);
  });
});
