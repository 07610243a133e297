import { addDays } from '@shian/clock';
import { clientError, staticEntityDirectory, todayInChina } from '@shian/subgraph-kit';
import { dialects, type FakeLinked, fakeLinkedRecord, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const MINE = '511902001';
const OTHER = '511902002';
const today = todayInChina();

const caseOf = (township: string, entityId: string): FakeLinked => ({ township, fields: { entity: { id: entityId } } });

/**
 * Enforcement's cases (clues are cases too), by township and party, and sampling's samples, by township, as the
 * gateway answers each caller.
 */
const CASES = {
  'CASE-MINE': caseOf(MINE, 'E-MINE'),
  'CLUE-MINE': caseOf(MINE, 'E-MINE'),
  'CASE-OTHER': caseOf(OTHER, 'E-OTHER'),
  /** In the township, against another of its businesses. */
  'CASE-NEIGHBOUR': caseOf(MINE, 'E-NEIGHBOUR'),
};
const SAMPLES = { 'S-MINE': MINE, 'S-OTHER': OTHER };

const HAZARD = 'id version caseId: enforcementCase { id }';
const LINK_CASE = `mutation ($id: ID!, $version: Int!, $caseId: ID!) {
  linkHazardCase(id: $id, version: $version, caseId: $caseId) { ${HAZARD} } }`;
const LINK = `mutation ($id: ID!, $version: Int!, $sampleIds: [ID!]!, $caseIds: [ID!]!) {
  linkIncidentRecords(id: $id, version: $version, sampleIds: $sampleIds, caseIds: $caseIds) {
    version samples { id } cases { id } } }`;
const INCIDENT = 'query ($id: ID!) { incident(id: $id) { version samples { id } cases { id } } }';

describe.each(await dialects())('links to enforcement and sampling on %s', (dialect) => {
  const t = testSubgraph(subgraph, {
    dialect,
    entities: staticEntityDirectory([
      { id: 'E-MINE', townshipId: MINE },
      { id: 'E-OTHER', townshipId: OTHER },
    ]),
    gateway: {
      ShianLinkedCase: fakeLinkedRecord('case', CASES),
      ShianHazardCase: fakeLinkedRecord('case', CASES),
      // Entities' village reports: a pending one in each township, and one already triaged.
      ShianLinkedVillageReport: ({ id }, ctx) => {
        const answer = fakeLinkedRecord('villageReport', { 'VR-MINE': MINE, 'VR-OTHER': OTHER, 'VR-DONE': MINE })(
          { id },
          ctx,
        ) as { villageReport: { id: string } | null };
        return {
          villageReport: answer.villageReport && { id, status: id === 'VR-DONE' ? 'DISMISSED' : 'PENDING' },
        };
      },
      ShianLinkedSample: ({ id }, ctx) => {
        if (id === 'S-DOWN') throw clientError('SERVICE_UNAVAILABLE', '抽检服务暂不可用');
        return fakeLinkedRecord('sample', SAMPLES)({ id }, ctx);
      },
    },
  });
  const ids = { round: '', hazard: '', incident: '' };
  const hazard = async () => (await t.execute(`{ hazard(id: "${ids.hazard}") { ${HAZARD} } }`)).data?.hazard;
  const incident = async () => (await t.execute(INCIDENT, { id: ids.incident })).data?.incident;

  beforeAll(async () => {
    const round = await t.execute(
      `mutation ($input: HazardInvestigationInput!) { createHazardInvestigation(input: $input) { id } }`,
      { input: { theme: '冷链食品排查', townshipIds: [MINE, OTHER], startDate: addDays(today, -10), endDate: today } },
    );
    ids.round = round.data?.createHazardInvestigation.id;
    const recorded = await t.execute(
      `mutation ($input: HazardInput!) { recordHazard(input: $input) { id } }`,
      {
        input: {
          investigationId: ids.round,
          entityId: 'E-MINE',
          description: '进口冷链食品无核酸检测证明',
          foundOn: today,
          rectifyBy: addDays(today, 3),
        },
      },
      { as: 'township' },
    );
    ids.hazard = recorded.data?.recordHazard.id;
    const reported = await t.execute(
      `mutation ($input: IncidentInput!) { reportIncident(input: $input) { id } }`,
      {
        input: {
          title: '村民聚餐后呕吐',
          kind: 'FOOD_POISONING',
          level: 'IV',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          place: '某村委会',
          entityId: 'E-MINE',
          affected: 5,
          responseDepartments: ['police'],
        },
      },
      { as: 'township' },
    );
    ids.incident = reported.data?.reportIncident.id;
    expect([ids.round, ids.hazard, ids.incident].every(Boolean)).toBe(true);
  });

  it("refuses a township officer another township's case, an unknown one, and a partner any; writes nothing", async () => {
    for (const [caseId, as, code] of [
      ['CASE-OTHER', 'township', 'BAD_USER_INPUT'],
      ['CASE-NOWHERE', 'officer', 'BAD_USER_INPUT'],
      ['CASE-MINE', 'police', 'FORBIDDEN'],
    ] as const) {
      const res = await t.execute(LINK_CASE, { id: ids.hazard, version: 1, caseId }, { as });
      expect(res.errors?.[0]?.extensions?.code, caseId).toBe(code);
      if (code === 'BAD_USER_INPUT') {
        expect(res.errors?.[0]?.extensions?.field).toBe('caseId');
        expect(res.errors?.[0]?.message).toContain('不存在或不在您的权限范围内');
      }
    }
    expect(await hazard()).toEqual({ id: ids.hazard, version: 1, caseId: null });
  });

  it('refuses a hazard recorded with a case out of scope, writing nothing', async () => {
    const count = async () => (await t.execute('{ hazards { totalCount } }')).data?.hazards.totalCount;
    const before = await count();
    const res = await t.execute(
      `mutation ($input: HazardInput!) { recordHazard(input: $input) { id } }`,
      {
        input: {
          investigationId: ids.round,
          entityId: 'E-MINE',
          description: '无证经营',
          foundOn: today,
          rectifyBy: today,
          caseId: 'CASE-OTHER',
        },
      },
      { as: 'township' },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect(await count()).toBe(before);
  });

  it('refuses a case against another business than the hazard’s, writing nothing', async () => {
    const res = await t.execute(
      LINK_CASE,
      { id: ids.hazard, version: 1, caseId: 'CASE-NEIGHBOUR' },
      { as: 'township' },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect(res.errors?.[0]?.message).toBe('关联的线索或案件 CASE-NEIGHBOUR 的当事人不是隐患所在主体');
    expect(await hazard()).toEqual({ id: ids.hazard, version: 1, caseId: null });
  });

  it('links a clue or case in scope (Hazard.enforcementCase by key)', async () => {
    const res = await t.execute(LINK_CASE, { id: ids.hazard, version: 1, caseId: 'CLUE-MINE' }, { as: 'township' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.linkHazardCase).toEqual({ id: ids.hazard, version: 2, caseId: { id: 'CLUE-MINE' } });
  });

  it('refuses samples and cases out of scope or unknown, writing nothing', async () => {
    const tries: [string[], string[], string, string][] = [
      [['S-MINE', 'S-OTHER'], [], 'township', 'sampleIds'],
      [['S-NOWHERE'], [], 'officer', 'sampleIds'],
      [['S-MINE'], ['CASE-OTHER'], 'township', 'caseIds'],
    ];
    for (const [sampleIds, caseIds, as, field] of tries) {
      const res = await t.execute(LINK, { id: ids.incident, version: 1, sampleIds, caseIds }, { as });
      expect(res.errors?.[0]?.extensions, `${sampleIds} ${caseIds}`).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const down = await t.execute(LINK, { id: ids.incident, version: 1, sampleIds: ['S-DOWN'], caseIds: [] });
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const partner = await t.execute(
      LINK,
      { id: ids.incident, version: 1, sampleIds: ['S-MINE'], caseIds: [] },
      { as: 'police' },
    );
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await incident()).toEqual({ version: 1, samples: [], cases: [] });
  });

  it('links records in scope, keeps those linked before without asking again, and refuses a stale version', async () => {
    const first = await t.execute(LINK, {
      id: ids.incident,
      version: 1,
      sampleIds: ['S-OTHER'],
      caseIds: ['CASE-OTHER'],
    });
    expect(first.errors).toBeUndefined();
    // The township officer keeps what the officer linked (out of its own scope) and adds its own.
    const second = await t.execute(
      LINK,
      { id: ids.incident, version: 2, sampleIds: ['S-OTHER', 'S-MINE'], caseIds: ['CASE-OTHER', 'CASE-MINE'] },
      { as: 'township' },
    );
    expect(second.errors).toBeUndefined();
    expect(second.data?.linkIncidentRecords).toEqual({
      version: 3,
      samples: [{ id: 'S-OTHER' }, { id: 'S-MINE' }],
      cases: [{ id: 'CASE-OTHER' }, { id: 'CASE-MINE' }],
    });
    const stale = await t.execute(LINK, { id: ids.incident, version: 2, sampleIds: [], caseIds: [] });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await incident()).samples).toHaveLength(2);
  });

  it('records a hazard from a village report the writer may read and that waits for triage, once', async () => {
    const record = (villageReportId: string) =>
      t.execute(
        'mutation ($input: HazardInput!) { recordHazard(input: $input) { id villageReportId } }',
        {
          input: {
            investigationId: ids.round,
            entityId: 'E-MINE',
            description: '村(社区)协管员报告的隐患',
            foundOn: today,
            rectifyBy: addDays(today, 3),
            villageReportId,
          },
        },
        { as: 'township' },
      );
    for (const id of ['VR-OTHER', 'VR-DONE', 'VR-UNKNOWN']) {
      const refused = await record(id);
      expect(refused.errors?.[0]?.extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'villageReportId' });
    }
    const made = await record('VR-MINE');
    expect(made.errors).toBeUndefined();
    expect(made.data?.recordHazard.villageReportId).toBe('VR-MINE');
    const again = await record('VR-MINE');
    expect(again.errors?.[0]?.message).toContain('已登记为隐患');
  });
});
