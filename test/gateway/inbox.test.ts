import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { testPort } from '../harness/constants';
import { codes, data, gql } from '../harness/graphql';
import { gatewayWithStoppedSubgraph } from '../harness/platform';

/**
 * The inbox (issue #19, docs/api.md#inbox-and-reminders) through the gateway, over the demo data seeded when the
 * platform started: every domain's part, each in the caller's scope, agreeing with the domains' own overdue lists.
 */

const PARTS = ['entities', 'sampling', 'enforcement', 'risk', 'training', 'publicity'] as const;
type Part = (typeof PARTS)[number];

interface Item {
  key: string;
  domain: string;
  kind: string;
  title: string;
  recordId: string;
  recordCode: string | null;
  townshipId: string | null;
  dueDate: string;
  dueAt: string | null;
  state: 'OVERDUE' | 'DUE_SOON';
  link: string;
}
type Inbox = { withinWorkingDays: number } & Record<Part, Item[] | null>;

const ITEM = 'key domain kind title recordId recordCode townshipId dueDate dueAt state link';
const INBOX = `query ($n: Int) { inbox(withinWorkingDays: $n) {
  withinWorkingDays ${PARTS.map((part) => `${part} { ${ITEM} }`).join(' ')} } }`;

/** The lists' own overdue filters, as the inbox must agree with them. */
const OVERDUE_LISTS = `{
  samples(filter: { overdue: true }, first: 100) { totalCount nodes { id townshipId } }
  cases(filter: { overdue: true }, first: 100) { totalCount nodes { id townshipId } }
  complaints(filter: { overdue: true }, first: 100) { totalCount nodes { id } } }`;

/** The clocks of a case itself; a transfer's answer and seized goods are items of their own records. */
const CASE_KINDS = new Set(['CASE_FILING', 'CASE_DECISION', 'DECISION_SERVICE', 'PENALTY_PUBLICATION']);

/** Today in Beijing, as the subgraphs' clocks take it. */
const todayInChina = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const overdueIds = (items: Item[], kinds?: ReadonlySet<string>) =>
  [
    ...new Set(items.filter((i) => i.state === 'OVERDUE' && (!kinds || kinds.has(i.kind))).map((i) => i.recordId)),
  ].sort();
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

async function inboxOf(as: string, n = 20): Promise<Inbox> {
  return (await data<{ inbox: Inbox }>({ as }, INBOX, { n })).inbox;
}

describe('the inbox through the gateway', () => {
  let officer: Inbox;
  let township: Inbox;
  let askedAt: number;
  let answeredAt: number;
  beforeAll(async () => {
    askedAt = Date.now();
    [officer, township] = await Promise.all([inboxOf('officer'), inboxOf('township')]);
    answeredAt = Date.now();
  });

  it('answers every domain’s part to the officer, each item well-formed, in its state, sorted', async () => {
    const today = todayInChina();
    expect(officer.withinWorkingDays).toBe(20);
    for (const part of PARTS) {
      const items = officer[part];
      expect(items, part).not.toBeNull();
      for (const item of items!) {
        expect(item.domain, item.key).toBe(part);
        expect(item.key).toBe(`${part}:${item.kind}:${item.recordId}`);
        expect(item.title.length).toBeGreaterThan(0);
        expect(item.link.startsWith('/')).toBe(true);
        // A day clock is overdue from the day after its last day; an hour clock (dueAt) from its moment, which may
        // fall while the question was on its way: then either answer is right.
        const dueAt = item.dueAt ? Date.parse(item.dueAt) : null;
        if (dueAt === null) expect(item.state, item.key).toBe(item.dueDate < today ? 'OVERDUE' : 'DUE_SOON');
        else if (dueAt < askedAt) expect(item.state, item.key).toBe('OVERDUE');
        else if (dueAt > answeredAt) expect(item.state, item.key).toBe('DUE_SOON');
      }
      const order = items!.map((i) => [i.dueDate, i.key].join(' '));
      expect(order, part).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(items!.map((i) => i.key)).size, part).toBe(items!.length);
    }
    // The domains that run clocks have something in the demo; training and publicity store no deadline.
    for (const part of ['entities', 'sampling', 'enforcement', 'risk'] as const)
      expect(officer[part]!.length, part).toBeGreaterThan(0);
  });

  it('lists the overdue demo samples and cases exactly as samples/cases(filter: { overdue: true }) do', async () => {
    const lists = await data<{
      samples: { totalCount: number; nodes: { id: string }[] };
      cases: { totalCount: number; nodes: { id: string }[] };
      complaints: { totalCount: number; nodes: { id: string }[] };
    }>({ as: 'officer' }, OVERDUE_LISTS);
    expect(lists.samples.totalCount).toBeGreaterThan(0);
    expect(lists.cases.totalCount).toBeGreaterThan(0);
    expect(overdueIds(officer.sampling!)).toEqual(ids(lists.samples.nodes));
    expect(overdueIds(officer.enforcement!, CASE_KINDS)).toEqual(ids(lists.cases.nodes));
    const complaintItems = overdueIds(officer.enforcement!, new Set(['COMPLAINT_ACCEPTANCE', 'REPORT_FILING']));
    expect(complaintItems).toEqual(ids(lists.complaints.nodes));
    // A narrower window keeps every overdue item and drops only items due later.
    const narrow = await inboxOf('officer', 1);
    for (const part of PARTS) {
      const keys = new Set(narrow[part]!.map((i) => i.key));
      for (const item of officer[part]!) if (item.state === 'OVERDUE') expect(keys.has(item.key), item.key).toBe(true);
      expect(narrow[part]!.length).toBeLessThanOrEqual(officer[part]!.length);
    }
  });

  it('shows a township officer only their township’s items, in every part', async () => {
    const elsewhere: Item[] = [];
    for (const part of PARTS) {
      const items = township[part];
      expect(items, part).not.toBeNull();
      // Each one is also the officer's, as the officer sees it.
      const officers = new Map(officer[part]!.map((i) => [i.key, i]));
      for (const item of items!) {
        expect(officers.get(item.key), item.key).toEqual(item);
        if (item.townshipId !== DEMO_TOWNSHIP_ID) elsewhere.push(item);
      }
    }
    // The one exception, as risk's duties list has it: a duty is seen where the risk, consultation or drill it came
    // from is, while its item names the township that owns it (the reminder goes there). Each is the caller's to read.
    for (const item of elsewhere) {
      expect(`${item.domain}:${item.kind}`, item.key).toBe('risk:DUTY');
      const duty = await gql({ as: 'township' }, 'query ($id: ID!) { duty(id: $id) { id } }', { id: item.recordId });
      expect(duty.errors, item.key).toBeUndefined();
      expect(duty.data?.duty?.id).toBe(item.recordId);
    }
    // The demo township has overdue samples of its own, and sees its own overdue lists' items and nothing else.
    const lists = await data<{
      samples: { nodes: { id: string; townshipId: string }[] };
      cases: { nodes: { id: string; townshipId: string }[] };
    }>({ as: 'township' }, OVERDUE_LISTS);
    expect(lists.samples.nodes.length).toBeGreaterThan(0);
    expect(overdueIds(township.sampling!)).toEqual(ids(lists.samples.nodes));
    expect(overdueIds(township.enforcement!, CASE_KINDS)).toEqual(ids(lists.cases.nodes));
    // Other townships' sampling and enforcement items are in the officer's inbox, and none of them in this one.
    for (const part of ['sampling', 'enforcement'] as const) {
      const others = officer[part]!.filter((i) => i.townshipId !== DEMO_TOWNSHIP_ID);
      expect(others.length, part).toBeGreaterThan(0);
      const keys = new Set(township[part]!.map((i) => i.key));
      for (const item of others) expect(keys.has(item.key), item.key).toBe(false);
      // And every one of the officer's items of this township is the township officer's.
      for (const item of officer[part]!.filter((i) => i.townshipId === DEMO_TOWNSHIP_ID))
        expect(keys.has(item.key), item.key).toBe(true);
    }
  });

  it('refuses partners and village liaisons, whichever part they ask for', async () => {
    for (const as of ['police', 'education', 'agriculture', 'village']) {
      for (const part of PARTS) {
        const result = await gql({ as }, `{ inbox { ${part} { key } } }`);
        expect(codes(result), `${as}: ${part}`).toContain('FORBIDDEN');
        expect(result.data?.inbox ?? null, `${as}: ${part}`).toBeNull();
      }
      const whole = await gql({ as }, INBOX, { n: 3 });
      expect(codes(whole)).toContain('FORBIDDEN');
      expect(JSON.stringify(whole.data ?? null)).not.toContain('"key"');
    }
    const anonymous = await gql({ anonymous: true }, '{ inbox { sampling { key } } }');
    expect(anonymous.data?.inbox ?? null).toBeNull();
    expect(codes(anonymous).length).toBeGreaterThan(0);
  });

  it('refuses a look-ahead outside 1 to 20 working days', async () => {
    for (const n of [0, 21]) {
      const result = await gql({ as: 'officer' }, INBOX, { n });
      expect(codes(result), String(n)).toContain('BAD_USER_INPUT');
      expect(result.data?.inbox ?? null).toBeNull();
    }
  });
});

/**
 * One domain down costs only its part (as gateway/partial.test.ts does it: a gateway and a sampling subgraph of our
 * own, the subgraph stopped, so the shared platform keeps every subgraph).
 */
describe('the inbox with sampling stopped', { timeout: 120_000 }, () => {
  const domain = 'sampling';
  const stopped = gatewayWithStoppedSubgraph(domain, { gateway: testPort(4150), subgraph: testPort(4151) });

  it('answers sampling’s part null with an error naming it, and every other part', async () => {
    const { gateway, token } = stopped;
    if (!gateway) return;
    const result = await gql<{ inbox: Inbox }>({ token }, INBOX, { n: 20 }, gateway.url);
    expect(result.status).toBe(200);
    expect(result.data?.inbox?.sampling).toBeNull();
    expect(result.errors?.length, JSON.stringify(result.errors)).toBeGreaterThan(0);
    for (const error of result.errors ?? []) {
      expect(error.extensions?.serviceName, JSON.stringify(error)).toBe(domain);
      expect(error.message).toContain(domain);
    }
    const shared = await inboxOf('officer');
    for (const part of PARTS.filter((p) => p !== domain))
      expect(result.data?.inbox?.[part], part).toEqual(shared[part]);
  });
});
