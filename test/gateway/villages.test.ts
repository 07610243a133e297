/**
 * Issue #18's villages through the gateway, against the real processes: the village liaison's view of the register,
 * their report reaching the township's queue, its triage into an enforcement clue or a risk hazard (each written in
 * its own subgraph, linked both ways), and the attacker's paths (another township, a partner, a liaison reading
 * bureau registers, a call straight to the subgraph).
 */
import { DEMO_VILLAGE_ID, signToken } from '@shian/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, codes, data, gql } from '../harness/graphql';
import { platform } from '../harness/platform';

const village = { as: 'village' };
const township = { as: 'township' };
const officer = { as: 'officer' };
const police = { as: 'police' };

/** A JPEG by its first bytes, `bytes` long, base64 as the phone page sends it. */
const jpeg = (bytes: number) => {
  const buffer = Buffer.alloc(bytes, 7);
  buffer.set([0xff, 0xd8, 0xff, 0xe0]);
  return `data:image/jpeg;base64,${buffer.toString('base64')}`;
};

const REPORT = `mutation($i: VillageReportInput!) { reportFromVillage(input: $i) {
  id version status receivedOn dueOn overdue township { id } photos { index size } } }`;

const OUTCOME = 'query($id: ID!) { villageReport(id: $id) { status caseId hazardId dismissReason triagedBy } }';

async function report(description: string, entityId?: string) {
  const result = await data(village, REPORT, {
    i: {
      kind: 'CLUE',
      ...(entityId ? { entityId } : { entityName: '流动摊点' }),
      description,
      photos: [{ contentType: 'image/jpeg', dataBase64: jpeg(4000) }],
    },
  });
  return result.reportFromVillage as { id: string; version: number; receivedOn: string; dueOn: string };
}

describe('villages and village reports through the gateway', () => {
  let otherTownship: Caller;
  let ownBusiness: { id: string; name: string };

  beforeAll(async () => {
    // A township officer of another township: not a demo user, so a token signed as the development provider would.
    otherTownship = {
      token: (await signToken({ username: 'township-002', name: '王监管', role: 'township', townshipId: '511902002' }))
        .token,
    };
    const entities = await data(village, '{ entities(first: 100) { totalCount nodes { id name village { id } } } }');
    ownBusiness = entities.entities.nodes[0];
  });

  it('shows the liaison only their village’s businesses', async () => {
    const theirs = await data(
      village,
      '{ entities(first: 100) { totalCount nodes { id village { id } township { id } } } }',
    );
    expect(theirs.entities.totalCount).toBeGreaterThan(0);
    for (const node of theirs.entities.nodes) {
      expect(node.village.id).toBe(DEMO_VILLAGE_ID);
      expect(node.township.id).toBe('511902001');
    }
    const all = await data(township, '{ entities(first: 1) { totalCount } }');
    expect(theirs.entities.totalCount).toBeLessThan(all.entities.totalCount);
    expect(codes(await gql(village, '{ entity(id: "E0002") { id } }'))).toEqual(['FORBIDDEN']);
    const villages = await data(village, '{ villages { id name } }');
    expect(villages.villages.map((v: { id: string }) => v.id)).toEqual([DEMO_VILLAGE_ID]);
  });

  it('refuses the liaison complaints, cases, samples, hazards and the other registers', async () => {
    for (const query of [
      '{ complaints(first: 1) { totalCount } }',
      '{ cases(first: 1) { totalCount } }',
      '{ samples(first: 1) { totalCount } }',
      '{ hazards(first: 1) { totalCount } }',
      '{ risks(first: 1) { totalCount } }',
      '{ supervisionStations { id } }',
      '{ townships { id } }',
    ]) {
      const result = await gql(village, query);
      expect(codes(result), query).toContain('FORBIDDEN');
    }
    const write = await gql(village, 'mutation($i: ClueInput!) { createClue(input: $i) { id } }', {
      i: { title: '越权', source: 'COMPLAINT', entityId: ownBusiness.id, receivedOn: '2025-03-01', description: 'x' },
    });
    expect(codes(write)).toEqual(['FORBIDDEN']);
  });

  it('refuses a liaison straight to the subgraph, without the gateway’s credential', async () => {
    const port = platform().env.ENTITIES_PORT;
    const token = (
      await signToken({
        username: 'village',
        name: '赵信息员',
        role: 'village',
        villageId: DEMO_VILLAGE_ID,
        townshipId: '511902001',
      })
    ).token;
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ villageReports(first: 5) { totalCount } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('puts a report in the township’s queue, out of another township’s and a partner’s reach', async () => {
    const filed = await report('夜市烧烤摊用地沟油的味道很重', ownBusiness.id);
    const queue = await data(township, '{ villageReports(first: 100, filter: { status: PENDING }) { nodes { id } } }');
    expect(queue.villageReports.nodes.map((n: { id: string }) => n.id)).toContain(filed.id);
    const others = await data(otherTownship, '{ villageReports(first: 100) { nodes { id } } }');
    expect(others.villageReports.nodes.map((n: { id: string }) => n.id)).not.toContain(filed.id);
    expect(codes(await gql(otherTownship, OUTCOME, { id: filed.id }))).toEqual(['FORBIDDEN']);
    const dismiss = await gql(
      otherTownship,
      'mutation($id: ID!) { dismissVillageReport(id: $id, version: 1, reason: "越界") { id } }',
      {
        id: filed.id,
      },
    );
    expect(codes(dismiss)).toEqual(['FORBIDDEN']);
    expect(codes(await gql(police, '{ villageReports(first: 1) { totalCount } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(police, OUTCOME, { id: filed.id }))).toEqual(['FORBIDDEN']);
    expect((await data(village, OUTCOME, { id: filed.id })).villageReport.status).toBe('PENDING');
  });

  it('turns a report into a clue that shows in enforcement, and the liaison sees the outcome', async () => {
    const filed = await report('小卖部货架上有过期的辣条', ownBusiness.id);
    const clue = (reportId: string) =>
      gql(township, 'mutation($i: ClueInput!) { createClue(input: $i) { id } }', {
        i: {
          title: '销售超过保质期的食品',
          source: 'COMPLAINT',
          entityId: ownBusiness.id,
          receivedOn: filed.receivedOn,
          description: '村(社区)协管员报告:货架上有过期食品',
          villageReportId: reportId,
        },
      });
    // Another township's officer cannot make a clue of it; the report's own township can, once.
    expect(
      codes(
        await gql(otherTownship, 'mutation($i: ClueInput!) { createClue(input: $i) { id } }', {
          i: {
            title: 'x',
            source: 'COMPLAINT',
            entityId: 'E0002',
            receivedOn: filed.receivedOn,
            description: 'x',
            villageReportId: filed.id,
          },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const created = await clue(filed.id);
    expect(created.errors).toBeUndefined();
    const caseId = created.data!.createClue.id as string;
    expect(codes(await clue(filed.id))).toEqual(['BAD_USER_INPUT']);
    const triaged = await data(
      township,
      'mutation($id: ID!, $v: Int!, $c: ID!) { turnVillageReportIntoClue(id: $id, version: $v, caseId: $c) { status caseId } }',
      { id: filed.id, v: filed.version, c: caseId },
    );
    expect(triaged.turnVillageReportIntoClue).toEqual({ status: 'CLUE', caseId });
    const inEnforcement = await data(
      officer,
      'query($id: ID!) { case(id: $id) { id status source villageReportId entity { id } township { id } } }',
      { id: caseId },
    );
    expect(inEnforcement.case).toMatchObject({
      status: 'CLUE',
      source: 'COMPLAINT',
      villageReportId: filed.id,
      entity: { id: ownBusiness.id },
      township: { id: '511902001' },
    });
    const seen = await data(village, OUTCOME, { id: filed.id });
    expect(seen.villageReport).toMatchObject({ status: 'CLUE', caseId, triagedBy: '张监管' });
    // The liaison sees the outcome, not the case file; a triaged report takes no second clue.
    expect(codes(await gql(village, 'query($id: ID!) { case(id: $id) { id } }', { id: caseId }))).toContain(
      'FORBIDDEN',
    );
  });

  it('turns a report into a hazard in risk, linked both ways; a hazard of another report is refused', async () => {
    const filed = await report('幼儿园门口小吃摊没有防蝇设施', ownBusiness.id);
    const rounds = await data(
      officer,
      '{ hazardInvestigations(first: 100) { nodes { id startDate endDate townshipIds } } }',
    );
    const round = rounds.hazardInvestigations.nodes.find((r: { townshipIds: string[] }) =>
      r.townshipIds.includes('511902001'),
    );
    const recorded = await data(
      township,
      'mutation($i: HazardInput!) { recordHazard(input: $i) { id villageReportId } }',
      {
        i: {
          investigationId: round.id,
          entityId: ownBusiness.id,
          description: '门口小吃摊无防蝇设施',
          foundOn: round.startDate,
          rectifyBy: round.endDate,
          villageReportId: filed.id,
        },
      },
    );
    const hazardId = recorded.recordHazard.id as string;
    expect(recorded.recordHazard.villageReportId).toBe(filed.id);
    const link = (id: string, v: number, h: string) =>
      gql(
        township,
        'mutation($id: ID!, $v: Int!, $h: ID!) { turnVillageReportIntoHazard(id: $id, version: $v, hazardId: $h) { status hazardId } }',
        {
          id,
          v,
          h,
        },
      );
    // The hazard names this report, not another: linking it elsewhere is refused, leaving that report waiting.
    const other = await report('另一份报告');
    expect(codes(await link(other.id, other.version, hazardId))).toEqual(['BAD_USER_INPUT']);
    expect((await data(village, OUTCOME, { id: other.id })).villageReport.status).toBe('PENDING');
    const done = await link(filed.id, filed.version, hazardId);
    expect(done.errors).toBeUndefined();
    expect((await data(village, OUTCOME, { id: filed.id })).villageReport).toMatchObject({
      status: 'HAZARD',
      hazardId,
    });
    const hazard = await data(officer, 'query($id: ID!) { hazard(id: $id) { id villageReportId } }', { id: hazardId });
    expect(hazard.hazard.villageReportId).toBe(filed.id);
  });

  it('refuses a photo over the limit, writing nothing', async () => {
    const count = async () =>
      (await data(village, '{ villageReports(first: 1) { totalCount } }')).villageReports.totalCount;
    const before = await count();
    const result = await gql(village, REPORT, {
      i: {
        kind: 'HAZARD',
        entityName: '某店',
        description: '照片太大',
        photos: [{ contentType: 'image/jpeg', dataBase64: jpeg(710 * 1024) }],
      },
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await count()).toBe(before);
  });

  it('dates the triage clock in working days on the bureau calendar', async () => {
    const filed = await report('自动售货机里的牛奶已经胀袋');
    const calendar = await data(village, '{ calendarOverrides { date kind } }');
    expect(Array.isArray(calendar.calendarOverrides)).toBe(true);
    // Three working days after receipt: never sooner than three calendar days, never on a weekend unless made a working day.
    const days = (Date.parse(filed.dueOn) - Date.parse(filed.receivedOn)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(3);
  });
});
