import { randomUUID } from 'node:crypto';
import { addDays, HolidayCalendar, todayInChina } from '@shian/clock';
import { inboxWindow } from '@shian/subgraph-kit';
import { dialects, INBOX_ITEM_FIELDS, type InboxItemAnswer, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { DEMO_TOWNSHIP } from '../seeds/demo-data';
import {
  Duty,
  DutyOwnerKind,
  Hazard,
  HazardInvestigation,
  Incident,
  IncidentKind,
  IncidentLevel,
} from '../src/entities';
import subgraph from '../src/schema';

const INBOX = `query ($days: Int) { inbox(withinWorkingDays: $days) { withinWorkingDays risk { ${INBOX_ITEM_FIELDS} } } }`;
const OVERDUE_DUTIES = '{ duties(filter: { overdue: true }) { totalCount } }';
const ELSEWHERE = '511902002';

type Item = InboxItemAnswer;

describe.each(await dialects())('Inbox.risk on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });
  const today = todayInChina();
  const ids = { duty: randomUUID(), farDuty: randomUUID(), hazard: randomUUID(), late: randomUUID() };

  /** Records of another township (and one beyond any window), written straight to the database. */
  async function addElsewhere() {
    const em = t.orm.em.fork();
    if (await em.findOne(Duty, { id: ids.duty })) return;
    const [round] = await em.find(HazardInvestigation, {}, { orderBy: { code: 'asc' }, limit: 1 });
    em.create(Duty, {
      id: ids.duty,
      code: 'ZR-2099-901',
      task: '核查外乡镇校园食堂整改',
      ownerKind: DutyOwnerKind.TOWNSHIP,
      townshipId: ELSEWHERE,
      dueDate: today,
    });
    em.create(Duty, {
      id: ids.farDuty,
      code: 'ZR-2099-902',
      task: '远期任务',
      ownerKind: DutyOwnerKind.TOWNSHIP,
      townshipId: ELSEWHERE,
      dueDate: addDays(today, 60),
    });
    em.create(Hazard, {
      id: ids.hazard,
      code: 'YH-2099-9001',
      investigation: round,
      entityId: randomUUID(),
      townshipId: ELSEWHERE,
      description: '冷库温度记录缺失',
      foundOn: addDays(today, -10),
      rectifyBy: addDays(today, -1),
    });
    // Received three hours ago on a one-hour limit, never reported: overdue from its instant, today included.
    const receivedAt = new Date(Date.now() - 3 * 3_600_000);
    em.create(Incident, {
      id: ids.late,
      code: 'SJ-2099-901',
      title: '外乡镇聚餐疑似食物中毒',
      kind: IncidentKind.FOOD_POISONING,
      level: IncidentLevel.II,
      occurredAt: receivedAt,
      place: '某村',
      townshipId: ELSEWHERE,
      affected: 5,
      receivedAt,
      reportHours: 1,
      reportRuleSource: '测试',
      responseDepartmentList: '',
    });
    await em.flush();
  }

  async function inbox(as: string, days?: number): Promise<Item[]> {
    const res = await t.execute(INBOX, { days }, { as });
    expect(res.errors, as).toBeUndefined();
    return res.data?.inbox.risk;
  }

  it('lists the overdue demo duties for an officer, exactly those the list filters as overdue', async () => {
    const items = await inbox('officer');
    const overdue = items.filter((i) => i.kind === 'DUTY' && i.state === 'OVERDUE');
    const list = await t.execute(OVERDUE_DUTIES, {}, { as: 'officer' });
    expect(list.errors).toBeUndefined();
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue).toHaveLength(list.data?.duties.totalCount);
    // Each item's day is its clock's deadline: OVERDUE ones lie before today.
    for (const item of overdue) {
      expect(item.dueDate < today, item.key).toBe(true);
      expect(item.key).toBe(`risk:DUTY:${item.recordId}`);
      expect(item.title).toMatch(new RegExp(`^责任 ${item.recordCode}(.+):完成时限$`));
    }
    // Sorted by due date, then key.
    const order = items.map((i) => `${i.dueDate}|${i.key}`);
    expect(order).toEqual([...order].sort());
  });

  it('gives a township officer only their township’s items; another township’s are the district’s', async () => {
    await addElsewhere();
    const officer = await inbox('officer');
    const keys = new Set(officer.map((i) => i.key));
    expect(keys.has(`risk:DUTY:${ids.duty}`)).toBe(true);
    expect(keys.has(`risk:HAZARD_RECTIFICATION:${ids.hazard}`)).toBe(true);
    expect(keys.has(`risk:INCIDENT_REPORT:${ids.late}`)).toBe(true);
    // Beyond the window: not in the inbox at all.
    expect(keys.has(`risk:DUTY:${ids.farDuty}`)).toBe(false);

    const township = await inbox('township');
    expect(township.length).toBeGreaterThan(0);
    expect(township.length).toBeLessThan(officer.length);
    for (const id of Object.values(ids)) expect(township.some((i) => i.recordId === id)).toBe(false);
    // What the township officer is given is what their lists give: the overdue duties' count agrees.
    const list = await t.execute(OVERDUE_DUTIES, {}, { as: 'township' });
    expect(township.filter((i) => i.kind === 'DUTY' && i.state === 'OVERDUE')).toHaveLength(
      list.data?.duties.totalCount,
    );
    for (const item of township.filter((i) => i.kind !== 'DUTY')) expect(item.townshipId).toBe(DEMO_TOWNSHIP);
  });

  it('describes each kind of clock: due today, past, and an hour clock past its instant', async () => {
    await addElsewhere();
    const items = await inbox('admin');
    const byId = (id: string) => items.find((i) => i.recordId === id)!;
    const window = inboxWindow(3, HolidayCalendar.chinese(), today);
    const duty = byId(ids.duty);
    // Due today (a working day) is still in time; on a rest day the deadline moves to the next working day.
    expect(duty.state).toBe('DUE_SOON');
    expect(duty.dueDate >= today && duty.dueDate <= window.horizon).toBe(true);
    expect(duty).toMatchObject({ townshipId: ELSEWHERE, recordCode: 'ZR-2099-901', dueAt: null });
    expect(byId(ids.hazard)).toMatchObject({
      kind: 'HAZARD_RECTIFICATION',
      state: 'OVERDUE',
      dueDate: addDays(today, -1),
      title: '隐患 YH-2099-9001(冷库温度记录缺失):整改期限',
    });
    const incident = byId(ids.late);
    expect(incident).toMatchObject({ state: 'OVERDUE', link: `/risk/incidents/${ids.late}` });
    expect(new Date(incident.dueAt!).getTime()).toBeLessThan(Date.now());
    expect(incident.dueDate).toBe(todayInChina(new Date(incident.dueAt!)));
  });

  it('widens with the look-ahead and refuses one out of range', async () => {
    await addElsewhere();
    const [narrow, wide] = await Promise.all([inbox('officer', 1), inbox('officer', 20)]);
    expect(wide.length).toBeGreaterThanOrEqual(narrow.length);
    for (const item of narrow) expect(wide.some((i) => i.key === item.key)).toBe(true);
    for (const days of [0, 21]) {
      const res = await t.execute(INBOX, { days }, { as: 'officer' });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses partners, village liaisons and anonymous callers, through the reference too', async () => {
    for (const as of ['police', 'education', 'village']) {
      const res = await t.execute(INBOX, {}, { as });
      expect(res.data?.inbox ?? null, as).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message, as).toMatch(/无权查看/);
      const reference = await t.execute(
        `{ _entities(representations: [{ __typename: "Inbox", withinWorkingDays: 3 }]) { ... on Inbox { risk { key } } } }`,
        {},
        { as },
      );
      expect(reference.data?._entities?.[0] ?? null, as).toBeNull();
      expect(reference.errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
    }
    const anonymous = await t.execute(INBOX, {}, { as: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
