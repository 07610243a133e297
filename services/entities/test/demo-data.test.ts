import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { describe, expect, it } from 'vitest';
import { buildDemoData, CATEGORY_COUNTS } from '../seeds/demo-data';
import { checkCreditCode, checkLicense, EntityCategory, isLocalDate, OfficialLevel, RiskGrade } from '../src/rules';

const data = buildDemoData();

describe('demo data', () => {
  it('is deterministic', () => {
    expect(buildDemoData()).toEqual(data);
  });

  it('has the 22 townships, the demo township first', () => {
    expect(data.townships).toHaveLength(22);
    expect(data.townships[0]).toEqual({ id: DEMO_TOWNSHIP_ID, name: '东城街道', kind: 'SUBDISTRICT' });
    expect(new Set(data.townships.map((t) => t.name)).size).toBe(22);
    expect(data.townships.map((t) => t.id)).toEqual(
      Array.from({ length: 22 }, (_, i) => `511902${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('has entities of every category in every township, with valid and unique codes and names', () => {
    expect(data.entities.length).toBeGreaterThanOrEqual(320);
    for (const [category, count] of CATEGORY_COUNTS)
      expect(data.entities.filter((e) => e.category === category)).toHaveLength(count);
    for (const township of data.townships)
      for (const category of [EntityCategory.FOOD_SELLER, EntityCategory.CATERING, EntityCategory.SCHOOL_CANTEEN])
        expect(data.entities.some((e) => e.townshipId === township.id && e.category === category)).toBe(true);
    for (const entity of data.entities) {
      expect(checkCreditCode(entity.creditCode), entity.creditCode).toBeUndefined();
      expect(entity.creditCode.slice(2, 8)).toBe('511902');
    }
    expect(new Set(data.entities.map((e) => e.creditCode)).size).toBe(data.entities.length);
    expect(new Set(data.entities.map((e) => e.name)).size).toBe(data.entities.length);
  });

  it('has valid licences, some of them expired', () => {
    for (const license of data.licenses) expect(checkLicense(license), license.number).toEqual([]);
    expect(data.licenses.filter((l) => l.validUntil < '2024-12-31').length).toBeGreaterThan(20);
    const sellers = data.entities.filter((e) => e.category === EntityCategory.FOOD_SELLER).map((e) => e.id);
    expect(data.licenses.filter((l) => sellers.includes(l.entityId)).every((l) => l.number.startsWith('JY1'))).toBe(
      true,
    );
  });

  it('grades every licensed producer and seller for 2024, with 2023 history', () => {
    const licensed = new Set(
      data.licenses.filter((l) => l.issuedOn <= '2024-12-31' && l.validUntil >= '2024-01-01').map((l) => l.entityId),
    );
    const graded = new Set(data.assessments.filter((a) => a.year === 2024).map((a) => a.entityId));
    const targets = data.entities.filter(
      (e) =>
        (e.category === EntityCategory.FOOD_PRODUCER || e.category === EntityCategory.FOOD_SELLER) &&
        licensed.has(e.id),
    );
    expect(targets.length).toBeGreaterThan(200);
    expect(targets.filter((e) => !graded.has(e.id))).toEqual([]);
    expect(data.assessments.filter((a) => a.year === 2023).length).toBeGreaterThan(300);
    for (const a of data.assessments) {
      expect(a.staticScore).toBeLessThanOrEqual(40);
      expect(a.dynamicScore).toBeLessThanOrEqual(60);
      expect(isLocalDate(a.assessedOn)).toBe(true);
    }
  });

  it('has 12 district leaders holding 包保 for 45 entities graded B in 2024', () => {
    const leaders = data.officials.filter((o) => o.level === OfficialLevel.DISTRICT);
    expect(leaders).toHaveLength(12);
    const ids = new Set(leaders.map((o) => o.id));
    const held = data.assignments.filter((a) => ids.has(a.officialId));
    expect(new Set(held.map((a) => a.officialId)).size).toBe(12);
    const covered = new Set(held.map((a) => a.entityId));
    expect(covered.size).toBe(45);
    const grade = new Map(data.assessments.filter((a) => a.year === 2024).map((a) => [a.entityId, a.grade]));
    expect([...covered].every((id) => grade.get(id) === RiskGrade.B)).toBe(true);
    expect(data.officials.some((o) => o.level === OfficialLevel.VILLAGE)).toBe(true);
    expect(data.visits.filter((v) => v.visitedOn.startsWith('2024')).length).toBeGreaterThan(500);
  });

  it('covers all 22 townships with 2024 rounds and sends exactly 12 prompt letters in 2024', () => {
    expect(new Set(data.rounds.filter((r) => r.year === 2024).map((r) => r.townshipId)).size).toBe(22);
    expect(new Set(data.rounds.filter((r) => r.year === 2024).map((r) => r.batch)).size).toBeGreaterThan(1);
    const letters = data.notices.filter((n) => n.kind === 'PROMPT_LETTER' && n.sentOn.startsWith('2024'));
    expect(letters).toHaveLength(12);
    expect(letters.map((n) => n.number)).toContain('巴州市监食提〔2024〕12号');
    expect(letters.some((n) => n.townshipId === DEMO_TOWNSHIP_ID)).toBe(true);
    expect(data.notices.some((n) => n.kind !== 'PROMPT_LETTER')).toBe(true);
  });

  it('has a reply, within its deadline, to every past notice that asks for one (none sits overdue in the inbox)', () => {
    const asking = data.notices.filter((n) => n.dueOn !== null);
    expect(asking.length).toBeGreaterThan(0);
    for (const notice of asking) {
      expect(notice.reply, notice.number).toBeTruthy();
      expect(notice.repliedOn! > notice.sentOn && notice.repliedOn! <= notice.dueOn!, notice.number).toBe(true);
    }
    for (const notice of data.notices.filter((n) => n.dueOn === null)) expect(notice.repliedOn).toBeNull();
  });
});
