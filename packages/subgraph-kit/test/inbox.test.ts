import 'reflect-metadata';
import { createRequire } from 'node:module';
import { DEMO_USERS, type Identity } from '@shian/auth';
import { HolidayCalendar } from '@shian/clock';
import { createLogger } from '@shian/server';
import DataLoader from 'dataloader';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/context';
import { defineSubgraph } from '../src/define';
import {
  InboxItem,
  InboxItemState,
  InboxQueries,
  inboxItem,
  inboxState,
  inboxWindow,
  isOpenClock,
  sortInboxItems,
} from '../src/inbox';
import { buildFederatedSchema } from '../src/schema';

const calendar = HolidayCalendar.chinese();

// buildSubgraphSchema (CommonJS) builds its schema with CommonJS graphql; running it needs that same module.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

describe('inboxWindow: today plus N working days', () => {
  it('steps over a weekend', () => {
    // Friday 2025-06-06: the next working day is Monday.
    expect(inboxWindow(1, calendar, '2025-06-06')).toEqual({ today: '2025-06-06', horizon: '2025-06-09' });
    expect(inboxWindow(3, calendar, '2025-06-06').horizon).toBe('2025-06-11');
    // From a Saturday, Monday is the first working day.
    expect(inboxWindow(1, calendar, '2025-06-07').horizon).toBe('2025-06-09');
  });

  it('steps over a public holiday and counts its make-up working days', () => {
    // 2025 National Day: 1–8 October off; Sunday 28 September and Saturday 11 October are worked.
    expect(inboxWindow(1, calendar, '2025-09-30').horizon).toBe('2025-10-09');
    expect(inboxWindow(3, calendar, '2025-09-30').horizon).toBe('2025-10-11');
    expect(inboxWindow(1, calendar, '2025-09-27').horizon).toBe('2025-09-28');
  });

  it('uses the calendar it is given (the bureau’s edits)', () => {
    const bureau = HolidayCalendar.chinese([{ date: '2025-06-06', kind: 'HOLIDAY', name: '本局调整' }]);
    expect(inboxWindow(1, calendar, '2025-06-05').horizon).toBe('2025-06-06');
    expect(inboxWindow(1, bureau, '2025-06-05').horizon).toBe('2025-06-09');
  });

  it('accepts 1 to 20 whole working days and refuses the rest on the argument', () => {
    expect(inboxWindow(20, calendar, '2025-06-06').horizon).toBe('2025-07-04');
    for (const bad of [0, -1, 21, 2.5, Number.NaN]) {
      let error: unknown;
      try {
        inboxWindow(bad, calendar, '2025-06-06');
      } catch (caught) {
        error = caught;
      }
      expect(error, String(bad)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'withinWorkingDays' },
      });
    }
  });
});

describe('inboxState and items', () => {
  const window = { today: '2025-06-06', horizon: '2025-06-11' };

  it('is OVERDUE before today, DUE_SOON from today to the horizon, absent after it', () => {
    expect(inboxState('2025-06-05', window)).toBe(InboxItemState.OVERDUE);
    expect(inboxState('2024-12-31', window)).toBe(InboxItemState.OVERDUE);
    expect(inboxState('2025-06-06', window)).toBe(InboxItemState.DUE_SOON);
    expect(inboxState('2025-06-11', window)).toBe(InboxItemState.DUE_SOON);
    expect(inboxState('2025-06-12', window)).toBeNull();
  });

  it('only open clocks count', () => {
    expect(['RUNNING', 'OVERDUE', 'MET', 'LATE', 'PAUSED'].filter(isOpenClock)).toEqual(['RUNNING', 'OVERDUE']);
  });

  const base = {
    domain: 'sampling',
    kind: 'SAMPLE_NOTIFICATION',
    title: '抽样单 CY1:不合格结果告知',
    recordId: 's1',
    link: '/sampling/samples/s1',
  };

  it('builds an item with a key that holds no state, or nothing beyond the window', () => {
    const overdue = inboxItem({ ...base, dueDate: '2025-06-02', townshipId: 't1' }, window);
    expect(overdue).toBeInstanceOf(InboxItem);
    expect(overdue).toMatchObject({
      key: 'sampling:SAMPLE_NOTIFICATION:s1',
      state: 'OVERDUE',
      townshipId: 't1',
      recordCode: null,
      dueAt: null,
    });
    const soon = inboxItem({ ...base, dueDate: '2025-06-10' }, window);
    expect(soon?.key).toBe(overdue?.key);
    expect(soon?.state).toBe('DUE_SOON');
    expect(inboxItem({ ...base, dueDate: '2025-06-12' }, window)).toBeNull();
  });

  it('takes the domain’s own overdue rule where it gives one, still only within the window', () => {
    expect(inboxItem({ ...base, dueDate: '2025-06-09', overdue: true }, window)?.state).toBe('OVERDUE');
    expect(inboxItem({ ...base, dueDate: '2025-06-02', overdue: false }, window)?.state).toBe('DUE_SOON');
    expect(inboxItem({ ...base, dueDate: '2025-06-12', overdue: true }, window)).toBeNull();
  });

  it('takes an hour clock as overdue from its instant, on its own last day too', () => {
    const dueAt = new Date('2025-06-06T06:00:00Z'); // 14:00 in Beijing, today
    const hour = { ...base, dueDate: '2025-06-06', dueAt };
    expect(inboxItem(hour, window, new Date('2025-06-06T05:59:59Z'))?.state).toBe('DUE_SOON');
    expect(inboxItem(hour, window, new Date('2025-06-06T06:00:01Z'))?.state).toBe('OVERDUE');
    // A day clock on its last day is still due, whatever the hour.
    expect(inboxItem({ ...base, dueDate: '2025-06-06' }, window, new Date('2025-06-06T15:00:00Z'))?.state).toBe(
      'DUE_SOON',
    );
  });

  it('sorts by due date, then key, dropping what is out of the window', () => {
    const items = [
      inboxItem({ ...base, recordId: 'b', dueDate: '2025-06-10' }, window),
      inboxItem({ ...base, recordId: 'z', dueDate: '2025-06-01' }, window),
      null,
      inboxItem({ ...base, recordId: 'a', dueDate: '2025-06-10' }, window),
      inboxItem({ ...base, recordId: 'c', dueDate: '2025-07-01' }, window),
    ];
    expect(sortInboxItems(items).map((item) => item.recordId)).toEqual(['z', 'a', 'b']);
  });
});

@Directive('@key(fields: "withinWorkingDays")')
@ObjectType('Inbox')
class Inbox {
  @Field(() => Int)
  withinWorkingDays!: number;
}

@Resolver(() => Inbox)
class TestInboxResolver extends InboxQueries(Inbox) {
  @FieldResolver(() => [InboxItem], { nullable: true })
  test(@Root() inbox: Inbox, @Ctx() _ctx: Context): InboxItem[] {
    const window = inboxWindow(inbox.withinWorkingDays, calendar, '2025-06-06');
    return sortInboxItems([
      inboxItem(
        { domain: 'test', kind: 'K', title: '测试', recordId: 'r1', link: '/x/r1', dueDate: '2025-06-11' },
        window,
      ),
    ]);
  }
}

function contextOf(username: string): Context {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return {
    identity: DEMO_USERS.find((user) => user.username === username) as Identity,
    log: createLogger('test'),
    loader(key: string, batch: (keys: readonly unknown[]) => Promise<ArrayLike<unknown>>) {
      if (!loaders.has(key)) loaders.set(key, new DataLoader(batch));
      return loaders.get(key);
    },
  } as unknown as Context;
}

describe('InboxQueries: the root query and the key every part shares', () => {
  let schema: Awaited<ReturnType<typeof buildFederatedSchema>>;
  beforeAll(async () => {
    schema = await buildFederatedSchema(
      defineSubgraph({ name: 'inbox-test', entities: [], resolvers: [TestInboxResolver] }),
    );
  });
  const run = (source: string, username: string, variableValues?: Record<string, unknown>) =>
    graphql({ schema: schema.schema, source, contextValue: contextOf(username), variableValues });

  it('declares the contract’s shapes', () => {
    expect(schema.sdl).toMatch(/inbox\(withinWorkingDays: Int = 3\): Inbox @shareable/);
    expect(schema.sdl).toMatch(/type InboxItem @shareable/);
    expect(schema.sdl).toMatch(/type Inbox @key\(fields: "withinWorkingDays"\)/);
    expect(schema.sdl).toMatch(/enum InboxItemState/);
  });

  it('answers the bureau’s staff with the default window, and N as asked', async () => {
    for (const user of ['admin', 'officer', 'township']) {
      const answer = await run('{ inbox { withinWorkingDays test { key state } } }', user);
      expect(answer.errors, user).toBeUndefined();
      expect(answer.data?.inbox).toEqual({
        withinWorkingDays: 3,
        test: [{ key: 'test:K:r1', state: 'DUE_SOON' }],
      });
    }
    const narrow = await run('{ inbox(withinWorkingDays: 2) { test { key } } }', 'officer');
    expect(narrow.data?.inbox).toEqual({ test: [] });
  });

  it('refuses partners and village liaisons, by name', async () => {
    for (const [user, who] of [
      ['police', '协作部门'],
      ['village', '村(社区)协管员'],
    ] as const) {
      const answer = await run('{ inbox { test { key } } }', user);
      expect(answer.data?.inbox ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.errors?.[0]?.message).toContain(who);
    }
  });

  it('refuses a window out of bounds', async () => {
    for (const n of [0, 21, -3]) {
      const answer = await run('query($n: Int) { inbox(withinWorkingDays: $n) { test { key } } }', 'officer', { n });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinWorkingDays' });
    }
  });

  it('applies the same rules to a reference (_entities)', async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Inbox { withinWorkingDays test { key } } } }';
    const ok = await run(query, 'township', { r: [{ __typename: 'Inbox', withinWorkingDays: 5 }] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?._entities).toEqual([{ withinWorkingDays: 5, test: [{ key: 'test:K:r1' }] }]);
    const partner = await run(query, 'police', { r: [{ __typename: 'Inbox', withinWorkingDays: 5 }] });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wide = await run(query, 'officer', { r: [{ __typename: 'Inbox', withinWorkingDays: 50 }] });
    expect(wide.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
