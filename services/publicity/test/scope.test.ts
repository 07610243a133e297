import { type CrossWrite, crossWriteTests, dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

/**
 * Scope on every path: references as every demo user, and a township officer's write against another township for
 * every mutation of the schema (refused, nothing written).
 */

const USERS = ['admin', 'officer', 'township', 'police', 'education', 'agriculture'] as const;
const BUREAU = new Set(['admin', 'officer', 'township']);
const OWN_TOWNSHIP = '511902001';
/** Businesses of the register (seeds/entity-refs.json): one in the township officer's township, one elsewhere. */
const OWN_ENTITY = 'E0049';
const FOREIGN_ENTITY = 'E0050';

interface Ids {
  article: string;
  outreach: string;
  week: string;
  /** Opinion events: of the officer's township, of another, and of no one business (the district's). */
  ownEvent: string;
  foreignEvent: string;
  districtEvent: string;
}

type Db = {
  orm: { em: { fork(): { getConnection(): { execute(sql: string, params?: unknown[]): Promise<unknown> } } } };
};

/** Every table's row count and what the updates change: a refused write must leave all of it as it was. */
async function fingerprint(t: Db) {
  const sql = ['article', 'opinion_event', 'opinion_event_step', 'outreach_event', 'publicity_week']
    .map((table) => `select '${table}' as t, count(*) as n from ${table}`)
    .concat([
      "select 'versions' as t, sum(version) as n from opinion_event",
      "select 'links' as t, count(entity_id) + count(case_id) as n from opinion_event",
      "select 'titles' as t, sum(length(title)) + sum(reach) as n from article",
    ])
    .join(' union all ');
  const rows = (await t.orm.em.fork().getConnection().execute(sql)) as { t: string; n: number | string }[];
  return Object.fromEntries(rows.map((row) => [row.t, Number(row.n)]));
}

const ARTICLE = {
  title: '越权',
  kind: 'SCIENCE',
  channel: 'BAZHOU_NEWS',
  publishedAt: '2024-06-01T02:00:00Z',
  reach: 1,
  author: '测试',
  summary: '',
};
const REPORT = 'mutation($i: OpinionEventInput!) { reportOpinionEvent(input: $i) { id townshipId } }';
const OPINION = {
  title: '越权',
  content: '越权',
  platform: '抖音',
  detectedAt: '2024-12-01T02:00:00Z',
  severity: 'GENERAL',
};

const CROSS_WRITES: Record<string, CrossWrite<Ids>> = {
  createArticle: {
    code: 'FORBIDDEN',
    write: () => ['mutation($i: ArticleInput!) { createArticle(input: $i) { id } }', { i: ARTICLE }],
  },
  updateArticle: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($id: ID!, $i: ArticleInput!) { updateArticle(id: $id, input: $i) { id } }',
      { id: ids.article, i: ARTICLE },
    ],
  },
  reportOpinionEvent: {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    message: `主体 ${FOREIGN_ENTITY} 不存在或不在您的辖区内`,
    write: () => [REPORT, { i: { ...OPINION, entityId: FOREIGN_ENTITY } }],
  },
  moveOpinionEvent: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($id: ID!, $i: OpinionMoveInput!) { moveOpinionEvent(id: $id, input: $i) { id } }',
      { id: ids.foreignEvent, i: { to: 'CLOSED', note: '越权' } },
    ],
  },
  linkOpinionEvent: {
    code: 'FORBIDDEN',
    write: (ids) => [
      'mutation($id: ID!, $e: ID) { linkOpinionEvent(id: $id, entityId: $e) { id } }',
      { id: ids.foreignEvent, e: OWN_ENTITY },
    ],
  },
  'linkOpinionEvent of its own event to another township’s business': {
    code: 'BAD_USER_INPUT',
    field: 'entityId',
    message: '不存在或不在您的辖区内',
    write: (ids) => [
      'mutation($id: ID!, $e: ID) { linkOpinionEvent(id: $id, entityId: $e) { id } }',
      { id: ids.ownEvent, e: FOREIGN_ENTITY },
    ],
  },
  'reportOpinionEvent linked to another township’s case': {
    code: 'BAD_USER_INPUT',
    field: 'caseId',
    message: '关联的案件 CASE-OTHER 不存在或不在您的权限范围内',
    write: () => [REPORT, { i: { ...OPINION, entityId: OWN_ENTITY, caseId: 'CASE-OTHER' } }],
  },
  'moveOpinionEvent of its own event to another township’s case': {
    code: 'BAD_USER_INPUT',
    field: 'caseId',
    message: '关联的案件 CASE-OTHER 不存在或不在您的权限范围内',
    write: (ids) => [
      'mutation($id: ID!, $i: OpinionMoveInput!) { moveOpinionEvent(id: $id, input: $i) { id } }',
      { id: ids.ownEvent, i: { to: 'VERIFYING', note: '核实', caseId: 'CASE-OTHER' } },
    ],
  },
  'linkOpinionEvent of its own event to an unknown case': {
    code: 'BAD_USER_INPUT',
    field: 'caseId',
    message: '关联的案件 no-such-case 不存在或不在您的权限范围内',
    write: (ids) => [
      'mutation($id: ID!, $c: ID) { linkOpinionEvent(id: $id, caseId: $c) { id } }',
      { id: ids.ownEvent, c: 'no-such-case' },
    ],
  },
  createOutreachEvent: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation($i: OutreachEventInput!) { createOutreachEvent(input: $i) { id } }',
      {
        i: {
          title: '越权',
          theme: '越权',
          kind: 'CLASSROOM',
          heldOn: '2024-06-01',
          place: '越权',
          townshipId: '511902002',
          organizer: '越权',
          materials: 1,
          peopleReached: 1,
        },
      },
    ],
  },
  createPublicityWeek: {
    code: 'FORBIDDEN',
    write: () => [
      'mutation($i: PublicityWeekInput!) { createPublicityWeek(input: $i) { id } }',
      { i: { name: '越权', theme: '越权', startsOn: '2024-06-01', endsOn: '2024-06-07', organizer: '越权' } },
    ],
  },
};

describe.each(await dialects())('publicity scope on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  let ids: Ids;

  beforeAll(async () => {
    const res = await t.execute(`{
      articles(first: 1) { nodes { id } }
      outreachEvents(first: 1) { nodes { id } }
      publicityWeeks { id }
      opinionEvents(first: 100) { nodes { id townshipId } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    const events = d.opinionEvents.nodes as { id: string; townshipId: string | null }[];
    const own = await t.execute(REPORT, { i: { ...OPINION, title: '本辖区舆情', entityId: OWN_ENTITY } });
    expect(own.errors).toBeUndefined();
    const district = await t.execute(REPORT, { i: { ...OPINION, title: '全区舆情' } });
    expect(district.errors).toBeUndefined();
    ids = {
      article: d.articles.nodes[0].id,
      outreach: d.outreachEvents.nodes[0].id,
      week: d.publicityWeeks[0].id,
      ownEvent: own.data!.reportOpinionEvent.id,
      foreignEvent: events.find((e) => e.townshipId && e.townshipId !== OWN_TOWNSHIP)!.id,
      districtEvent: district.data!.reportOpinionEvent.id,
    };
  });

  it.each(USERS)('resolves every @key type’s references as %s as its root query would', async (user) => {
    const representations: [string, string, boolean][] = [
      ['Article', ids.article, BUREAU.has(user)],
      ['OutreachEvent', ids.outreach, BUREAU.has(user)],
      ['PublicityWeek', ids.week, BUREAU.has(user)],
      ['OpinionEvent', ids.ownEvent, BUREAU.has(user)],
      ['OpinionEvent', ids.districtEvent, BUREAU.has(user)],
      ['OpinionEvent', ids.foreignEvent, user === 'admin' || user === 'officer'],
    ];
    const res = await t.execute(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Article { id } ... on OutreachEvent { id } ... on PublicityWeek { id } ... on OpinionEvent { id } } }',
      { r: representations.map(([__typename, id]) => ({ __typename, id })) },
      { as: user },
    );
    representations.forEach(([type, id, visible], i) => {
      if (visible) expect(res.data?._entities[i]?.id, `${user} ${type}`).toBe(id);
      else {
        expect(res.data?._entities[i], `${user} ${type}`).toBeNull();
        expect(res.errors?.find((e) => e.path?.[1] === i)?.extensions?.code, `${user} ${type}`).toBe('FORBIDDEN');
      }
    });
  });

  crossWriteTests(t, CROSS_WRITES, { ids: () => ids, fingerprint: () => fingerprint(t) });

  it('takes an event’s township from its business, refusing one sent that disagrees (in Chinese)', async () => {
    const before = await fingerprint(t);
    const message = '所填乡镇(街道)511902002 与主体 E0049 登记的乡镇(街道)511902001 不一致';
    const wrong = await t.execute(REPORT, { i: { ...OPINION, entityId: OWN_ENTITY, townshipId: '511902002' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
    expect(wrong.errors?.[0]?.message).toBe(message);
    const link = await t.execute(
      'mutation($id: ID!, $e: ID, $tw: ID) { linkOpinionEvent(id: $id, entityId: $e, townshipId: $tw) { id } }',
      { id: ids.districtEvent, e: OWN_ENTITY, tw: '511902002' },
    );
    expect(link.errors?.[0]?.message).toBe(message);
    const week = await t.execute('mutation($i: OutreachEventInput!) { createOutreachEvent(input: $i) { id } }', {
      i: {
        title: '属地',
        theme: '属地',
        kind: 'CLASSROOM',
        heldOn: '2024-06-01',
        place: '属地',
        organizer: '属地',
        materials: 1,
        peopleReached: 1,
        weekId: 'no-such-week',
      },
    });
    expect(week.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await fingerprint(t)).toEqual(before);
    const silent = await t.execute(REPORT, { i: { ...OPINION, entityId: OWN_ENTITY } }, { as: 'township' });
    expect(silent.errors).toBeUndefined();
    expect(silent.data?.reportOpinionEvent.townshipId).toBe(OWN_TOWNSHIP);
  });
});
