import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { addDays, HolidayCalendar, todayInChina } from '@shian/clock';
import { dialects, INBOX_ITEM_FIELDS, type InboxItemAnswer, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const calendar = HolidayCalendar.chinese();
const today = todayInChina();
function workingDaysAgo(n: number): string {
  let date = today;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, -1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const INBOX = `query ($n: Int) { inbox(withinWorkingDays: $n) { withinWorkingDays sampling {
  ${INBOX_ITEM_FIELDS} } } }`;
const REGISTER = 'mutation ($input: SampleInput!) { registerSample(input: $input) { id number townshipId } }';
const MOVE = 'mutation ($input: MoveSampleInput!) { moveSample(input: $input) { id status } }';
const PLAN = 'mutation ($input: PlanInput!) { createSamplingPlan(input: $input) { id } }';

type Item = InboxItemAnswer;
interface ClockRow {
  code: string;
  duty: string;
  status: string;
  deadline: string | null;
}

describe.each(await dialects())('sampling inbox on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  const plans = new Map<number, string>();

  const inbox = async (n: number | null, as = 'officer'): Promise<Item[]> => {
    const res = await t.execute<{ inbox: { sampling: Item[] } }>(INBOX, { n }, { as });
    expect(res.errors).toBeUndefined();
    return res.data!.inbox.sampling;
  };

  /** The clocks `Sample.clocks` shows for these samples, by sample id (one request, aliased). */
  async function clocksOf(ids: readonly string[]): Promise<Map<string, ClockRow[]>> {
    const unique = [...new Set(ids)];
    const query = `{ ${unique
      .map((id, i) => `s${i}: sample(id: "${id}") { id clocks { code duty status deadline } }`)
      .join(' ')} }`;
    const res = await t.execute<Record<string, { id: string; clocks: ClockRow[] }>>(query);
    expect(res.errors).toBeUndefined();
    return new Map(Object.values(res.data!).map((s) => [s.id, s.clocks]));
  }

  async function register(
    entityId: string,
    sampledOn: string,
  ): Promise<{ id: string; number: string; townshipId: string }> {
    const year = Number(sampledOn.slice(0, 4));
    if (!plans.has(year)) {
      const plan = await t.execute(PLAN, {
        input: {
          year,
          level: 'DISTRICT',
          purpose: 'SUPERVISION',
          name: `${year}年待办测试抽检`,
          issuer: '巴中市巴州区市场监督管理局',
          categories: ['VEGETABLES'],
          quota: 10,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
        },
      });
      expect(plan.errors).toBeUndefined();
      plans.set(year, plan.data!.createSamplingPlan.id);
    }
    const res = await t.execute(REGISTER, {
      input: {
        planId: plans.get(year),
        entityId,
        foodName: '豇豆',
        category: 'VEGETABLES',
        batchNumber: sampledOn.replaceAll('-', ''),
        sampledOn,
        samplers: ['李执法', '赵文静'],
        lab: '巴中市食品药品检验检测中心',
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.registerSample;
  }

  it('gives the officer every open bureau clock as Sample.clocks computes it, the overdue samples included', async () => {
    // The demo's current batch runs clocks, but whether one is overdue today depends on the day the demo is seeded:
    // one sample that is certainly overdue (送检 due 5 working days after sampling, 10 ago) is added to it.
    const late = await register('E0087', workingDaysAgo(10));
    const items = await inbox(20);
    expect(items.filter((i) => i.recordId !== late.id).length).toBeGreaterThan(0);
    const overdue = await t.execute<{ samples: { totalCount: number; nodes: { id: string }[] } }>(
      '{ samples(filter: { overdue: true }, first: 100) { totalCount nodes { id } } }',
    );
    const overdueIds = overdue.data!.samples.nodes.map((s) => s.id);
    expect(overdueIds).toContain(late.id);
    expect(overdue.data!.samples.totalCount).toBe(overdueIds.length);
    const clocks = await clocksOf([...items.map((i) => i.recordId), ...overdueIds]);

    // Every overdue sample of the list is in the inbox with each of its overdue bureau clocks.
    for (const id of overdueIds) {
      const late = clocks.get(id)!.filter((c) => c.status === 'OVERDUE' && c.duty === 'BUREAU');
      expect(late.length, id).toBeGreaterThan(0);
      for (const clock of late) {
        expect(items).toContainEqual(
          expect.objectContaining({ key: `sampling:${clock.code}:${id}`, state: 'OVERDUE', dueDate: clock.deadline }),
        );
      }
    }
    // And every item is an open bureau clock of its sample, with the clock's own deadline.
    for (const item of items) {
      const clock = clocks.get(item.recordId)!.find((c) => c.code === item.kind);
      expect(clock, item.key).toBeDefined();
      expect(clock!.duty).toBe('BUREAU');
      expect(['RUNNING', 'OVERDUE']).toContain(clock!.status);
      expect(clock!.deadline).toBe(item.dueDate);
      expect(item.state).toBe(item.dueDate < today ? 'OVERDUE' : 'DUE_SOON');
      expect(item).toMatchObject({
        domain: 'sampling',
        key: `sampling:${item.kind}:${item.recordId}`,
        link: `/sampling/${item.recordId}`,
        dueAt: null,
      });
      expect(item.title).toContain(item.recordCode!);
    }
    const order = items.map((i) => `${i.dueDate} ${i.key}`);
    expect(order).toEqual([...order].sort());
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('leaves out met clocks and what is due beyond the window, whose bound is exactly N working days', async () => {
    const sample = await register('E0087', today);
    const [toLab] = (await clocksOf([sample.id])).get(sample.id)!;
    expect(toLab).toMatchObject({ code: 'SAMPLE_TO_LAB', status: 'RUNNING' });
    // Due 5 working days from today: in a window of 5, not of 4.
    const key = `sampling:SAMPLE_TO_LAB:${sample.id}`;
    expect((await inbox(5)).find((i) => i.key === key)).toMatchObject({ state: 'DUE_SOON', dueDate: toLab!.deadline });
    expect((await inbox(4)).map((i) => i.key)).not.toContain(key);

    // Received today: the 送检 clock is met and leaves; the report's clock (20 working days) starts.
    const moved = await t.execute(MOVE, { input: { sampleId: sample.id, to: 'TESTING', on: today } });
    expect(moved.errors).toBeUndefined();
    const after = (await clocksOf([sample.id])).get(sample.id)!;
    expect(after.find((c) => c.code === 'SAMPLE_TO_LAB')?.status).toBe('MET');
    const wide = (await inbox(20)).filter((i) => i.recordId === sample.id);
    expect(wide.map((i) => i.kind)).toEqual(['LAB_REPORT']);
    expect((await inbox(19)).filter((i) => i.recordId === sample.id)).toEqual([]);
  });

  it('gives a township officer only their township’s samples', async () => {
    const own = await register('E0087', workingDaysAgo(10));
    const other = await register('E0050', workingDaysAgo(10));
    expect(other.townshipId).not.toBe(DEMO_TOWNSHIP_ID);

    const district = await inbox(3);
    for (const sample of [own, other]) {
      expect(district).toContainEqual(
        expect.objectContaining({ key: `sampling:SAMPLE_TO_LAB:${sample.id}`, state: 'OVERDUE' }),
      );
    }
    const township = await inbox(3, 'township');
    expect(township.length).toBeGreaterThan(0);
    expect(township.map((i) => i.recordId)).toContain(own.id);
    expect(township.map((i) => i.recordId)).not.toContain(other.id);
    expect(new Set(township.map((i) => i.townshipId))).toEqual(new Set([DEMO_TOWNSHIP_ID]));
    // Exactly the district's items of that township.
    expect(township).toEqual(district.filter((i) => i.townshipId === DEMO_TOWNSHIP_ID));
  });

  it('refuses partners and village liaisons, and a window out of bounds', async () => {
    for (const as of ['police', 'village']) {
      const res = await t.execute(INBOX, { n: 3 }, { as });
      expect(codes(res), as).toEqual(['FORBIDDEN']);
      expect(res.data?.inbox ?? null).toBeNull();
    }
    for (const n of [0, 21]) {
      const res = await t.execute(INBOX, { n });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
    // Through a reference (as the gateway asks for this part) the same rules hold.
    const ref =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Inbox { sampling { key townshipId } } } }';
    expect(
      codes(await t.execute(ref, { r: [{ __typename: 'Inbox', withinWorkingDays: 3 }] }, { as: 'police' })),
    ).toEqual(['FORBIDDEN']);
    const scoped = await t.execute<{ _entities: { sampling: Item[] }[] }>(
      ref,
      { r: [{ __typename: 'Inbox', withinWorkingDays: 3 }] },
      { as: 'township' },
    );
    expect(scoped.errors).toBeUndefined();
    expect(scoped.data!._entities[0]!.sampling.every((i) => i.townshipId === DEMO_TOWNSHIP_ID)).toBe(true);
  });
});
