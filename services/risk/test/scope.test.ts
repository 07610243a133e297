import { addDays } from '@shian/clock';
import { todayInChina } from '@shian/subgraph-kit';
import { type CrossWrite, dialects, referenceScopeTests, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { MINE, OTHER, officialAnswer, riskInput } from './risks.fixtures';

/**
 * The attacker's paths into this helper's types and writes: `_entities` of every @key type inside and outside the
 * township officer's township as every demo role (the kit's referenceScopeTests), and every write of the risk list,
 * duties, consultations and drills sent by the township officer against another township (the kit's CrossWrite
 * shape), refused with nothing written.
 */

const DUE = addDays(todayInChina(), 60);
const conclusion = (townshipId: string) => ({ text: '落实', ownerKind: 'TOWNSHIP', townshipId, dueDate: DUE });
const duty = (townshipId: string) => ({ task: '检查', ownerKind: 'TOWNSHIP', townshipId, dueDate: DUE });

interface Ids {
  risk: [string, string];
  duty: [string, string];
  consultation: [string, string];
  drill: [string, string];
}

/** One cross-township write per mutation of the risk list, duties, consultations and drills. */
const CROSS_WRITES: Record<string, CrossWrite<Ids>> = {
  createRisk: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation ($i: RiskInput!) { createRisk(input: $i) { id } }',
      { i: riskInput({ townshipIds: [OTHER], ownerId: null }) },
    ],
  },
  updateRisk: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation ($id: ID!, $i: RiskInput!) { updateRisk(id: $id, version: 1, input: $i) { id } }',
      { id: ids.risk[1], i: riskInput({ ownerId: null }) },
    ],
  },
  // Not a township's setting at all: leaders only.
  updateRiskMatrix: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation ($c: [[RiskLevel!]!]!) { updateRiskMatrix(cells: $c) { updatedAt } }',
      { c: Array.from({ length: 5 }, () => Array(5).fill('MAJOR')) },
    ],
  },
  createDuty: {
    code: 'FORBIDDEN',
    write: () => ['mutation ($i: DutyInput!) { createDuty(input: $i) { id } }', { i: duty(OTHER) }],
  },
  'createDuty on a risk of another township': {
    code: 'BAD_USER_INPUT',
    field: 'riskId',
    write: (ids) => [
      'mutation ($i: DutyInput!) { createDuty(input: $i) { id } }',
      { i: { ...duty(MINE), ownerKind: 'DEPARTMENT', ownerDepartment: '综合股', riskId: ids.risk[1] } },
    ],
  },
  updateDuty: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation ($id: ID!, $i: DutyUpdateInput!) { updateDuty(id: $id, version: 1, input: $i) { id } }',
      { id: ids.duty[1], i: duty(MINE) },
    ],
  },
  completeDuty: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation ($id: ID!) { completeDuty(id: $id, version: 1, evidence: "照片") { id } }',
      { id: ids.duty[1] },
    ],
  },
  createConsultation: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation ($i: ConsultationInput!) { createConsultation(input: $i) { id } }',
      {
        i: {
          date: '2025-05-01',
          title: '会商',
          departments: ['综合股'],
          townshipIds: [OTHER],
          conclusions: [conclusion(OTHER)],
        },
      },
    ],
  },
  'createConsultation with a conclusion owned by another township': {
    code: 'FORBIDDEN',
    write: () => [
      'mutation ($i: ConsultationInput!) { createConsultation(input: $i) { id } }',
      {
        i: {
          date: '2025-05-01',
          title: '会商',
          departments: ['综合股'],
          townshipIds: [MINE],
          conclusions: [conclusion(OTHER)],
        },
      },
    ],
  },
  'createDrill with a follow-up owned by a district official': {
    code: 'FORBIDDEN',
    write: () => [
      'mutation ($i: DrillInput!) { createDrill(input: $i) { id } }',
      {
        i: {
          scenario: '演练',
          date: '2025-06-01',
          departments: ['综合股'],
          townshipIds: [MINE],
          followUps: [{ task: '整改', ownerKind: 'OFFICIAL', ownerId: 'OFF-D', dueDate: DUE }],
        },
      },
    ],
  },
  createDrill: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation ($i: DrillInput!) { createDrill(input: $i) { id } }',
      { i: { scenario: '演练', date: '2025-06-01', departments: ['综合股'], townshipIds: [OTHER], followUps: [] } },
    ],
  },
  evaluateDrill: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation ($id: ID!) { evaluateDrill(id: $id, version: 1, evaluation: "良好") { id } }',
      { id: ids.drill[1] },
    ],
  },
};

/** The mutations helper B owns (hazards, incidents): their cross writes live with B's tests. */
const ELSEWHERE = new Set([
  'createHazardInvestigation',
  'setHazardInvestigationStatus',
  'recordHazard',
  'rectifyHazard',
  'verifyHazard',
  'linkHazardCase',
  'linkHazardRisk',
  'reportIncident',
  'advanceIncident',
  'markIncidentReported',
  'linkIncidentRecords',
  'updateIncidentReportRule',
]);

const FINGERPRINT = `{ risks(first: 100) { totalCount nodes { id version level townshipIds } }
  riskMatrix { cells updatedAt }
  duties(first: 100) { totalCount nodes { id version status townshipId } }
  consultations(first: 100) { totalCount nodes { id conclusions { id } } }
  drills(first: 100) { totalCount nodes { id version evaluation } } }`;

describe.each(await dialects())('risk scope on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, gateway: { ShianLinkedOfficial: officialAnswer } });
  const ids: Ids = { risk: ['', ''], duty: ['', ''], consultation: ['', ''], drill: ['', ''] };
  const make = async (query: string, input: Record<string, unknown>) => {
    const res = await t.execute(query, { i: input });
    expect(res.errors).toBeUndefined();
    return (Object.values(res.data!)[0] as { id: string }).id;
  };

  beforeAll(async () => {
    for (const [n, township] of [MINE, OTHER].entries()) {
      ids.risk[n] = await make(
        'mutation ($i: RiskInput!) { createRisk(input: $i) { id } }',
        riskInput({ townshipIds: [township], ownerId: null }),
      );
      ids.duty[n] = await make('mutation ($i: DutyInput!) { createDuty(input: $i) { id } }', duty(township));
      // No partner department attends: partners must see neither (the named-partner case is below).
      ids.consultation[n] = await make('mutation ($i: ConsultationInput!) { createConsultation(input: $i) { id } }', {
        date: '2025-05-01',
        title: '会商',
        departments: ['综合股'],
        townshipIds: [township],
        conclusions: [conclusion(township)],
      });
      ids.drill[n] = await make('mutation ($i: DrillInput!) { createDrill(input: $i) { id } }', {
        scenario: '演练',
        date: '2025-06-01',
        departments: ['education'],
        townshipIds: [township],
        followUps: [],
      });
    }
  });

  referenceScopeTests(
    t,
    {
      Risk: { ids: (i) => i.risk },
      Duty: { ids: (i) => i.duty },
      Consultation: { ids: (i) => i.consultation },
      Drill: { ids: (i) => i.drill },
    },
    () => ids,
  );

  it('resolves a consultation’s reference for a partner department it names, and its duties', async () => {
    const id = await make('mutation ($i: ConsultationInput!) { createConsultation(input: $i) { id } }', {
      date: '2025-05-02',
      title: '与公安会商',
      departments: ['police'],
      townshipIds: [OTHER],
      conclusions: [{ text: '公安落实', ownerKind: 'DEPARTMENT', ownerDepartment: 'police', dueDate: DUE }],
    });
    const duties = await t.execute(`{ consultation(id: "${id}") { conclusions { duty { id } } } }`);
    const dutyId = duties.data?.consultation.conclusions[0].duty.id;
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Consultation { id } ... on Duty { id } } }`;
    const r = [
      { __typename: 'Consultation', id },
      { __typename: 'Duty', id: dutyId },
    ];
    const police = await t.execute(query, { r }, { as: 'police' });
    expect(police.data?._entities).toEqual([{ id }, { id: dutyId }]);
    const education = await t.execute(query, { r }, { as: 'education' });
    expect(education.data?._entities).toEqual([null, null]);
    expect(education.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('has a cross-township write for every mutation of the risk list, duties, consultations and drills', async () => {
    const res = await t.execute('{ __schema { mutationType { fields { name } } } }');
    const mutations = res.data?.__schema.mutationType.fields
      .map((f: { name: string }) => f.name)
      .filter((name: string) => !ELSEWHERE.has(name));
    expect(new Set(Object.keys(CROSS_WRITES).map((name) => name.split(' ')[0]))).toEqual(new Set(mutations));
  });

  it.each(Object.keys(CROSS_WRITES))('refuses the township officer %s, writing nothing', async (name) => {
    const { code, field, write } = CROSS_WRITES[name] as CrossWrite<Ids>;
    const before = await t.execute(FINGERPRINT);
    const [query, variables] = write(ids);
    const res = await t.execute(query, variables, { as: 'township' });
    expect(res.errors?.[0]?.extensions?.code, name).toBe(code);
    if (field) expect(res.errors?.[0]?.extensions?.field, name).toBe(field);
    expect(await t.execute(FINGERPRINT)).toEqual(before);
  });

  it('refuses every write of a partner department and of an anonymous caller', async () => {
    for (const name of Object.keys(CROSS_WRITES)) {
      const [query, variables] = (CROSS_WRITES[name] as CrossWrite<Ids>).write(ids);
      const partner = await t.execute(query, variables, { as: 'police' });
      expect(partner.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
      const anonymous = await t.execute(query, variables, { as: null });
      expect(anonymous.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
    }
  });
});
