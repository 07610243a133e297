import { createPrivateKey } from 'node:crypto';
import {
  DEMO_TOWNSHIP_ID,
  DEMO_USERS,
  DEVELOPMENT_GATEWAY_PRIVATE_KEY,
  signGatewayCredential,
  signToken,
} from '@shian/auth';
import { HolidayCalendar, todayInChina } from '@shian/clock';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDemoData } from '../seeds/demo-data';
import { seedDemoData } from '../seeds/seed';
import { isOverdue, ruleBook, sampleClocks } from '../src/rules';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

/**
 * The demo's current batch has overdue samples whatever day it is seeded on (issue #19: the inbox shows the overdue
 * demo samples), without its 2024 records changing. Before, lateness was drawn at random and only showed as an
 * overdue clock in the few days between a deadline and the late act, so most days had none.
 */

interface ClockRow {
  code: string;
  duty: string;
  status: string;
  deadline: string | null;
}
interface OverdueSample {
  id: string;
  number: string;
  townshipId: string;
  sampledOn: string;
  overdue: boolean;
  clocks: ClockRow[];
}

const OVERDUE = `query ($first: Int) {
  overdue: samples(filter: { overdue: true }, first: $first) { totalCount nodes {
    id number townshipId sampledOn overdue clocks { code duty status deadline } } }
  all: samples { totalCount }
  year2024: samples(filter: { year: 2024 }) { totalCount }
  inbox(withinWorkingDays: 1) { sampling { recordId kind state dueDate } } }`;

/**
 * Seeded today, on the Monday after 2026's New Year holiday (the batch's first weeks then belong to 2025's plan) and
 * on the Monday after the Dragon Boat holiday; the requests are then made with the clock set to that day, so the
 * API's own overdue filter takes it as today.
 */
const SEEDED_ON = [todayInChina(), '2026-01-05', '2026-06-22'];

/**
 * A user's token signed on the set clock (the kit's test helper keeps the first it signed, which another day finds
 * expired), and the gateway's credential on the real one, which the subgraph's verifier keeps (it took Date.now
 * when it was built, before the clock was set).
 */
async function signedNow(username: string) {
  const user = DEMO_USERS.find((candidate) => candidate.username === username)!;
  const key = createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY);
  return {
    authorization: `Bearer ${(await signToken(user)).token}`,
    gatewayCredential: await signGatewayCredential(key, 'sampling', undefined, vi.getRealSystemTime()),
  };
}

describe.each(await dialects())('the demo seeded on a given day, on %s', (dialect) => {
  describe.each(SEEDED_ON)('seeded on %s', (day) => {
    const t = testSubgraph(
      { ...subgraph, seed: (em) => seedDemoData(em, day) },
      { dialect, seed: true, gateway: linkedGateway },
    );
    // After the subgraph is built (its schema maps the real Date class), before the first request.
    beforeAll(() => {
      vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
      // 10:00 in Beijing.
      vi.setSystemTime(new Date(`${day}T02:00:00Z`));
    });
    afterAll(() => {
      vi.useRealTimers();
    });

    it('has overdue samples through samples(filter: { overdue: true }), each with an overdue bureau clock', async () => {
      expect(todayInChina()).toBe(day);
      const res = await t.execute<{
        overdue: { totalCount: number; nodes: OverdueSample[] };
        all: { totalCount: number };
        year2024: { totalCount: number };
        inbox: { sampling: { recordId: string; kind: string; state: string; dueDate: string }[] };
      }>(OVERDUE, { first: 100 }, await signedNow('officer'));
      expect(res.errors).toBeUndefined();
      const { overdue, all, year2024, inbox } = res.data!;
      expect(year2024.totalCount).toBe(1847);
      expect(all.totalCount).toBeGreaterThan(1847);
      expect(overdue.totalCount).toBeGreaterThanOrEqual(3);
      expect(overdue.nodes).toHaveLength(overdue.totalCount);
      for (const sample of overdue.nodes) {
        expect(sample.overdue, sample.number).toBe(true);
        expect(sample.sampledOn > '2024-12-31').toBe(true);
        const late = sample.clocks.filter((c) => c.duty === 'BUREAU' && c.status === 'OVERDUE');
        expect(late.length, sample.number).toBeGreaterThan(0);
        for (const clock of late) expect(clock.deadline! < day).toBe(true);
      }
      // In several townships, the demo township officer's among them.
      const townships = new Set(overdue.nodes.map((s) => s.townshipId));
      expect(townships.size).toBeGreaterThanOrEqual(3);
      expect([...townships]).toContain(DEMO_TOWNSHIP_ID);
      // The inbox says the same: its overdue sampling items are exactly these samples.
      const inInbox = new Set(inbox.sampling.filter((i) => i.state === 'OVERDUE').map((i) => i.recordId));
      expect([...inInbox].sort()).toEqual(overdue.nodes.map((s) => s.id).sort());
    });

    it('shows the demo township officer the overdue samples of their township only', async () => {
      const res = await t.execute<{ overdue: { totalCount: number; nodes: OverdueSample[] } }>(
        OVERDUE,
        { first: 100 },
        await signedNow('township'),
      );
      expect(res.errors).toBeUndefined();
      const { nodes } = res.data!.overdue;
      expect(nodes.length).toBeGreaterThan(0);
      for (const sample of nodes) expect(sample.townshipId).toBe(DEMO_TOWNSHIP_ID);
    });
  });
});

describe('the held-up samples of the demo data', () => {
  const calendar = HolidayCalendar.chinese();
  const rules = ruleBook();

  /** The samples whose bureau clocks are overdue on `today`, computed by the rules the API uses. */
  function overdueOn(today: string) {
    const data = buildDemoData({ today });
    const byId = <T extends { sampleId: string }>(rows: T[]) => new Map(rows.map((row) => [row.sampleId, row]));
    const rechecks = byId(data.rechecks);
    const objections = byId(data.objections);
    const disposals = byId(data.disposals);
    return data.samples.filter((sample) => {
      if (sample.sampledOn <= '2024-12-31') return false;
      const disposal = disposals.get(sample.id);
      const clocks = sampleClocks(
        {
          ...sample,
          recheck: rechecks.get(sample.id),
          objection: objections.get(sample.id),
          disposal: disposal && { ...disposal, extended: false },
        },
        rules,
        calendar,
        today,
      );
      return isOverdue(clocks);
    });
  }

  // Across year ends (the batch then spans two plans), right after long holidays, on a weekend, and in a year past
  // the holiday calendar (weekends only).
  it.each([
    '2025-04-14',
    '2025-10-09',
    '2026-01-01',
    '2026-02-24',
    '2026-10-08',
    '2026-12-06',
    '2027-01-04',
    '2027-09-18',
  ])(
    'leaves samples of every kind of hold-up overdue when seeded on %s, in the demo township too',
    { timeout: 60_000 },
    (today) => {
      const overdue = overdueOn(today);
      expect(overdue.length).toBeGreaterThanOrEqual(5);
      // 送检, 检验报告, 复检结论 and 异议审核 (its sample's 核查处置 under way).
      const statuses = new Set(overdue.map((s) => s.status));
      for (const status of ['SAMPLED', 'TESTING', 'RECHECKING', 'DISPOSING']) expect([...statuses]).toContain(status);
      expect(overdue.filter((s) => s.townshipId === DEMO_TOWNSHIP_ID).length).toBeGreaterThanOrEqual(2);
      expect(new Set(overdue.map((s) => s.townshipId)).size).toBeGreaterThanOrEqual(4);
    },
  );

  it('never dates a held-up sample in 2024: seeded in the first days of 2025 it has none yet', {
    timeout: 60_000,
  }, () => {
    expect(overdueOn('2025-01-06')).toEqual([]);
    expect(overdueOn('2025-01-20').length).toBeGreaterThan(0);
  });
});
