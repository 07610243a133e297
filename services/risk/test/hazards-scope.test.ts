import { addDays } from '@shian/clock';
import { staticEntityDirectory, todayInChina } from '@shian/subgraph-kit';
import { dialects, fakeLinkedRecord, referenceScopeTests, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { Risk, RiskCategory, RiskLevel, toList } from '../src/entities';
import subgraph from '../src/schema';

/**
 * The cross-township writes of helper B's mutations (hazards, incidents; test/scope.test.ts lists them as tested
 * here): each, sent by the township officer against the neighbouring township's records, is refused and writes
 * nothing. And every @key type of B's resolved by `_entities` in scope only.
 */
const MINE = '511902001';
const OTHER = '511902002';
const today = todayInChina();
const ids = { round: ['', ''], hazard: ['', ''], incident: ['', ''], risk: ['RISK-M', 'RISK-O'] };
type Ids = typeof ids;

const CROSS: Record<string, { code: string; field?: string; write: (i: Ids) => [string, Record<string, unknown>] }> = {
  createHazardInvestigation: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation ($i: HazardInvestigationInput!) { createHazardInvestigation(input: $i) { id } }',
      { i: { theme: '排查', townshipIds: [OTHER], startDate: today, endDate: today } },
    ],
  },
  setHazardInvestigationStatus: {
    code: 'FORBIDDEN',
    write: (i) => [
      'mutation ($id: ID!) { setHazardInvestigationStatus(id: $id, version: 1, status: ONGOING) { id } }',
      { id: i.round[1] },
    ],
  },
  recordHazard: {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    write: (i) => [
      'mutation ($i: HazardInput!) { recordHazard(input: $i) { id } }',
      {
        i: { investigationId: i.round[0], entityId: 'E-OTHER', description: '隐患', foundOn: today, rectifyBy: today },
      },
    ],
  },
  rectifyHazard: {
    code: 'FORBIDDEN',
    write: (i) => [
      'mutation ($id: ID!, $on: String!) { rectifyHazard(id: $id, version: 1, rectifiedOn: $on, note: "已整改") { id } }',
      { id: i.hazard[1], on: today },
    ],
  },
  verifyHazard: {
    code: 'FORBIDDEN',
    write: (i) => ['mutation ($id: ID!) { verifyHazard(id: $id, version: 1) { id } }', { id: i.hazard[1] }],
  },
  linkHazardCase: {
    code: 'FORBIDDEN',
    write: (i) => [
      'mutation ($id: ID!) { linkHazardCase(id: $id, version: 1, caseId: "CASE-MINE") { id } }',
      { id: i.hazard[1] },
    ],
  },
  'linkHazardCase to another township’s case': {
    code: 'BAD_USER_INPUT',
    field: 'caseId',
    write: (i) => [
      'mutation ($id: ID!) { linkHazardCase(id: $id, version: 1, caseId: "CASE-OTHER") { id } }',
      { id: i.hazard[0] },
    ],
  },
  linkHazardRisk: {
    code: 'BAD_USER_INPUT',
    field: 'riskId',
    write: (i) => [
      'mutation ($id: ID!, $r: ID!) { linkHazardRisk(id: $id, version: 1, riskId: $r) { id } }',
      { id: i.hazard[0], r: i.risk[1] },
    ],
  },
  reportIncident: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation ($i: IncidentInput!) { reportIncident(input: $i) { id } }',
      {
        i: {
          title: '事件',
          kind: 'OTHER',
          level: 'IV',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          place: '某地',
          townshipId: OTHER,
          affected: 1,
        },
      },
    ],
  },
  advanceIncident: {
    code: 'FORBIDDEN',
    write: (i) => [
      'mutation ($id: ID!) { advanceIncident(id: $id, version: 1, step: VERIFIED) { id } }',
      { id: i.incident[1] },
    ],
  },
  markIncidentReported: {
    code: 'FORBIDDEN',
    write: (i) => ['mutation ($id: ID!) { markIncidentReported(id: $id, version: 1) { id } }', { id: i.incident[1] }],
  },
  linkIncidentRecords: {
    code: 'FORBIDDEN',
    write: (i) => [
      'mutation ($id: ID!) { linkIncidentRecords(id: $id, version: 1, sampleIds: [], caseIds: ["CASE-MINE"]) { id } }',
      { id: i.incident[1] },
    ],
  },
  updateIncidentReportRule: {
    code: 'FORBIDDEN',
    write: () => ['mutation { updateIncidentReportRule(level: IV, hours: 5) { level } }', {}],
  },
};

const FINGERPRINT = `{ hazardInvestigations { totalCount nodes { id version status } }
  hazards(first: 100) { totalCount nodes { id version status enforcementCase { id } risk { id } } }
  incidents(first: 100) { totalCount nodes { id version currentStep reportedAt cases { id } timeline { step } } }
  incidentReportRules { level hours } }`;

describe.each(await dialects())('hazard and incident scope on %s', (dialect) => {
  const t = testSubgraph(subgraph, {
    dialect,
    entities: staticEntityDirectory([
      { id: 'E-MINE', townshipId: MINE },
      { id: 'E-OTHER', townshipId: OTHER },
    ]),
    gateway: {
      ShianLinkedCase: fakeLinkedRecord('case', { 'CASE-MINE': MINE, 'CASE-OTHER': OTHER }),
      ShianHazardCase: fakeLinkedRecord('case', {
        'CASE-MINE': { township: MINE, fields: { entity: { id: 'E-MINE' } } },
        'CASE-OTHER': { township: OTHER, fields: { entity: { id: 'E-OTHER' } } },
      }),
    },
  });
  const make = async (query: string, input: Record<string, unknown>) => {
    const res = await t.execute(query, { i: input });
    expect(res.errors).toBeUndefined();
    return (Object.values(res.data ?? {})[0] as { id: string }).id;
  };

  beforeAll(async () => {
    const em = t.orm.em.fork();
    for (const [n, township] of [MINE, OTHER].entries())
      em.persist(
        Object.assign(new Risk(), {
          id: ids.risk[n],
          code: `FX-2025-99${n}`,
          title: '风险',
          hazard: '危害',
          source: '来源',
          category: RiskCategory.OTHER,
          likelihood: 1,
          severity: 1,
          level: RiskLevel.LOW,
          townshipList: toList([township]),
          businessCategories: [],
          ownerDepartment: '综合股',
        }),
      );
    await em.flush();
    for (const [n, township] of [MINE, OTHER].entries()) {
      ids.round[n] = await make(
        'mutation ($i: HazardInvestigationInput!) { createHazardInvestigation(input: $i) { id } }',
        { theme: '排查', townshipIds: [township], startDate: addDays(today, -5), endDate: today },
      );
      ids.hazard[n] = await make('mutation ($i: HazardInput!) { recordHazard(input: $i) { id } }', {
        investigationId: ids.round[n],
        entityId: n === 0 ? 'E-MINE' : 'E-OTHER',
        description: '隐患',
        foundOn: today,
        rectifyBy: today,
      });
      ids.incident[n] = await make('mutation ($i: IncidentInput!) { reportIncident(input: $i) { id } }', {
        title: '事件',
        kind: 'OTHER',
        level: 'IV',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        place: '某地',
        townshipId: township,
        affected: 1,
      });
    }
  });

  it.each(Object.keys(CROSS))('refuses the township officer %s, writing nothing', async (name) => {
    const { code, field, write } = CROSS[name] as (typeof CROSS)[string];
    const before = await t.execute(FINGERPRINT);
    expect(before.errors).toBeUndefined();
    const [query, variables] = write(ids);
    const res = await t.execute(query, variables, { as: 'township' });
    expect(res.errors?.[0]?.extensions?.code, name).toBe(code);
    if (field) expect(res.errors?.[0]?.extensions?.field, name).toBe(field);
    expect(await t.execute(FINGERPRINT)).toEqual(before);
  });

  referenceScopeTests(
    t,
    {
      HazardInvestigation: { ids: (i: Ids) => [i.round[0], i.round[1]] as [string, string] },
      Hazard: { ids: (i: Ids) => [i.hazard[0], i.hazard[1]] as [string, string] },
      Incident: { ids: (i: Ids) => [i.incident[0], i.incident[1]] as [string, string] },
    },
    () => ids,
  );
});
