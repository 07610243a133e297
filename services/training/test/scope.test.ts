import { type CrossWrite, crossWriteTests, dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { officerRoll } from './gateway';

/**
 * Scope on every path: references as every demo user, the fields training adds to Entity, linked records, and a
 * township officer's write against another township for every mutation of the schema (refused, nothing written).
 */

const USERS = ['admin', 'officer', 'township', 'police', 'education', 'agriculture'] as const;
const BUREAU = new Set(['admin', 'officer', 'township']);
const OWN_TOWNSHIP = '511902001';
/** Businesses of the register (seeds/entity-refs.json): one in the township officer's township, one elsewhere. */
const OWN_ENTITY = 'E0049';
const FOREIGN_ENTITY = 'E0050';

interface Ids {
  sessions: { id: string; townshipId: string | null }[];
  foreignSession: string;
  foreignAttendance: string;
  ownAssessment: string;
  foreignAssessment: string;
  officerSession: string;
  officerAttendance: string;
}

type Db = {
  orm: { em: { fork(): { getConnection(): { execute(sql: string, params?: unknown[]): Promise<unknown> } } } };
};

/** Every table's row count and what the updates change: a refused write must leave all of it as it was. */
async function fingerprint(t: Db) {
  const sql = ['training_session', 'attendance', 'officer_attendance', 'training_assessment', 'workshop_upgrade']
    .map((table) => `select '${table}' as t, count(*) as n from ${table}`)
    .concat(["select 'titles' as t, sum(length(title)) + sum(hours) as n from training_session"])
    .join(' union all ');
  const rows = (await t.orm.em.fork().getConnection().execute(sql)) as { t: string; n: number | string }[];
  return Object.fromEntries(rows.map((row) => [row.t, Number(row.n)]));
}

const SESSION_INPUT = {
  title: '越权培训',
  audience: 'FOOD_SELLER',
  heldOn: '2024-06-01',
  trainer: '测试',
  mode: 'ONLINE',
  hours: 2,
  topics: '',
  townshipId: '511902002',
};

const CROSS_WRITES: Record<string, CrossWrite<Ids>> = {
  createTrainingSession: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation($i: TrainingSessionInput!) { createTrainingSession(input: $i) { id } }',
      { i: SESSION_INPUT },
    ],
  },
  updateTrainingSession: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($id: ID!, $i: TrainingSessionInput!) { updateTrainingSession(id: $id, input: $i) { id } }',
      { id: ids.foreignSession, i: { ...SESSION_INPUT, townshipId: OWN_TOWNSHIP } },
    ],
  },
  recordAttendance: {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    message: `主体 ${FOREIGN_ENTITY} 不存在或不在您的辖区内`,
    write: (ids) => [
      'mutation($id: ID!, $rows: [AttendanceInput!]!) { recordAttendance(sessionId: $id, entries: $rows) { id } }',
      {
        id: ids.foreignSession,
        rows: [
          { entityId: OWN_ENTITY, personName: '越权甲', jobTitle: '店员' },
          { entityId: FOREIGN_ENTITY, personName: '越权乙', jobTitle: '店员' },
        ],
      },
    ],
  },
  recordOfficerAttendance: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($id: ID!, $rows: [OfficerAttendanceInput!]!) { recordOfficerAttendance(sessionId: $id, entries: $rows) { id } }',
      { id: ids.officerSession, rows: [{ officerId: 'IN01' }] },
    ],
  },
  removeOfficerAttendance: {
    code: 'FORBIDDEN',
    write: (ids) => ['mutation($id: ID!) { removeOfficerAttendance(id: $id) }', { id: ids.officerAttendance }],
  },
  removeAttendance: {
    code: 'FORBIDDEN',
    write: (ids) => ['mutation($id: ID!) { removeAttendance(id: $id) }', { id: ids.foreignAttendance }],
  },
  recordTrainingAssessment: {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    message: '不存在或不在您的辖区内',
    write: () => [
      'mutation($i: TrainingAssessmentInput!) { recordTrainingAssessment(input: $i) { id } }',
      { i: { entityId: FOREIGN_ENTITY, assessedOn: '2024-12-10', assessed: 3, passed: 3, examiner: '测试' } },
    ],
  },
  'recordTrainingAssessment as a re-sit of another township’s batch': {
    code: 'BAD_USER_INPUT',
    field: 'resitOfId',
    message: '补考对应的考核批次不存在',
    write: (ids) => [
      'mutation($i: TrainingAssessmentInput!) { recordTrainingAssessment(input: $i) { id } }',
      {
        i: {
          entityId: OWN_ENTITY,
          assessedOn: '2024-12-30',
          assessed: 1,
          passed: 1,
          examiner: '测试',
          resitOfId: ids.foreignAssessment,
        },
      },
    ],
  },
  recordWorkshopUpgrade: {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    message: '不存在或不在您的辖区内',
    write: () => [
      'mutation($i: WorkshopUpgradeInput!) { recordWorkshopUpgrade(input: $i) { id } }',
      {
        i: {
          entityId: FOREIGN_ENTITY,
          fromLevel: 'BASIC',
          toLevel: 'MODEL',
          acceptedOn: '2024-12-30',
          acceptedBy: '测试',
          improvements: '',
        },
      },
    ],
  },
};

describe.each(await dialects())('training scope on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: officerRoll() });
  let ids: Ids;

  beforeAll(async () => {
    const res = await t.execute(`{
      trainingSessions(first: 100) { nodes { id township { id } } }
      attendances(first: 1, filter: { townshipId: "511902002" }) { nodes { id } }
      own: trainingAssessments(first: 1, filter: { townshipId: "${OWN_TOWNSHIP}", resit: false }) { nodes { id } }
      foreign: trainingAssessments(first: 1, filter: { townshipId: "511902002", resit: false }) { nodes { id } }
      officers: officerAttendances(first: 1) { nodes { id session { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    const sessions = d.trainingSessions.nodes.map((n: { id: string; township: { id: string } | null }) => ({
      id: n.id,
      townshipId: n.township?.id ?? null,
    }));
    ids = {
      sessions,
      foreignSession: (
        sessions.find((s: { townshipId: string | null }) => s.townshipId && s.townshipId !== OWN_TOWNSHIP) ??
        sessions[0]
      ).id,
      foreignAttendance: d.attendances.nodes[0].id,
      ownAssessment: d.own.nodes[0].id,
      foreignAssessment: d.foreign.nodes[0].id,
      officerSession: d.officers.nodes[0].session.id,
      officerAttendance: d.officers.nodes[0].id,
    };
  });

  it.each(USERS)('resolves TrainingSession references as %s as the trainingSessions query would', async (user) => {
    // Sessions are the district's: every bureau role reads every one (another township's too), partners none.
    const sample = [ids.sessions[0]!, ids.sessions.find((s) => s.id === ids.foreignSession)!];
    const res = await t.execute(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on TrainingSession { id title } } }',
      { r: sample.map((s) => ({ __typename: 'TrainingSession', id: s.id })) },
      { as: user },
    );
    sample.forEach((session, i) => {
      if (BUREAU.has(user)) expect(res.data?._entities[i].id).toBe(session.id);
      else {
        expect(res.data?._entities[i]).toBeNull();
        expect(res.errors?.find((e) => e.path?.[1] === i)?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  it.each(USERS)('answers the Entity stub’s fields as %s within that user’s scope', async (user) => {
    const holder = (
      await t.execute('{ attendances(first: 1, filter: { townshipId: "511902002" }) { nodes { entity { id } } } }')
    ).data?.attendances.nodes[0].entity.id;
    const res = await t.execute(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { id trainings { id } trainingAttendances { townshipId } trainingAssessments { townshipId } workshopUpgrades { townshipId } } } }',
      { r: [{ __typename: 'Entity', id: holder }] },
      { as: user },
    );
    if (!BUREAU.has(user)) {
      // The fields this subgraph adds are nullable boundaries: each is refused, and nothing of them is answered.
      expect(res.data?._entities?.[0]).toEqual({
        id: holder,
        trainings: null,
        trainingAttendances: null,
        trainingAssessments: null,
        workshopUpgrades: null,
      });
      expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
      return;
    }
    expect(res.errors).toBeUndefined();
    const [entity] = res.data!._entities;
    if (user === 'township')
      expect(entity).toEqual({
        id: holder,
        trainings: [],
        trainingAttendances: [],
        trainingAssessments: [],
        workshopUpgrades: [],
      });
    else expect(entity.trainingAttendances.length).toBeGreaterThan(0);
  });

  it('keeps a re-sit’s first sitting to those who may read it', async () => {
    const connection = t.orm.em.fork().getConnection();
    // Data written before linked ids were checked may link across townships; the link must not widen scope.
    await connection.execute('update training_assessment set resit_of_id = ? where id = ?', [
      ids.foreignAssessment,
      ids.ownAssessment,
    ]);
    try {
      const query = `{ trainingAssessments(first: 100, filter: { townshipId: "${OWN_TOWNSHIP}" }) { nodes { id resitOf { id } } } }`;
      const officer = await t.execute(query);
      const mine = (res: typeof officer) =>
        res.data?.trainingAssessments.nodes.find((n: { id: string }) => n.id === ids.ownAssessment);
      expect(mine(officer).resitOf.id).toBe(ids.foreignAssessment);
      const township = await t.execute(query, {}, { as: 'township' });
      expect(mine(township).resitOf).toBeNull();
      expect(township.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await connection.execute('update training_assessment set resit_of_id = null where id = ?', [ids.ownAssessment]);
    }
  });

  crossWriteTests(t, CROSS_WRITES, { ids: () => ids, fingerprint: () => fingerprint(t) });

  it('takes each row’s township from its business, refusing one sent that disagrees (in Chinese)', async () => {
    const before = await fingerprint(t);
    const sheet =
      'mutation($id: ID!, $rows: [AttendanceInput!]!) { recordAttendance(sessionId: $id, entries: $rows) { id townshipId } }';
    const wrong = await t.execute(sheet, {
      id: ids.foreignSession,
      rows: [{ entityId: OWN_ENTITY, townshipId: '511902002', personName: '属地甲', jobTitle: '店员' }],
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
    expect(wrong.errors?.[0]?.message).toBe('所填乡镇(街道)511902002 与主体 E0049 登记的乡镇(街道)511902001 不一致');
    const noSession = await t.execute(sheet, {
      id: 'no-such-session',
      rows: [{ entityId: OWN_ENTITY, personName: '属地甲', jobTitle: '店员' }],
    });
    expect(noSession.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const upgrade = await t.execute('mutation($i: WorkshopUpgradeInput!) { recordWorkshopUpgrade(input: $i) { id } }', {
      i: {
        entityId: OWN_ENTITY,
        townshipId: '511902002',
        fromLevel: 'BASIC',
        toLevel: 'MODEL',
        acceptedOn: '2024-12-30',
        acceptedBy: '测试',
      },
    });
    expect(upgrade.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
    expect(await fingerprint(t)).toEqual(before);
    const ok = await t.execute(
      sheet,
      { id: ids.foreignSession, rows: [{ entityId: OWN_ENTITY, personName: '属地甲', jobTitle: '店员' }] },
      { as: 'township' },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.recordAttendance[0].townshipId).toBe(OWN_TOWNSHIP);
  });
});
