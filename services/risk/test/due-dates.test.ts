import { addDays } from '@shian/clock';
import { todayInChina } from '@shian/subgraph-kit';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { Duty } from '../src/entities';
import { DutyFrequency, DutyStatus, periodEnd } from '../src/rules';
import subgraph from '../src/schema';
import { MINE, officialAnswer } from './risks.fixtures';

/** Every open duty stores its due date: written so, rolled forward so, and backfilled so by the migration. */

const FIELDS = 'id version frequency dueDate status clock { deadline status overdue }';
const CREATE = `mutation ($input: DutyInput!) { createDuty(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: DutyUpdateInput!) {
  updateDuty(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const REPORT = '{ workReport(year: 2025) { risk { duties dutiesOverdue } } }';
const LIST = `{ overdue: duties(first: 100, filter: { year: 2025, overdue: true }) { totalCount nodes { id } }
  all: duties(first: 1, filter: { year: 2025 }) { totalCount } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  task: '每月检查校园食堂进货台账',
  ownerKind: 'TOWNSHIP',
  townshipId: MINE,
  frequency: 'MONTHLY',
  dueDate: null,
  ...overrides,
});

describe.each(await dialects())('stored due dates on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, gateway: { ShianLinkedOfficial: officialAnswer } });
  const today = todayInChina();
  const ok = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, as = 'officer') => {
    const res = await t.execute(query, variables, { as });
    expect(res.errors, query.slice(0, 40)).toBeUndefined();
    return Object.values(res.data!)[0] as T & Record<string, any>;
  };

  it('stores the end of the current period for a recurring duty written without a date, and keeps it on edits', async () => {
    const monthly = await ok(CREATE, { input: input() });
    expect(monthly).toMatchObject({ dueDate: periodEnd(DutyFrequency.MONTHLY, today), clock: { overdue: false } });
    // An edit without a date (a client that never sends one) does not move the deadline…
    const edited = await ok(UPDATE, {
      id: monthly.id,
      version: monthly.version,
      input: input({ task: '改:月度巡查' }),
    });
    expect(edited.dueDate).toBe(monthly.dueDate);
    // …a new frequency starts its period today…
    const yearly = await ok(UPDATE, { id: monthly.id, version: edited.version, input: input({ frequency: 'YEARLY' }) });
    expect(yearly.dueDate).toBe(periodEnd(DutyFrequency.YEARLY, today));
    // …and a date sent is the date stored, for any frequency.
    const dated = addDays(today, 40);
    const quarterly = await ok(CREATE, { input: input({ frequency: 'QUARTERLY', dueDate: dated }) });
    expect(quarterly.dueDate).toBe(dated);
  });

  it('lets an overdue duty be edited with the date it has, still refusing a new date in the past', async () => {
    const late = await ok(CREATE, { input: input({ frequency: 'ONCE', dueDate: addDays(today, 10) }) });
    // Written straight into the table (a past date cannot be entered), leaving the version as the client read it.
    await t.orm.em.fork().getConnection().execute(`update duty set due_date = '2025-02-10' where id = ?`, [late.id]);
    // The form sends the stored date back: the same date passes (it was checked when it was set).
    const kept = await ok(UPDATE, {
      id: late.id,
      version: late.version,
      input: input({ frequency: 'ONCE', dueDate: '2025-02-10', task: '已超期,补充说明' }),
    });
    expect(kept).toMatchObject({ dueDate: '2025-02-10', clock: { status: 'OVERDUE', overdue: true } });
    const moved = await t.execute(
      UPDATE,
      { id: late.id, version: kept.version, input: input({ frequency: 'ONCE', dueDate: '2025-02-11' }) },
      { as: 'officer' },
    );
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
  });

  describe('the duty_due_date migration', () => {
    const rows = { monthly: '', newYear: '', done: '', once: '' };
    const onceDue = addDays(today, 400);

    beforeAll(async () => {
      // Rows as they were before every duty stored a date: recurring ones left to the clock.
      rows.monthly = (await ok(CREATE, { input: input({ task: '旧:月度巡查' }) })).id;
      rows.newYear = (await ok(CREATE, { input: input({ task: '旧:季度巡查', frequency: 'QUARTERLY' }) })).id;
      rows.done = (await ok(CREATE, { input: input({ task: '旧:年度总结', frequency: 'YEARLY' }) })).id;
      rows.once = (await ok(CREATE, { input: input({ task: '旧:一次性', frequency: 'ONCE', dueDate: onceDue }) })).id;
      const em = t.orm.em.fork();
      // Assigned 2025-03-05 in China; and 01:00 on 2026-01-01 in China, still 2025-12-31 in UTC.
      await em.nativeUpdate(Duty, { id: rows.monthly }, { dueDate: null, createdAt: new Date('2025-03-05T02:00:00Z') });
      await em.nativeUpdate(Duty, { id: rows.newYear }, { dueDate: null, createdAt: new Date('2025-12-31T17:00:00Z') });
      await em.nativeUpdate(
        Duty,
        { id: rows.done },
        { dueDate: null, status: DutyStatus.DONE, evidence: '已报送', completedAt: '2025-06-01' },
      );
    });

    it('dates each open recurring duty as its clock did, in China, and leaves done and dated ones alone', async () => {
      const before = await t.execute(`{ duty(id: "${rows.monthly}") { clock { deadline overdue } } }`);
      expect(before.data?.duty.clock).toEqual({ deadline: '2025-03-31', overdue: true });
      const listBefore = await ok<{ nodes: { id: string }[] }>(LIST, {});
      // The defect this migration ends: the clock calls it overdue, the list (and the report) cannot see it.
      expect(listBefore.nodes.map((n) => n.id)).not.toContain(rows.monthly);

      const { Migration20261206005500_duty_due_date: migration } = await import(
        `../migrations/${dialect}/Migration20261206005500_duty_due_date.ts`
      );
      await t.orm.em.fork().transactional(async (em) => {
        const step = new migration(em.getDriver(), t.orm.config);
        step.setTransactionContext(em.getTransactionContext());
        await step.up();
      });

      const read = async (id: string) =>
        (await t.execute(`{ duty(id: "${id}") { dueDate status clock { deadline overdue } } }`)).data?.duty;
      expect(await read(rows.monthly)).toMatchObject({ dueDate: '2025-03-31', clock: { deadline: '2025-03-31' } });
      expect((await read(rows.newYear)).dueDate).toBe('2026-03-31');
      expect(await read(rows.done)).toMatchObject({ dueDate: null, status: 'DONE' });
      expect((await read(rows.once)).dueDate).toBe(onceDue);
    });

    it('after it, the list’s overdue filter and WorkReport.risk count the same duties', async () => {
      const list = await t.execute(LIST);
      const report = await t.execute(REPORT);
      expect(list.errors).toBeUndefined();
      expect(list.data?.overdue.nodes.map((n: { id: string }) => n.id)).toContain(rows.monthly);
      expect(list.data?.overdue.totalCount).toBe(report.data?.workReport.risk.dutiesOverdue);
      expect(list.data?.all.totalCount).toBe(report.data?.workReport.risk.duties);
      // A township officer's: both in their scope, the backfilled duty (owned by their township) counted in each.
      const mine = await t.execute(LIST, {}, { as: 'township' });
      const theirs = await t.execute(REPORT, {}, { as: 'township' });
      expect(mine.data?.overdue.nodes.map((n: { id: string }) => n.id)).toContain(rows.monthly);
      expect(mine.data?.overdue.totalCount).toBe(theirs.data?.workReport.risk.dutiesOverdue);
    });
  });
});
