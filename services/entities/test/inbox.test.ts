import { randomUUID } from 'node:crypto';
import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { addDays, addMonths, todayInChina } from '@shian/clock';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { Assignment, Entity, Official, OfficialLevel, Village, VillageReport } from '../src/entities';
import subgraph from '../src/schema';

const ITEMS = 'key domain kind title recordId townshipId dueDate dueAt state link';
const INBOX = `query ($days: Int) { inbox(withinWorkingDays: $days) { withinWorkingDays entities { ${ITEMS} } } }`;
const MARKS = '{ inbox { marks { itemKey snoozedUntil doneAt state } } }';
const SNOOZE = `mutation ($key: ID!, $until: LocalDate!) {
  snoozeInboxItem(itemKey: $key, until: $until) { itemKey snoozedUntil doneAt state } }`;
const DONE = `mutation ($key: ID!, $state: InboxItemState!) {
  markInboxItemDone(itemKey: $key, state: $state) { itemKey snoozedUntil doneAt state } }`;
const CLEAR = 'mutation ($key: ID!) { clearInboxMark(itemKey: $key) }';
const ELSEWHERE = '511902002';

type Item = { key: string; kind: string; recordId: string; townshipId: string; dueDate: string; state: string };
const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

describe.each(await dialects())('Inbox.entities and inbox marks on %s', (dialect) => {
  const t = testSubgraph(subgraph, {
    dialect,
    seed: true,
    gateway: { CalendarOverrides: () => ({ calendarOverrides: [] }) },
  });
  const today = todayInChina();
  const ids = { report: randomUUID(), overdueVisit: randomUUID(), soonVisit: randomUUID(), farVisit: randomUUID() };

  /**
   * Records written straight to the database: a report waiting for triage elsewhere, due today; 包保 of a village
   * official (monthly visits) elsewhere, last visited two months ago (overdue); one in the demo township visited a
   * month ago less a day (due tomorrow); one visited today (a month away, not in the inbox).
   */
  async function addRecords() {
    const em = t.orm.em.fork();
    if (await em.findOne(VillageReport, { id: ids.report })) return;
    const village = await em.findOneOrFail(Village, { township: ELSEWHERE }, { orderBy: { id: 'asc' } });
    const [elsewhere] = await em.find(Entity, { township: ELSEWHERE }, { orderBy: { id: 'asc' }, limit: 1 });
    const [home] = await em.find(Entity, { township: DEMO_TOWNSHIP_ID }, { orderBy: { id: 'asc' }, limit: 1 });
    const official = (township: string) =>
      em.create(Official, {
        id: randomUUID(),
        name: `测试干部${township.slice(-3)}`,
        title: '村(社区)食品安全协管员',
        level: OfficialLevel.VILLAGE,
        township: em.getReference('Township', township),
      } as never);
    em.create(VillageReport, {
      id: ids.report,
      village,
      townshipId: ELSEWHERE,
      entityName: '外乡镇小卖部',
      kind: 'HAZARD',
      description: '货架上有过期食品',
      reporterName: '测试',
      reporterUsername: 'village-test',
      receivedAt: new Date(),
      receivedOn: today,
      dueOn: today,
    } as never);
    const assignment = (id: string, entity: Entity, township: string, lastVisitOn: string) =>
      em.create(Assignment, {
        id,
        official: official(township),
        entity,
        startsOn: addMonths(today, -6),
        endsOn: null,
        lastVisitOn,
      } as never);
    assignment(ids.overdueVisit, elsewhere!, ELSEWHERE, addMonths(today, -2));
    assignment(ids.soonVisit, home!, DEMO_TOWNSHIP_ID, addDays(addMonths(today, -1), 1));
    assignment(ids.farVisit, home!, DEMO_TOWNSHIP_ID, today);
    await em.flush();
  }

  async function inbox(as: string, days?: number): Promise<Item[]> {
    const res = await t.execute(INBOX, { days }, { as });
    expect(res.errors, as).toBeUndefined();
    return res.data?.inbox.entities;
  }

  it('lists reports waiting for triage and 包保 visits due, each as the records’ own flags say', async () => {
    await addRecords();
    const items = await inbox('officer', 5);
    const byId = (id: string) => items.find((i) => i.recordId === id);
    expect(byId(ids.report)).toMatchObject({
      key: `entities:VILLAGE_REPORT_TRIAGE:${ids.report}`,
      state: 'DUE_SOON',
      dueDate: today,
      townshipId: ELSEWHERE,
    });
    expect(byId(ids.overdueVisit)).toMatchObject({ kind: 'ASSIGNMENT_VISIT', state: 'OVERDUE', townshipId: ELSEWHERE });
    expect(byId(ids.overdueVisit)!.dueDate < today).toBe(true);
    expect(byId(ids.farVisit)).toBeUndefined();
    // Due tomorrow unless that is beyond five working days, which it never is.
    expect(byId(ids.soonVisit)).toMatchObject({ state: 'DUE_SOON', dueDate: addDays(today, 1) });

    // Every pending demo report past its deadline is here as OVERDUE: the list's own overdue filter agrees.
    const list = await t.execute(
      '{ villageReports(first: 100, filter: { overdue: true }) { totalCount nodes { id } } }',
    );
    expect(list.errors).toBeUndefined();
    const overdue = items.filter((i) => i.kind === 'VILLAGE_REPORT_TRIAGE' && i.state === 'OVERDUE');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.map((i) => i.recordId).sort()).toEqual(list.data!.villageReports.nodes.map((n: any) => n.id).sort());
    // An overdue assignment is one its own field calls overdue.
    const entity = await t.execute(
      `{ entity(id: "${(await t.orm.em.fork().findOneOrFail(Assignment, { id: ids.overdueVisit })).entity.id}") {
        assignments { id visitOverdue nextVisitDue } } }`,
    );
    const field = entity.data?.entity?.assignments?.find((a: any) => a.id === ids.overdueVisit);
    expect(field).toMatchObject({ visitOverdue: true, nextVisitDue: byId(ids.overdueVisit)!.dueDate });
    const order = items.map((i) => `${i.dueDate}|${i.key}`);
    expect(order).toEqual([...order].sort());
  });

  it('gives a township officer only their township’s items', async () => {
    await addRecords();
    const mine = await inbox('township', 5);
    expect(mine.some((i) => i.recordId === ids.soonVisit)).toBe(true);
    expect(mine.some((i) => i.recordId === ids.report || i.recordId === ids.overdueVisit)).toBe(false);
    expect(mine.every((i) => i.townshipId === DEMO_TOWNSHIP_ID)).toBe(true);
  });

  it('refuses partners and village liaisons (Chinese FORBIDDEN), and a look-ahead out of range', async () => {
    for (const as of ['police', 'village']) {
      const res = await t.execute(INBOX, {}, { as });
      expect(codes(res), as).toEqual(['FORBIDDEN']);
      expect(res.errors?.[0]?.message).toMatch(/无权查看本局待办事项/);
      expect(codes(await t.execute(SNOOZE, { key: 'risk:DUTY:x', until: addDays(today, 2) }, { as })), as).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await t.execute(CLEAR, { key: 'risk:DUTY:x' }, { as })), as).toEqual(['FORBIDDEN']);
    }
    expect(codes(await t.execute(INBOX, { days: 21 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps marks per user: snooze, done in a state, clear; another user neither sees nor clears mine', async () => {
    const key = `entities:VILLAGE_REPORT_TRIAGE:${ids.report}`;
    const other = 'sampling:SAMPLE_NOTIFICATION:S-1';
    const until = addDays(today, 7);
    const snoozed = await t.execute(SNOOZE, { key, until }, { as: 'officer' });
    expect(snoozed.errors).toBeUndefined();
    expect(snoozed.data?.snoozeInboxItem).toEqual({ itemKey: key, snoozedUntil: until, doneAt: null, state: null });
    const done = await t.execute(DONE, { key: other, state: 'DUE_SOON' }, { as: 'officer' });
    expect(done.data?.markInboxItemDone).toMatchObject({ itemKey: other, snoozedUntil: null, state: 'DUE_SOON' });

    const mine = await t.execute(MARKS, {}, { as: 'officer' });
    expect(mine.data?.inbox.marks.map((m: any) => m.itemKey)).toEqual([key, other].sort());
    // The leader has none of them, cannot clear them, and marking the same item is theirs alone.
    expect((await t.execute(MARKS, {}, { as: 'admin' })).data?.inbox.marks).toEqual([]);
    expect((await t.execute(CLEAR, { key }, { as: 'admin' })).data?.clearInboxMark).toBe(false);
    await t.execute(DONE, { key, state: 'OVERDUE' }, { as: 'admin' });
    expect((await t.execute(MARKS, {}, { as: 'admin' })).data?.inbox.marks).toMatchObject([
      { itemKey: key, state: 'OVERDUE', snoozedUntil: null },
    ]);
    const still = await t.execute(MARKS, {}, { as: 'officer' });
    expect(still.data?.inbox.marks.find((m: any) => m.itemKey === key)).toMatchObject({ snoozedUntil: until });

    // The latest act replaces the earlier one; clearing removes it, once.
    const redone = await t.execute(DONE, { key, state: 'DUE_SOON' }, { as: 'officer' });
    expect(redone.data?.markInboxItemDone).toMatchObject({ snoozedUntil: null, state: 'DUE_SOON' });
    expect(redone.data?.markInboxItemDone.doneAt).toBeTruthy();
    expect((await t.execute(CLEAR, { key }, { as: 'officer' })).data?.clearInboxMark).toBe(true);
    expect((await t.execute(CLEAR, { key }, { as: 'officer' })).data?.clearInboxMark).toBe(false);
    const after = await t.execute(MARKS, {}, { as: 'officer' });
    expect(after.data?.inbox.marks.map((m: any) => m.itemKey)).toEqual([other]);
    expect((await t.execute(MARKS, {}, { as: 'admin' })).data?.inbox.marks).toHaveLength(1);
  });

  it('refuses bad dates and keys in Chinese, writing nothing', async () => {
    const key = 'risk:DUTY:d-1';
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ key, until: today }, /应晚于今天/],
      [{ key, until: addDays(today, -1) }, /应晚于今天/],
      [{ key, until: addDays(today, 31) }, /最多为 30 天后/],
      [{ key: 'DUTY:d-1', until: addDays(today, 2) }, /格式不正确/],
      [{ key: 'payroll:DUTY:d-1', until: addDays(today, 2) }, /格式不正确/],
      [{ key: '  ', until: addDays(today, 2) }, /请指定待办事项/],
    ];
    for (const [variables, message] of cases) {
      const res = await t.execute(SNOOZE, variables, { as: 'township' });
      expect(codes(res), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    // Not a date at all: the scalar refuses it before the resolver.
    expect(codes(await t.execute(SNOOZE, { key, until: '2026-02-30' }, { as: 'township' }))).not.toEqual([]);
    expect(codes(await t.execute(DONE, { key, state: 'LATE' }, { as: 'township' }))).not.toEqual([]);
    expect((await t.execute(MARKS, {}, { as: 'township' })).data?.inbox.marks).toEqual([]);
    // The furthest day allowed is accepted.
    const last = await t.execute(SNOOZE, { key, until: addDays(today, 30) }, { as: 'township' });
    expect(last.errors).toBeUndefined();
  });

  it('audits each mark write with its author', async () => {
    const key = 'enforcement:CASE_FILING:c-9';
    await t.execute(SNOOZE, { key, until: addDays(today, 3) }, { as: 'officer' });
    await t.execute(CLEAR, { key }, { as: 'officer' });
    const rows = (await t.orm.em
      .fork()
      .getConnection()
      .execute(
        `select kind, record_type as "recordType", actor_username as "actor" from shian_audit where record_type = 'InboxMark' order by at`,
        [],
        'all',
      )) as { kind: string; recordType: string; actor: string }[];
    expect(rows.some((r) => r.kind === 'CREATE' && r.actor === 'officer')).toBe(true);
    expect(rows.some((r) => r.kind === 'DELETE' && r.actor === 'officer')).toBe(true);
  });
});
