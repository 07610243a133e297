import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { addDays, HolidayCalendar, todayInChina } from '@shian/clock';
import { dialects, INBOX_ITEM_FIELDS, type InboxItemAnswer, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const calendar = HolidayCalendar.chinese();
const today = todayInChina();
const daysAgo = (n: number) => addDays(today, -n);
/** The working day `n` working days after today. */
function workingDaysAhead(n: number): string {
  let date = today;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const INBOX = `query ($n: Int) { inbox(withinWorkingDays: $n) { withinWorkingDays enforcement {
  ${INBOX_ITEM_FIELDS} } } }`;
const CLUE = 'mutation($i: ClueInput!) { createClue(input: $i) { id version number townshipId } }';
const MOVE = 'mutation($i: CaseMoveInput!) { moveCase(input: $i) { id version status } }';
const INSPECTION =
  'mutation($i: InspectionInput!) { createInspection(input: $i) { id townshipId publicationClock { deadline } } }';

type Item = InboxItemAnswer;
interface ClockRow {
  code: string;
  status: string;
  deadline: string | null;
}

describe.each(await dialects())('enforcement inbox on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });

  const inbox = async (n: number, as = 'officer'): Promise<Item[]> => {
    const res = await t.execute<{ inbox: { enforcement: Item[] } }>(INBOX, { n }, { as });
    expect(res.errors).toBeUndefined();
    return res.data!.inbox.enforcement;
  };

  const clue = async (entityId: string, townshipId: string, receivedOn: string) => {
    const res = await t.execute(CLUE, {
      i: {
        title: '某店涉嫌经营过期食品案',
        source: 'COMPLAINT',
        entityId,
        townshipId,
        receivedOn,
        description: '待办测试',
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createClue as { id: string; version: number; number: string | null; townshipId: string };
  };

  let own: { id: string };
  let other: { id: string; townshipId: string };
  beforeAll(async () => {
    // Received 30 days ago: the 15 working days to decide on filing have run out.
    own = await clue('E0087', DEMO_TOWNSHIP_ID, daysAgo(30));
    other = await clue('E0050', '511902002', daysAgo(30));
  });

  it('gives the officer the overdue demo cases and complaints, each clock as its own field computes it', async () => {
    const items = await inbox(3);
    const res = await t.execute<{
      cases: { nodes: { id: string; clocks: ClockRow[] }[] };
      complaints: { nodes: { id: string; clock: ClockRow }[] };
    }>(`{ cases(filter: { overdue: true }, first: 100) { nodes { id clocks { code status deadline } } }
          complaints(filter: { overdue: true }, first: 100) { nodes { id clock { code status deadline } } } }`);
    expect(res.errors).toBeUndefined();
    const cases = res.data!.cases.nodes;
    // The demo's own overdue cases, not only the clues added here.
    expect(cases.filter((c) => c.id !== own.id && c.id !== other.id).length).toBeGreaterThan(0);
    for (const record of cases) {
      const late = record.clocks.filter((c) => c.status === 'OVERDUE');
      expect(late.length, record.id).toBeGreaterThan(0);
      for (const clock of late) {
        expect(items).toContainEqual(
          expect.objectContaining({
            key: `enforcement:${clock.code}:${record.id}`,
            state: 'OVERDUE',
            dueDate: clock.deadline,
            link: `/enforcement/cases/${record.id}`,
          }),
        );
      }
    }
    // Every item of a case's own clock is an open clock of that case (Case.clocks), with its deadline.
    const caseItems = items.filter((i) => i.recordId !== own.id && i.link === `/enforcement/cases/${i.recordId}`);
    const caseIds = [...new Set(caseItems.map((i) => i.recordId))];
    const read = await t.execute<Record<string, { id: string; clocks: ClockRow[] }>>(
      `{ ${caseIds.map((id, i) => `c${i}: case(id: "${id}") { id clocks { code status deadline } }`).join(' ')} }`,
    );
    expect(read.errors).toBeUndefined();
    const byId = new Map(Object.values(read.data!).map((c) => [c.id, c.clocks]));
    for (const item of caseItems) {
      const clock = byId.get(item.recordId)!.find((c) => c.code === item.kind);
      expect(clock, item.key).toBeDefined();
      expect(['RUNNING', 'OVERDUE']).toContain(clock!.status);
      expect(clock!.deadline).toBe(item.dueDate);
    }
    for (const item of items) expect(item.state).toBe(item.dueDate < today ? 'OVERDUE' : 'DUE_SOON');
    for (const complaint of res.data!.complaints.nodes) {
      expect(items).toContainEqual(
        expect.objectContaining({ recordId: complaint.id, state: 'OVERDUE', dueDate: complaint.clock.deadline }),
      );
    }
    for (const item of items) {
      expect(item).toMatchObject({
        domain: 'enforcement',
        key: `enforcement:${item.kind}:${item.recordId}`,
        dueAt: null,
      });
      expect(item.link).toMatch(/^\/enforcement\//);
    }
    const order = items.map((i) => `${i.dueDate} ${i.key}`);
    expect(order).toEqual([...order].sort());
  });

  it('leaves out a met clock, and bounds the window at exactly N working days', async () => {
    const fresh = await clue('E0087', DEMO_TOWNSHIP_ID, today);
    const filingKey = `enforcement:CASE_FILING:${fresh.id}`;
    // 15 working days to decide on filing: in a window of 15, not of 14.
    expect((await inbox(15)).find((i) => i.key === filingKey)).toMatchObject({
      state: 'DUE_SOON',
      dueDate: workingDaysAhead(15),
    });
    expect((await inbox(14)).map((i) => i.key)).not.toContain(filingKey);

    const filed = await t.execute(MOVE, {
      i: {
        caseId: fresh.id,
        version: fresh.version,
        to: 'FILED',
        on: today,
        officerIds: ['IN05', 'IN06'],
        violations: ['EXPIRED'],
        legalBasis: '《中华人民共和国食品安全法》第三十四条第(十)项',
      },
    });
    expect(filed.errors).toBeUndefined();
    const clocks = await t.execute<{ case: { clocks: ClockRow[] } }>(
      'query($id: ID!) { case(id: $id) { clocks { code status deadline } } }',
      { id: fresh.id },
    );
    expect(clocks.data!.case.clocks.find((c) => c.code === 'CASE_FILING')?.status).toBe('MET');
    const after = (await inbox(20)).filter((i) => i.recordId === fresh.id);
    expect(after.map((i) => i.kind)).not.toContain('CASE_FILING');

    // An inspection's rectification deadline (a date, not a period) and its publication clock.
    const created = await t.execute<{ createInspection: { id: string; publicationClock: { deadline: string } } }>(
      INSPECTION,
      {
        i: {
          entityId: 'E0300',
          townshipId: DEMO_TOWNSHIP_ID,
          inspectedOn: today,
          kind: 'ROUTINE',
          verdict: 'NON_COMPLIANT',
          inspectorIds: ['IN01', 'IN02'],
          findings: '后厨卫生差',
          rectificationDeadline: workingDaysAhead(2),
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const inspection = created.data!.createInspection;
    const rectKey = `enforcement:INSPECTION_RECTIFICATION:${inspection.id}`;
    expect((await inbox(2)).find((i) => i.key === rectKey)).toMatchObject({ state: 'DUE_SOON' });
    expect((await inbox(1)).map((i) => i.key)).not.toContain(rectKey);
    expect(
      (await inbox(20)).find((i) => i.key === `enforcement:INSPECTION_PUBLICATION:${inspection.id}`),
    ).toMatchObject({ dueDate: inspection.publicationClock.deadline });
    const rectified = await t.execute(
      'mutation($id: ID!, $on: LocalDate!) { recordRectification(id: $id, rectifiedOn: $on) { rectifiedOn } }',
      { id: inspection.id, on: today },
    );
    expect(rectified.errors).toBeUndefined();
    expect((await inbox(20)).map((i) => i.key)).not.toContain(rectKey);
  });

  it('gives a township officer only their township’s records', async () => {
    const district = await inbox(5);
    for (const record of [own, other]) {
      expect(district).toContainEqual(
        expect.objectContaining({ key: `enforcement:CASE_FILING:${record.id}`, state: 'OVERDUE' }),
      );
    }
    expect(other.townshipId).not.toBe(DEMO_TOWNSHIP_ID);
    const township = await inbox(5, 'township');
    const ids = township.map((i) => i.recordId);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
    expect(new Set(township.map((i) => i.townshipId))).toEqual(new Set([DEMO_TOWNSHIP_ID]));
    expect(township).toEqual(district.filter((i) => i.townshipId === DEMO_TOWNSHIP_ID));
  });

  it('refuses partners and village liaisons, and a window out of bounds', async () => {
    for (const as of ['police', 'village']) {
      const res = await t.execute(INBOX, { n: 3 }, { as });
      expect(codes(res), as).toEqual(['FORBIDDEN']);
      expect(res.data?.inbox ?? null).toBeNull();
    }
    for (const n of [0, 21]) expect(codes(await t.execute(INBOX, { n }))).toEqual(['BAD_USER_INPUT']);
    const ref =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Inbox { enforcement { key townshipId } } } }';
    const r = [{ __typename: 'Inbox', withinWorkingDays: 3 }];
    expect(codes(await t.execute(ref, { r }, { as: 'police' }))).toEqual(['FORBIDDEN']);
    const scoped = await t.execute<{ _entities: { enforcement: Item[] }[] }>(ref, { r }, { as: 'township' });
    expect(scoped.errors).toBeUndefined();
    const items = scoped.data!._entities[0]!.enforcement;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.townshipId === DEMO_TOWNSHIP_ID)).toBe(true);
  });
});
