import { describe, expect, it } from 'vitest';
import { buildTrainingDemoData, FIGURES_2024 } from '../seeds/demo-data';
import { ENTITY_REFS } from '../seeds/entity-refs';
import { checkAttendance, checkBatch, checkSession, outstanding } from '../src/rules';

const data = buildTrainingDemoData();
const in2024 = (date: string) => date.startsWith('2024-');

describe('training demo data', () => {
  it('is deterministic', () => {
    expect(buildTrainingDemoData()).toEqual(data);
  });

  it('reproduces the 2024 figures as records', () => {
    const sessions2024 = new Set(data.sessions.filter((s) => in2024(s.heldOn)).map((s) => s.id));
    expect(sessions2024.size).toBe(FIGURES_2024.sessions);
    expect(data.attendances.filter((a) => sessions2024.has(a.sessionId))).toHaveLength(FIGURES_2024.participants);
    expect(data.assessments.filter((a) => in2024(a.assessedOn))).toHaveLength(FIGURES_2024.assessmentBatches);
    expect(new Set(data.upgrades.filter((u) => in2024(u.acceptedOn)).map((u) => u.entityId)).size).toBe(
      FIGURES_2024.workshopsUpgraded,
    );
    expect(data.upgrades.filter((u) => in2024(u.acceptedOn)).length).toBeGreaterThan(FIGURES_2024.workshopsUpgraded);
    expect(new Set(data.sessions.filter((s) => in2024(s.heldOn)).map((s) => s.audience))).toEqual(
      new Set(['SMALL_WORKSHOP', 'SCHOOL_CANTEEN', 'ONLINE_CATERING']),
    );
  });

  it('links to the entities demo data, with each entity’s own township and category', () => {
    const refs = new Map(ENTITY_REFS.map((e) => [e.id, e]));
    const sessions = new Map(data.sessions.map((s) => [s.id, s]));
    for (const a of data.attendances) {
      const entity = refs.get(a.entityId);
      expect(entity?.townshipId).toBe(a.townshipId);
      expect(entity?.category).toBe(sessions.get(a.sessionId)?.audience);
      expect(checkAttendance(a)).toEqual([]);
    }
    for (const u of data.upgrades)
      expect(refs.get(u.entityId)).toMatchObject({ category: 'SMALL_WORKSHOP', townshipId: u.townshipId });
    for (const s of data.sessions) expect(checkSession(s)).toEqual([]);
    expect(new Set(data.attendances.map((a) => `${a.entityId}/${a.personName}`)).size).toBe(data.attendances.length);
  });

  it('has valid batches and re-sits that only seat people who failed', () => {
    const byId = new Map(data.assessments.map((a) => [a.id, a]));
    for (const a of data.assessments) expect(checkBatch(a)).toEqual([]);
    const resits = data.assessments.filter((a) => a.resitOfId);
    expect(resits.length).toBe(40);
    for (const resit of resits) {
      const first = byId.get(resit.resitOfId!)!;
      expect(first.resitOfId).toBeNull();
      expect(resit.entityId).toBe(first.entityId);
      expect(resit.assessedOn >= first.assessedOn).toBe(true);
      expect(
        outstanding(
          first,
          resits.filter((r) => r.resitOfId === first.id),
        ),
      ).toBeGreaterThanOrEqual(0);
    }
  });

  it('upgrades each workshop one level at a time', () => {
    const level = new Map<string, string>();
    for (const u of data.upgrades) {
      expect(u.fromLevel).toBe(level.get(u.entityId) ?? 'BASIC');
      level.set(u.entityId, u.toLevel);
    }
  });
});
