import { DEMO_TOWNSHIP_ID, DEMO_VILLAGE_ID } from '@shian/auth';
import { todayInChina } from '@shian/clock';
import { dialects, type KeyTypeScope, referenceScopeTests, testSubgraph } from '@shian/subgraph-kit/testing';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  Assignment,
  Entity,
  License,
  Notice,
  RiskAssessment,
  SupervisionStation,
  VillageReport,
  VillageReportSetting,
  Visit,
} from '../src/entities';
import { InboxMark, ReminderChannel, ReminderDelivery } from '../src/entities';
import subgraph from '../src/schema';

/**
 * Scope on every path into the register: each @key type's `_entities` for every demo user, and every mutation as the
 * township officer against another township's records. Both lists are walked from the schema, so a new @key type
 * or mutation fails here until it says what its scope is.
 */

const ROLES = ['admin', 'officer', 'township', 'police', 'education', 'agriculture'] as const;
type Role = (typeof ROLES)[number];
const PARTNERS: readonly Role[] = ['police', 'education', 'agriculture'];
const OTHER_TOWNSHIP = '511902002';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

interface Ids {
  entity: [string, string];
  license: [string, string];
  official: [string, string];
  notice: [string, string];
  assignment: [string, string];
}

/**
 * Per @key type: an id in the demo township and one outside it, and whether the township officer sees the outside
 * one (township names are every bureau user's). Partners see none; admin and officer see all.
 */
const KEY_TYPES: Record<string, KeyTypeScope<Ids>> = {
  Entity: { ids: (ids) => ids.entity },
  // A village liaison sees their own township's name (their businesses' and reports' `township`), no other.
  Township: { ids: () => [DEMO_TOWNSHIP_ID, OTHER_TOWNSHIP], townshipSeesOutside: true, villageSeesInside: true },
  License: { ids: (ids) => ids.license },
  Official: { ids: (ids) => ids.official },
  Notice: { ids: (ids) => ids.notice },
};
/** The kit's own: the work report's figures apply the caller's scope themselves (work-report.test.ts); the audit
 * trail is the leaders' (the kit's audit.test.ts refuses everyone else, through _entities too); the inbox's part
 * applies it too, and its marks are the caller's own (inbox.test.ts). */
const KIT_KEY_TYPES = ['WorkReport', 'AuditTrail', 'Inbox'];

type Write = (ids: Ids) => [string, Record<string, unknown>];
/**
 * Every mutation, as the township officer reaching outside the demo township (or into the district's own settings):
 * refused with `code`, and `table` keeps its row count.
 */
const WRITES: Record<string, { write: Write; code: string; table?: Function }[]> = {
  createEntity: [
    {
      write: () => [
        'mutation($i: EntityInput!) { createEntity(input: $i) { id } }',
        {
          i: {
            name: '越界登记',
            creditCode: '91511902MA6XXXXXXX',
            category: 'FOOD_SELLER',
            townshipId: OTHER_TOWNSHIP,
            address: '测试',
            legalRepresentative: '测试',
          },
        },
      ],
      code: 'FORBIDDEN',
      table: Entity,
    },
  ],
  updateEntity: [
    {
      write: (ids) => [
        'mutation($id: ID!) { updateEntity(id: $id, input: { name: "越界修改" }) { id } }',
        { id: ids.entity[1] },
      ],
      code: 'FORBIDDEN',
    },
    // Moving one's own business into another township would take it out of one's own scope and into theirs.
    {
      write: (ids) => [
        'mutation($id: ID!, $t: ID!) { updateEntity(id: $id, input: { townshipId: $t }) { id } }',
        { id: ids.entity[0], t: OTHER_TOWNSHIP },
      ],
      code: 'FORBIDDEN',
    },
  ],
  addLicense: [
    {
      write: (ids) => [
        'mutation($i: LicenseInput!) { addLicense(input: $i) { id } }',
        {
          i: {
            entityId: ids.entity[1],
            kind: 'BUSINESS',
            number: 'JY15119020099999',
            issuedOn: '2024-01-01',
            validUntil: '2029-01-01',
          },
        },
      ],
      code: 'FORBIDDEN',
      table: License,
    },
  ],
  assessRisk: [
    {
      write: (ids) => [
        'mutation($i: RiskAssessmentInput!) { assessRisk(input: $i) { id } }',
        { i: { entityId: ids.entity[1], year: 2024, staticScore: 10, dynamicScore: 10, assessedOn: '2024-05-01' } },
      ],
      code: 'FORBIDDEN',
      table: RiskAssessment,
    },
  ],
  assignOfficial: [
    {
      write: (ids) => [
        'mutation($i: AssignmentInput!) { assignOfficial(input: $i) { id } }',
        { i: { officialId: ids.official[0], entityId: ids.entity[1], startsOn: '2024-05-01' } },
      ],
      code: 'FORBIDDEN',
      table: Assignment,
    },
    // One's own business, another township's official: the linked official is checked too.
    {
      write: (ids) => [
        'mutation($i: AssignmentInput!) { assignOfficial(input: $i) { id } }',
        { i: { officialId: ids.official[1], entityId: ids.entity[0], startsOn: '2024-05-01' } },
      ],
      code: 'BAD_USER_INPUT',
      table: Assignment,
    },
  ],
  recordVisit: [
    {
      write: (ids) => [
        'mutation($i: VisitInput!) { recordVisit(input: $i) { id } }',
        { i: { assignmentId: ids.assignment[1], visitedOn: '2024-05-01', findings: '越界督导' } },
      ],
      code: 'FORBIDDEN',
      table: Visit,
    },
  ],
  sendNotice: [
    {
      write: () => [
        'mutation($i: NoticeInput!) { sendNotice(input: $i) { id } }',
        {
          i: {
            kind: 'PROMPT_LETTER',
            townshipId: DEMO_TOWNSHIP_ID,
            title: '测试',
            content: '测试',
            sentOn: '2024-05-01',
          },
        },
      ],
      code: 'FORBIDDEN',
      table: Notice,
    },
  ],
  // The township records replies to its own notices only (notice-reply.test.ts checks the row stays unreplied).
  recordNoticeReply: [
    {
      write: (ids) => [
        'mutation($id: ID!, $on: LocalDate!) { recordNoticeReply(id: $id, repliedOn: $on, reply: "越界反馈") { id } }',
        { id: ids.notice[1], on: todayInChina() },
      ],
      code: 'FORBIDDEN',
      table: Notice,
    },
  ],
  updateGradingRule: [
    { write: () => ['mutation { updateGradingRule(aMax: 30, bMax: 45, cMax: 60) { aMax } }', {}], code: 'FORBIDDEN' },
  ],
  // The district's stations and the triage clock are district settings; a report is filed by a liaison only.
  setStationChecklistItem: [
    {
      write: () => [
        'mutation { setStationChecklistItem(stationId: "ST01", version: 1, key: "FILES", done: false) { id } }',
        {},
      ],
      code: 'FORBIDDEN',
      table: SupervisionStation,
    },
  ],
  setVillageReportTriageDays: [
    {
      write: () => ['mutation { setVillageReportTriageDays(workingDays: 5) { triageWorkingDays } }', {}],
      code: 'FORBIDDEN',
      table: VillageReportSetting,
    },
  ],
  reportFromVillage: [
    {
      write: () => [
        'mutation($i: VillageReportInput!) { reportFromVillage(input: $i) { id } }',
        { i: { kind: 'CLUE', entityName: '冒名报告', description: '乡镇监管员不是协管员' } },
      ],
      code: 'FORBIDDEN',
      table: VillageReport,
    },
  ],
  // Another township's report (the seed's, in 511902002201) is not the township officer's to triage.
  dismissVillageReport: [
    {
      write: () => [
        'mutation { dismissVillageReport(id: "00000000-0000-4000-8000-000000000004", version: 1, reason: "越界") { id } }',
        {},
      ],
      code: 'FORBIDDEN',
      table: VillageReport,
    },
  ],
  turnVillageReportIntoHazard: [
    {
      write: () => [
        'mutation { turnVillageReportIntoHazard(id: "00000000-0000-4000-8000-000000000004", version: 1, hazardId: "x") { id } }',
        {},
      ],
      code: 'FORBIDDEN',
      table: VillageReport,
    },
  ],
  // Inbox marks are the caller's own (no township to reach outside: inbox.test.ts shows another user's are out of
  // reach); what a township officer can get wrong is the input, refused before anything is written.
  snoozeInboxItem: [
    {
      write: () => ['mutation { snoozeInboxItem(itemKey: "risk:DUTY:x", until: "2000-01-01") { itemKey } }', {}],
      code: 'BAD_USER_INPUT',
      table: InboxMark,
    },
  ],
  markInboxItemDone: [
    {
      write: () => ['mutation { markInboxItemDone(itemKey: "payroll:X:1", state: OVERDUE) { itemKey } }', {}],
      code: 'BAD_USER_INPUT',
      table: InboxMark,
    },
  ],
  clearInboxMark: [{ write: () => ['mutation { clearInboxMark(itemKey: "risk") }', {}], code: 'BAD_USER_INPUT' }],
  // Reminder channels are the leaders' setting, whatever the township; the delivery calls are the reminder
  // service's own (reminders.test.ts: every user refused, a leader too).
  createReminderChannel: [
    {
      write: () => [
        'mutation($t: String) { createReminderChannel(input: { name: "越权", kind: JSON, url: "http://127.0.0.1:9/", townshipId: $t }) { id } }',
        { t: DEMO_TOWNSHIP_ID },
      ],
      code: 'FORBIDDEN',
      table: ReminderChannel,
    },
  ],
  updateReminderChannel: [
    {
      write: () => ['mutation { updateReminderChannel(id: "x", version: 1, input: { active: true }) { id } }', {}],
      code: 'FORBIDDEN',
      table: ReminderChannel,
    },
  ],
  claimReminderDeliveries: [
    {
      write: () => ['mutation { claimReminderDeliveries(channelId: "x", kind: DIGEST, periodKeys: ["d"]) { id } }', {}],
      code: 'FORBIDDEN',
      table: ReminderDelivery,
    },
  ],
  baselineReminderAlerts: [
    {
      write: () => ['mutation { baselineReminderAlerts(channelId: "x", periodKeys: ["k"]) }', {}],
      code: 'FORBIDDEN',
      table: ReminderDelivery,
    },
  ],
  recordReminderAttempt: [
    {
      write: () => [
        'mutation { recordReminderAttempt(input: { deliveryId: "x", claimToken: "x", ok: true, retrying: false }) { id } }',
        {},
      ],
      code: 'FORBIDDEN',
      table: ReminderDelivery,
    },
  ],
  turnVillageReportIntoClue: [
    {
      write: () => [
        'mutation { turnVillageReportIntoClue(id: "00000000-0000-4000-8000-000000000004", version: 1, caseId: "x") { id } }',
        {},
      ],
      code: 'FORBIDDEN',
      table: VillageReport,
    },
  ],
};

describe.each(await dialects())('entities scope on every path on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  let ids: Ids;

  const count = (table: Function) => t.orm.em.fork().count(table as never);

  beforeAll(async () => {
    const pick = async (townshipId: string) => {
      const res = await t.execute(
        `query($t: ID!) {
          entities(first: 100, filter: { townshipId: $t }) { nodes { id village { id } licenses { id } assignments { id } } }
          officials(first: 1, filter: { townshipId: $t, level: TOWNSHIP }) { nodes { id } }
          notices(first: 1, filter: { townshipId: $t }) { nodes { id } }
        }`,
        { t: townshipId },
      );
      expect(res.errors).toBeUndefined();
      const d = res.data!;
      const entities = d.entities.nodes as {
        id: string;
        village: { id: string } | null;
        licenses: { id: string }[];
        assignments: { id: string }[];
      }[];
      return {
        // Not the demo liaison's village: the liaison sees neither id (villages.test.ts covers their own).
        entity: entities.find((e) => e.village?.id !== DEMO_VILLAGE_ID)!.id,
        license: entities.find((e) => e.licenses.length)!.licenses[0]!.id,
        assignment: entities.find((e) => e.assignments.length)!.assignments[0]!.id,
        official: d.officials.nodes[0].id as string,
        notice: d.notices.nodes[0].id as string,
      };
    };
    const [inside, outside] = await Promise.all([pick(DEMO_TOWNSHIP_ID), pick(OTHER_TOWNSHIP)]);
    ids = Object.fromEntries(
      Object.keys(inside).map((key) => [
        key,
        [inside[key as keyof typeof inside], outside[key as keyof typeof inside]],
      ]),
    ) as unknown as Ids;
  });

  it('says, for every @key type and every mutation, what its scope is', async () => {
    const sdl = (await t.execute('{ _service { sdl } }')).data!._service.sdl as string;
    const keyed = parse(sdl)
      .definitions.filter((d) => d.kind === 'ObjectTypeDefinition')
      .filter((d) => d.directives?.some((directive) => directive.name.value === 'key'))
      .map((d) => d.name.value);
    expect(new Set(keyed)).toEqual(new Set([...Object.keys(KEY_TYPES), ...KIT_KEY_TYPES]));
    const res = await t.execute('{ __schema { mutationType { fields { name } } } }');
    const mutations = res.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(new Set(mutations)).toEqual(new Set(Object.keys(WRITES)));
  });

  referenceScopeTests(t, KEY_TYPES, () => ids);

  describe.each(Object.keys(WRITES))('%s', (name) => {
    it('refuses the township officer outside their township, writing nothing', async () => {
      for (const { write, code, table } of WRITES[name]!) {
        const before = table ? await count(table) : undefined;
        const entityBefore = await t.execute('query($id: ID!) { entity(id: $id) { name township { id } } }', {
          id: ids.entity[1],
        });
        const [query, variables] = write(ids);
        const res = await t.execute(query, variables, { as: 'township' });
        expect(codes(res), JSON.stringify(variables)).toEqual([code]);
        expect(res.data?.[name] ?? null).toBeNull();
        if (table) expect(await count(table)).toBe(before);
        const entityAfter = await t.execute('query($id: ID!) { entity(id: $id) { name township { id } } }', {
          id: ids.entity[1],
        });
        expect(entityAfter.data).toEqual(entityBefore.data);
      }
      const own = await t.execute('query($id: ID!) { entity(id: $id) { township { id } } }', { id: ids.entity[0] });
      expect(own.data!.entity.township.id).toBe(DEMO_TOWNSHIP_ID);
    });
  });

  it('narrows the register to ids, within the caller’s scope, at most 100', async () => {
    const query = 'query($ids: [ID!]!) { entities(filter: { ids: $ids }, first: 100) { totalCount nodes { id } } }';
    const both = [ids.entity[0], ids.entity[1], 'E9999'];
    const all = await t.execute(query, { ids: both });
    expect(all.errors).toBeUndefined();
    expect(new Set(all.data!.entities.nodes.map((n: { id: string }) => n.id))).toEqual(new Set(ids.entity));
    const township = await t.execute(query, { ids: both }, { as: 'township' });
    expect(township.data!.entities.nodes).toEqual([{ id: ids.entity[0] }]);
    // A filter never widens the scope, whatever else it names.
    const widened = await t.execute(
      'query($ids: [ID!]!, $t: ID!) { entities(filter: { ids: $ids, townshipId: $t }) { totalCount } }',
      { ids: both, t: OTHER_TOWNSHIP },
      { as: 'township' },
    );
    expect(widened.data!.entities.totalCount).toBe(0);
    for (const partner of PARTNERS)
      expect(codes(await t.execute(query, { ids: both }, { as: partner }))).toEqual(['FORBIDDEN']);
    const tooMany = await t.execute(query, { ids: Array.from({ length: 101 }, (_, i) => `E${i}`) });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.extensions!.field).toBe('ids');
    expect(tooMany.errors![0]!.message).toMatch(/最多/);
    expect((await t.execute(query, { ids: [] })).data!.entities.totalCount).toBe(0);
  });

  it('answers the entity directory’s operation as the other subgraphs send it', async () => {
    const res = await t.execute(
      'query ShianEntityTownships($ids: [ID!]!, $first: Int!) { entities(filter: { ids: $ids }, first: $first) { nodes { id township { id } } } }',
      { ids: ids.entity, first: 2 },
      { as: 'township' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.entities.nodes).toEqual([{ id: ids.entity[0], township: { id: DEMO_TOWNSHIP_ID } }]);
  });

  it('keeps nested records in scope: a township officer’s officials reach only their township’s businesses', async () => {
    const res = await t.execute(
      `{ officials(first: 100) { nodes { id township { id } assignments {
          entity { township { id } } official { id }
          visits { entity { township { id } } official { id } assignment { id } } } } } }`,
      {},
      { as: 'township' },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.officials.nodes as {
      township: { id: string } | null;
      assignments: { entity: { township: { id: string } }; visits: { entity: { township: { id: string } } }[] }[];
    }[];
    expect(nodes.length).toBeGreaterThan(0);
    const townships = new Set(
      nodes
        .flatMap((o) => o.assignments.flatMap((a) => [a.entity, ...a.visits.map((v) => v.entity)]))
        .map((e) => e.township.id),
    );
    expect(townships).toEqual(new Set([DEMO_TOWNSHIP_ID]));
    for (const official of nodes) expect([null, DEMO_TOWNSHIP_ID]).toContain(official.township?.id ?? null);
  });
});
