import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { OFFICER_REFS } from '../seeds/officer-training';
import subgraph from '../src/schema';
import { officerRoll } from './gateway';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const SHEET = `mutation ($id: ID!, $rows: [OfficerAttendanceInput!]!) {
  recordOfficerAttendance(sessionId: $id, entries: $rows) { id officerName badgeNumber unit hours session { id kind } } }`;
const HOURS = `query ($year: Int!, $search: String) { officerTrainingHours(year: $year, search: $search, first: 100) {
  totalCount nodes { officerId officerName badgeNumber unit year sessions hours } } }`;
const RETIRED = OFFICER_REFS.find((o) => !o.active)!;

describe.each(await dialects())('officers’ training on %s', (dialect) => {
  // Pages of 10: the roll (34 officers) spans four, as a larger bureau's would span several of 100.
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: officerRoll(10) });

  const count = async () =>
    Number(
      (
        (await t.orm.em.fork().getConnection().execute('select count(*) as n from officer_attendance')) as {
          n: number;
        }[]
      )[0]!.n,
    );

  it('keeps the 2024 practitioners’ figures as they were and counts 2025’s officers apart', async () => {
    const res = await t.execute(`{
      y2024: workReport(year: 2024) { training { sessions participants byAudience { audience } officers { sessions officersTrained attendances hours } } }
      y2025: workReport(year: 2025) { training { sessions participants byAudience { audience } officers { sessions officersTrained attendances hours } } }
      officers: trainingSessions(first: 100, filter: { kind: OFFICERS }) { totalCount nodes { heldOn kind audience officerCount attendeeCount } }
      business: trainingSessions(first: 100, filter: { kind: BUSINESS, year: 2025 }) { totalCount }
      sheet: officerAttendances(first: 1, filter: { year: 2025 }) { totalCount }
      perOfficer: officerTrainingHours(year: 2025, first: 100) { nodes { hours sessions } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.y2024.training).toMatchObject({
      sessions: 13,
      participants: 2000,
      officers: { sessions: 0, officersTrained: 0, attendances: 0, hours: 0 },
    });
    expect(d.y2025.training.sessions).toBe(0);
    expect(d.y2025.training.byAudience).toEqual([]);
    const perOfficer = d.perOfficer.nodes as { hours: number; sessions: number }[];
    expect(perOfficer.reduce((sum, r) => sum + r.sessions, 0)).toBe(d.sheet.totalCount);
    expect(d.y2025.training.officers).toEqual({
      sessions: 4,
      officersTrained: OFFICER_REFS.filter((o) => o.active).length,
      attendances: d.sheet.totalCount,
      hours: perOfficer.reduce((sum, r) => sum + r.hours, 0),
    });
    expect(d.officers.totalCount).toBe(4);
    for (const session of d.officers.nodes) {
      expect(session).toMatchObject({ kind: 'OFFICERS', audience: 'ENFORCEMENT_OFFICERS', attendeeCount: 0 });
      expect(session.heldOn.startsWith('2025')).toBe(true);
      expect(session.officerCount).toBeGreaterThan(0);
    }
    expect(d.business.totalCount).toBe(0);
  });

  it('sums hours per officer per year in the database, paged, and shows them to district staff only', async () => {
    const res = await t.execute(HOURS, { year: 2025 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.officerTrainingHours.nodes as { officerId: string; hours: number; sessions: number }[];
    expect(res.data!.officerTrainingHours.totalCount).toBe(nodes.length);
    const sheet = await t.execute(
      '{ officerAttendances(first: 100, filter: { officerId: "IN01" }) { nodes { hours } } }',
    );
    const in01 = nodes.find((n) => n.officerId === 'IN01')!;
    expect(in01.hours).toBe(
      sheet.data!.officerAttendances.nodes.reduce((s: number, r: { hours: number }) => s + r.hours, 0),
    );
    expect(in01.sessions).toBe(sheet.data!.officerAttendances.nodes.length);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1]!.hours).toBeGreaterThanOrEqual(nodes[i]!.hours);
    const page = await t.execute(
      '{ officerTrainingHours(year: 2025, first: 5) { totalCount nodes { officerId } pageInfo { hasNextPage endCursor } } }',
    );
    expect(page.data!.officerTrainingHours.nodes.map((n: { officerId: string }) => n.officerId)).toEqual(
      nodes.slice(0, 5).map((n) => n.officerId),
    );
    const next = await t.execute(
      `{ officerTrainingHours(year: 2025, first: 5, after: "${page.data!.officerTrainingHours.pageInfo.endCursor}") { nodes { officerId } } }`,
    );
    expect(next.data!.officerTrainingHours.nodes.map((n: { officerId: string }) => n.officerId)).toEqual(
      nodes.slice(5, 10).map((n) => n.officerId),
    );
    const unit = await t.execute(HOURS, { year: 2025, search: '东城市场监督管理所' });
    expect(unit.data!.officerTrainingHours.nodes.every((n: { unit: string }) => n.unit === '东城市场监督管理所')).toBe(
      true,
    );
    expect((await t.execute(HOURS, { year: 2024 })).data!.officerTrainingHours.totalCount).toBe(0);
    expect(codes(await t.execute(HOURS, { year: 1999 }))).toEqual(['BAD_USER_INPUT']);

    // A township officer's scope holds no officer (none belongs to a township); partners are refused.
    const township = await t.execute(
      `query ($year: Int!) { officerTrainingHours(year: $year) { totalCount nodes { officerId } }
        officerAttendances { totalCount } workReport(year: $year) { training { officers { officersTrained attendances } } }
        trainingSessions(filter: { kind: OFFICERS }) { nodes { officerCount } } }`,
      { year: 2025 },
      { as: 'township' },
    );
    expect(township.errors).toBeUndefined();
    expect(township.data!.officerTrainingHours).toEqual({ totalCount: 0, nodes: [] });
    expect(township.data!.officerAttendances.totalCount).toBe(0);
    expect(township.data!.workReport.training.officers).toEqual({ officersTrained: 0, attendances: 0 });
    expect(township.data!.trainingSessions.nodes.every((n: { officerCount: number }) => n.officerCount === 0)).toBe(
      true,
    );
    for (const query of [
      '{ officerTrainingHours(year: 2025) { totalCount } }',
      '{ officerAttendances { totalCount } }',
      '{ trainingSessions { nodes { officerCount } } }',
    ]) {
      expect(codes(await t.execute(query, {}, { as: 'police' }))).toContain('FORBIDDEN');
      expect(codes(await t.execute(query, {}, { as: null }))).toContain('UNAUTHENTICATED');
    }
  });

  it('records an officers’ sheet from the roll, all or nothing, refusing what does not fit in Chinese', async () => {
    const session = await t.execute(
      'mutation ($i: TrainingSessionInput!) { createTrainingSession(input: $i) { id kind } }',
      {
        i: {
          title: '执法办案证据规则专题培训',
          audience: 'ENFORCEMENT_OFFICERS',
          heldOn: '2025-12-10',
          trainer: '区局法规科',
          mode: 'ONSITE',
          place: '区局三楼会议室',
          hours: 4,
          topics: '电子证据的提取与固定',
        },
      },
    );
    expect(session.errors).toBeUndefined();
    expect(session.data!.createTrainingSession.kind).toBe('OFFICERS');
    const id = session.data!.createTrainingSession.id;
    const businessSession = (await t.execute('{ trainingSessions(first: 1, filter: { year: 2024 }) { nodes { id } } }'))
      .data!.trainingSessions.nodes[0].id;
    const before = await count();
    const refusals: [string, Record<string, unknown>[], string, string][] = [
      [
        id,
        [{ officerId: 'IN01' }, { officerId: 'NOBODY' }],
        'officerId',
        '第 2 行:执法人员 NOBODY 不在执法检查人员名录中',
      ],
      [
        id,
        [{ officerId: RETIRED.id }],
        'officerId',
        `第 1 行:执法人员 ${RETIRED.name}(${RETIRED.badgeNumber})已不在岗`,
      ],
      [id, [{ officerId: 'IN01', hours: 5 }], 'hours', '第 1 行:学时须大于 0 且不超过本次培训的 4 学时(收到 5)'],
      [id, [{ officerId: 'IN01', hours: 1.2 }], 'hours', '第 1 行:学时以半学时为最小单位(收到 1.2)'],
      [id, [{ officerId: 'IN01' }, { officerId: 'IN01' }], 'officerId', '第 2 行:执法人员 IN01 在签到表中重复'],
      [businessSession, [{ officerId: 'IN01' }], 'sessionId', '不能登记执法人员签到'],
    ];
    for (const [sessionId, rows, field, message] of refusals) {
      const res = await t.execute(SHEET, { id: sessionId, rows });
      expect(codes(res), message).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe(field);
      expect(res.errors![0]!.message).toContain(message);
    }
    expect(codes(await t.execute(SHEET, { id, rows: [{ officerId: 'IN01' }] }, { as: 'township' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await t.execute(SHEET, { id, rows: [{ officerId: 'IN01' }] }, { as: 'police' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await count()).toBe(before);

    // IN34 is on the roll's fourth page of ten.
    const ok = await t.execute(SHEET, { id, rows: [{ officerId: 'IN01' }, { officerId: 'IN34', hours: 2 }] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordOfficerAttendance).toEqual([
      expect.objectContaining({
        officerName: '何志强',
        unit: '食品生产安全监督管理科',
        hours: 4,
        session: { id, kind: 'OFFICERS' },
      }),
      expect.objectContaining({ officerName: OFFICER_REFS.find((o) => o.id === 'IN34')!.name, hours: 2 }),
    ]);
    const again = await t.execute(SHEET, { id, rows: [{ officerId: 'IN02' }, { officerId: 'IN01' }] });
    expect(again.errors![0]!.message).toBe('第 2 行:何志强 已签到,不能重复登记');
    expect(await count()).toBe(before + 2);

    // A practitioners' sheet cannot go under it, nor can the session change kind once signed.
    const practitioners = await t.execute(
      'mutation ($id: ID!, $rows: [AttendanceInput!]!) { recordAttendance(sessionId: $id, entries: $rows) { id } }',
      { id, rows: [{ entityId: 'E0049', personName: '张三', jobTitle: '店员' }] },
    );
    expect(practitioners.errors![0]!.message).toBe('该培训是执法人员培训,请在执法人员签到表中登记');
    const change = await t.execute(
      'mutation ($id: ID!, $i: TrainingSessionInput!) { updateTrainingSession(id: $id, input: $i) { id } }',
      {
        id,
        i: {
          title: '改为商户培训',
          audience: 'FOOD_SELLER',
          heldOn: '2025-12-10',
          trainer: '区局',
          mode: 'ONLINE',
          hours: 4,
        },
      },
    );
    expect(change.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'audience' });
    // Officers' sessions are the district's: a township officer cannot hold one.
    const townshipSession = await t.execute(
      'mutation ($i: TrainingSessionInput!) { createTrainingSession(input: $i) { id } }',
      {
        i: {
          title: '越权执法培训',
          audience: 'ENFORCEMENT_OFFICERS',
          heldOn: '2025-12-10',
          trainer: '测试',
          mode: 'ONLINE',
          hours: 2,
          townshipId: '511902001',
        },
      },
      { as: 'township' },
    );
    expect(codes(townshipSession)).toEqual(['FORBIDDEN']);
  });
});
