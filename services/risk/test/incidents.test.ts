import { staticEntityDirectory } from '@shian/subgraph-kit';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const MINE = '511902001';
const OTHER = '511902002';
const ENTITIES = staticEntityDirectory([
  { id: 'E-MINE', townshipId: MINE },
  { id: 'E-OTHER', townshipId: OTHER },
]);
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const INCIDENT = `id code title level currentStep version township { id } entity { id } responseDepartments reportedAt
  timeline { step at note by } reportClock { deadline hoursAllowed reportedAt missed status remainingMinutes source }`;
const REPORT = `mutation ($input: IncidentInput!) { reportIncident(input: $input) { ${INCIDENT} } }`;
const ADVANCE = `mutation ($id: ID!, $version: Int!, $step: IncidentStep!, $at: DateTimeISO, $note: String) {
  advanceIncident(id: $id, version: $version, step: $step, at: $at, note: $note) { ${INCIDENT} } }`;
const MARK = `mutation ($id: ID!, $version: Int!, $at: DateTimeISO) {
  markIncidentReported(id: $id, version: $version, at: $at) { ${INCIDENT} } }`;
const ONE = `query ($id: ID!) { incident(id: $id) { ${INCIDENT} } }`;
const RULE = `mutation ($level: IncidentLevel!, $hours: Int!) {
  updateIncidentReportRule(level: $level, hours: $hours) { level hours isDefault updatedBy } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  title: '某小学学生集体腹泻',
  kind: 'FOOD_POISONING',
  level: 'IV',
  occurredAt: ago(4),
  receivedAt: ago(3),
  place: '某小学食堂',
  entityId: 'E-MINE',
  affected: 12,
  responseDepartments: ['education', '区卫健局'],
  note: '学校电话报告',
  ...overrides,
});

describe.each(await dialects())('incidents on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, entities: ENTITIES });
  const ids = { late: '', fresh: '', other: '', police: '' };
  const count = async () => (await t.execute('{ incidents { totalCount } }')).data?.incidents.totalCount;
  const report = async (overrides: Record<string, unknown>, as = 'officer') => {
    const res = await t.execute(REPORT, { input: input(overrides) }, { as });
    expect(res.errors).toBeUndefined();
    return res.data?.reportIncident;
  };

  beforeAll(async () => {
    ids.late = (await report({}, 'township')).id;
    ids.fresh = (await report({ level: 'III', occurredAt: ago(1), receivedAt: ago(0.5) })).id;
    ids.other = (await report({ entityId: 'E-OTHER', responseDepartments: [] })).id;
    ids.police = (await report({ entityId: null, townshipId: OTHER, responseDepartments: ['公安'] })).id;
  });

  it('reports with the 接报 step, a code, the business’s township and partner codes', async () => {
    const res = await t.execute(ONE, { id: ids.late });
    expect(res.data?.incident).toMatchObject({
      code: expect.stringMatching(/^SJ-\d{4}-\d{3}$/),
      currentStep: 'RECEIVED',
      township: { id: MINE },
      entity: { id: 'E-MINE' },
      responseDepartments: ['education', '区卫健局'],
      timeline: [{ step: 'RECEIVED', note: '学校电话报告', by: expect.any(String) }],
    });
    const police = await t.execute(ONE, { id: ids.police });
    expect(police.data?.incident.responseDepartments).toEqual(['police']);
  });

  it('refuses a township officer an incident of another township, and a disagreeing township, writing nothing', async () => {
    const before = await count();
    const viaEntity = await t.execute(REPORT, { input: input({ entityId: 'E-OTHER' }) }, { as: 'township' });
    expect(viaEntity.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entityId' });
    const byPlace = await t.execute(
      REPORT,
      { input: input({ entityId: null, townshipId: OTHER }) },
      { as: 'township' },
    );
    expect(byPlace.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const disagreeing = await t.execute(REPORT, { input: input({ townshipId: OTHER }) });
    expect(disagreeing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
    const partner = await t.execute(REPORT, { input: input() }, { as: 'police' });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [bad, field] of [
      [{ affected: -1 }, 'affected'],
      [{ title: ' ' }, 'title'],
      [{ receivedAt: ago(5) }, 'receivedAt'],
      [{ occurredAt: new Date(Date.now() + 2 * HOUR).toISOString() }, 'occurredAt'],
      [{ entityId: null, townshipId: null }, 'townshipId'],
    ] as const) {
      const res = await t.execute(REPORT, { input: input(bad) });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count()).toBe(before);
  });

  it('shows each role its incidents: township by township, a partner those whose response names it', async () => {
    const codes = async (as: string) => {
      const res = await t.execute('{ incidents(first: 100) { totalCount nodes { id } } }', {}, { as });
      expect(res.errors).toBeUndefined();
      return res.data?.incidents.nodes.map((n: { id: string }) => n.id).sort();
    };
    expect(await codes('officer')).toEqual([ids.late, ids.fresh, ids.other, ids.police].sort());
    expect(await codes('township')).toEqual([ids.late, ids.fresh].sort());
    expect(await codes('police')).toEqual([ids.police]);
    expect(await codes('education')).toEqual([ids.late, ids.fresh].sort());
    expect(await codes('agriculture')).toEqual([]);
    const outside = await t.execute(ONE, { id: ids.late }, { as: 'police' });
    expect(outside.data?.incident).toBeNull();
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const neighbour = await t.execute(ONE, { id: ids.other }, { as: 'township' });
    expect(neighbour.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.execute('{ incidents { totalCount } }', {}, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reference = await t.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Incident { id } } }',
      {
        r: [
          { __typename: 'Incident', id: ids.police },
          { __typename: 'Incident', id: ids.late },
        ],
      },
      { as: 'police' },
    );
    expect(reference.data?._entities).toEqual([{ id: ids.police }, null]);
  });

  it('refuses a partner on the response any write', async () => {
    const res = await t.execute(ADVANCE, { id: ids.police, version: 1, step: 'VERIFIED' }, { as: 'police' });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute(ONE, { id: ids.police })).data?.incident.currentStep).toBe('RECEIVED');
  });

  it('takes steps only in order, naming both steps, and writes nothing on a refusal', async () => {
    const skip = await t.execute(ADVANCE, { id: ids.fresh, version: 1, step: 'CONTROLLED' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'step' });
    expect(skip.errors?.[0]?.message).toContain('「接报」');
    expect(skip.errors?.[0]?.message).toContain('「控制」');
    const early = await t.execute(ADVANCE, { id: ids.fresh, version: 1, step: 'VERIFIED', at: ago(2) });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
    let version = 1;
    for (const step of ['VERIFIED', 'RESPONSE_STARTED', 'CONTROLLED', 'INVESTIGATED', 'CLOSED']) {
      const res = await t.execute(ADVANCE, { id: ids.fresh, version, step, note: step });
      expect(res.errors, step).toBeUndefined();
      version = res.data?.advanceIncident.version;
    }
    const after = await t.execute(ONE, { id: ids.fresh });
    expect(after.data?.incident.timeline.map((e: { step: string }) => e.step)).toEqual([
      'RECEIVED',
      'VERIFIED',
      'RESPONSE_STARTED',
      'CONTROLLED',
      'INVESTIGATED',
      'CLOSED',
    ]);
    const closed = await t.execute(ADVANCE, { id: ids.fresh, version, step: 'CLOSED' });
    expect(closed.errors?.[0]?.message).toContain('「终止」');
    expect((await t.execute(ONE, { id: ids.fresh })).data?.incident.timeline).toHaveLength(6);
  });

  it('refuses a stale version with CONFLICT, adding no step', async () => {
    const res = await t.execute(ADVANCE, { id: ids.other, version: 9, step: 'VERIFIED' });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await t.execute(ONE, { id: ids.other })).data?.incident.timeline).toHaveLength(1);
  });

  it('flags a report past its clock (2 h for IV) as missed, and one in time as running', async () => {
    const late = (await t.execute(ONE, { id: ids.late })).data?.incident.reportClock;
    expect(late).toMatchObject({ hoursAllowed: 2, missed: true, status: 'OVERDUE', reportedAt: null });
    expect(late.remainingMinutes).toBeLessThan(0);
    const fresh = (await t.execute(ONE, { id: ids.fresh })).data?.incident.reportClock;
    expect(fresh).toMatchObject({ hoursAllowed: 2, missed: false, status: 'RUNNING' });
    const marked = await t.execute(MARK, { id: ids.fresh, version: 6, at: ago(0.25) });
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.markIncidentReported.reportClock).toMatchObject({ missed: false, status: 'MET' });
    const twice = await t.execute(MARK, { id: ids.fresh, version: 7 });
    expect(twice.errors?.[0]?.message).toContain('不能重复登记');
    const beforeReceived = await t.execute(MARK, { id: ids.late, version: 1, at: ago(10) });
    expect(beforeReceived.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
    const lateReport = await t.execute(MARK, { id: ids.late, version: 1, at: ago(0.5) });
    expect(lateReport.data?.markIncidentReported.reportClock).toMatchObject({ missed: true, status: 'LATE' });
  });

  it('lets leaders only edit the limits; an edit applies to incidents received after it, never to past ones', async () => {
    const officer = await t.execute(RULE, { level: 'II', hours: 3 }, { as: 'officer' });
    expect(officer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await t.execute(RULE, { level: 'II', hours: 0 }, { as: 'admin' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    const rules = await t.execute('{ incidentReportRules { level hours isDefault } }', {}, { as: 'township' });
    expect(rules.data?.incidentReportRules).toEqual([
      { level: 'I', hours: 1, isDefault: true },
      { level: 'II', hours: 1, isDefault: true },
      { level: 'III', hours: 2, isDefault: true },
      { level: 'IV', hours: 2, isDefault: true },
    ]);
    const partner = await t.execute('{ incidentReportRules { level hours } }', {}, { as: 'police' });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const past = (await t.execute(ONE, { id: ids.other })).data?.incident.reportClock;
    expect(past).toMatchObject({ hoursAllowed: 2, missed: true, status: 'OVERDUE' });
    const edited = await t.execute(RULE, { level: 'IV', hours: 4 }, { as: 'admin' });
    expect(edited.data?.updateIncidentReportRule).toMatchObject({ level: 'IV', hours: 4, isDefault: false });
    // An incident received before the edit keeps the limit in force then: its verdict does not change afterwards.
    const kept = (await t.execute(ONE, { id: ids.other })).data?.incident.reportClock;
    expect(kept).toEqual(past);
    // One received after it runs on the new limit, its source the leader's edit.
    const after = await report({ entityId: 'E-OTHER', responseDepartments: [], receivedAt: ago(3) });
    expect(after.reportClock).toMatchObject({ hoursAllowed: 4, missed: false, status: 'RUNNING' });
    expect(after.reportClock.source).toBe('本局修改的Ⅳ级(一般)报告时限');
    expect(new Date(after.reportClock.deadline).getTime() - new Date(past.deadline).getTime()).toBeGreaterThan(HOUR);
    // Restoring the limit changes neither: each keeps its own.
    await t.execute(RULE, { level: 'IV', hours: 2 }, { as: 'admin' });
    expect((await t.execute(ONE, { id: after.id })).data?.incident.reportClock.hoursAllowed).toBe(4);
    expect((await t.execute(ONE, { id: ids.other })).data?.incident.reportClock).toEqual(past);
  });
});
