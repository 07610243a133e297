import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { addDays, todayInChina } from '@shian/clock';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { Notice } from '../src/entities';
import subgraph from '../src/schema';

const ELSEWHERE = '511902002';
const SEND = 'mutation ($i: NoticeInput!) { sendNotice(input: $i) { id number sentOn dueOn } }';
const REPLY = `mutation ($id: ID!, $on: LocalDate!, $reply: String!) {
  recordNoticeReply(id: $id, repliedOn: $on, reply: $reply) { id repliedOn reply dueOn township { id } } }`;
const INBOX = `query ($days: Int) { inbox(withinWorkingDays: $days) { entities {
  key kind title recordId recordCode townshipId dueDate state link } } }`;

type Item = {
  key: string;
  kind: string;
  title: string;
  recordId: string;
  recordCode: string;
  townshipId: string;
  dueDate: string;
  state: string;
  link: string;
};
type Sent = { id: string; number: string; sentOn: string; dueOn: string | null };
const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

describe.each(await dialects())('notice replies and their inbox clock on %s', (dialect) => {
  const t = testSubgraph(subgraph, {
    dialect,
    seed: true,
    gateway: { CalendarOverrides: () => ({ calendarOverrides: [] }) },
  });
  const today = todayInChina();

  /** A notice sent by the district officer to a township: sent `sentDaysAgo` days back, due `dueInDays` from today. */
  async function send(townshipId: string, sentDaysAgo: number, dueInDays: number | null): Promise<Sent> {
    const res = await t.execute(SEND, {
      i: {
        kind: 'SUPERVISION_LETTER',
        townshipId,
        title: '关于校园周边食品安全问题整改的督办函',
        content: '请于期限内反馈整改情况。',
        sentOn: addDays(today, -sentDaysAgo),
        dueOn: dueInDays === null ? null : addDays(today, dueInDays),
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.sendNotice;
  }

  const reply = (id: string, on: string, text: string, as: string | null) =>
    t.execute(REPLY, { id, on, reply: text }, { as });

  /** The notice's row as stored, read past the API: a refused reply must have written nothing. */
  const stored = async (id: string) => {
    const notice = await t.orm.em.fork().findOneOrFail(Notice, { id });
    return { repliedOn: notice.repliedOn, reply: notice.reply };
  };

  const inbox = async (as: string, days = 5): Promise<Item[]> => {
    const res = await t.execute(INBOX, { days }, { as });
    expect(res.errors, as).toBeUndefined();
    return res.data!.inbox.entities;
  };

  it('lets the township record its reply once, audited, and a leader reply for another township', async () => {
    const mine = await send(DEMO_TOWNSHIP_ID, 10, 5);
    const res = await reply(mine.id, addDays(today, -1), '  已组织整改,问题全部销号。  ', 'township');
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordNoticeReply).toEqual({
      id: mine.id,
      repliedOn: addDays(today, -1),
      reply: '已组织整改,问题全部销号。',
      dueOn: mine.dueOn,
      township: { id: DEMO_TOWNSHIP_ID },
    });
    expect(await stored(mine.id)).toEqual({ repliedOn: addDays(today, -1), reply: '已组织整改,问题全部销号。' });

    const rows = (await t.orm.em
      .fork()
      .getConnection()
      .execute(
        `select kind, actor_username as "actor" from shian_audit where record_type = 'Notice' and record_id = ?`,
        [mine.id],
        'all',
      )) as { kind: string; actor: string }[];
    expect(rows).toContainEqual({ kind: 'UPDATE', actor: 'township' });

    // A second reply, by the same township or by the district, is refused and the first one stays.
    for (const as of ['township', 'admin']) {
      const again = await reply(mine.id, today, '再次反馈', as);
      expect(codes(again), as).toEqual(['CONFLICT']);
      expect(again.errors![0]!.message).toMatch(/已于 .* 记录反馈/);
    }
    expect(await stored(mine.id)).toEqual({ repliedOn: addDays(today, -1), reply: '已组织整改,问题全部销号。' });

    // District staff record it on the township's behalf, any township; the reply may be dated on the day it was sent.
    const theirs = await send(ELSEWHERE, 3, 10);
    const byLeader = await reply(theirs.id, theirs.sentOn, '乡镇电话反馈,已整改。', 'admin');
    expect(byLeader.errors).toBeUndefined();
    expect(byLeader.data!.recordNoticeReply).toMatchObject({ repliedOn: theirs.sentOn, township: { id: ELSEWHERE } });
    const byOfficer = await send(ELSEWHERE, 3, 10);
    expect((await reply(byOfficer.id, today, '已整改', 'officer')).errors).toBeUndefined();
  });

  it('lets only one of two replies sent at once land', async () => {
    const mine = await send(DEMO_TOWNSHIP_ID, 5, 5);
    const results = await Promise.all([
      reply(mine.id, today, '乡镇的反馈', 'township'),
      reply(mine.id, addDays(today, -1), '区局代录的反馈', 'officer'),
    ]);
    expect(results.map(codes).sort()).toEqual([[], ['CONFLICT']]);
    const landed = results.find((r) => !r.errors)!.data!.recordNoticeReply;
    expect(await stored(mine.id)).toEqual({ repliedOn: landed.repliedOn, reply: landed.reply });
  });

  it('refuses another township’s officer, partners and village liaisons, writing nothing', async () => {
    const theirs = await send(ELSEWHERE, 5, 5);
    const township = await reply(theirs.id, today, '越权反馈', 'township');
    expect(codes(township)).toEqual(['FORBIDDEN']);
    expect(township.errors![0]!.message).toMatch(/其他乡镇/);
    expect(township.data?.recordNoticeReply ?? null).toBeNull();

    const mine = await send(DEMO_TOWNSHIP_ID, 5, 5);
    for (const [as, message] of [
      ['police', /协作部门无权记录函件反馈/],
      ['education', /协作部门无权记录函件反馈/],
      ['village', /协管员无权记录函件反馈/],
    ] as const) {
      for (const id of [mine.id, theirs.id]) {
        const res = await reply(id, today, '越权反馈', as);
        expect(codes(res), as).toEqual(['FORBIDDEN']);
        expect(res.errors![0]!.message, as).toMatch(message);
      }
    }
    expect(codes(await reply(mine.id, today, '匿名', null))).toEqual(['UNAUTHENTICATED']);
    expect(await stored(theirs.id)).toEqual({ repliedOn: null, reply: null });
    expect(await stored(mine.id)).toEqual({ repliedOn: null, reply: null });
  });

  it('checks the date and the text in Chinese, writing nothing', async () => {
    const mine = await send(DEMO_TOWNSHIP_ID, 5, 5);
    const refused = async (on: string, text: string, field: string, message: RegExp) => {
      const res = await reply(mine.id, on, text, 'township');
      expect(codes(res), `${on} ${text.slice(0, 10)}`).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions?.field).toBe(field);
      expect(res.errors![0]!.message).toMatch(message);
    };
    await refused(addDays(mine.sentOn, -1), '早于发文', 'repliedOn', /不能早于发出日期/);
    await refused(addDays(today, 1), '明天的反馈', 'repliedOn', /不能晚于今天/);
    await refused(today, '   ', 'reply', /反馈内容不能为空/);
    await refused(today, '长'.repeat(2001), 'reply', /不能超过2000个字符/);
    expect(await stored(mine.id)).toEqual({ repliedOn: null, reply: null });
    // Exactly the limit is accepted.
    expect((await reply(mine.id, today, '长'.repeat(2000), 'township')).errors).toBeUndefined();

    const missing = await reply('no-such-notice', today, '反馈', 'officer');
    expect(codes(missing)).toEqual(['NOT_FOUND']);
  });

  it('lists unreplied notices due soon or overdue in the inbox, in scope, until the reply is recorded', async () => {
    const overdue = await send(DEMO_TOWNSHIP_ID, 40, -2);
    const soon = await send(DEMO_TOWNSHIP_ID, 5, 1);
    const far = await send(DEMO_TOWNSHIP_ID, 5, 60);
    const none = await send(DEMO_TOWNSHIP_ID, 5, null);
    const theirs = await send(ELSEWHERE, 40, -3);

    const items = await inbox('officer');
    const byId = (list: Item[], id: string) => list.find((i) => i.recordId === id);
    expect(byId(items, overdue.id)).toEqual({
      key: `entities:NOTICE_REPLY:${overdue.id}`,
      kind: 'NOTICE_REPLY',
      title: `督办函 ${overdue.number}:反馈期限`,
      recordId: overdue.id,
      recordCode: overdue.number,
      townshipId: DEMO_TOWNSHIP_ID,
      dueDate: overdue.dueOn,
      state: 'OVERDUE',
      link: `/entities/notices?townshipId=${DEMO_TOWNSHIP_ID}&kind=SUPERVISION_LETTER&year=${overdue.sentOn.slice(0, 4)}`,
    });
    expect(byId(items, soon.id)).toMatchObject({ state: 'DUE_SOON', dueDate: soon.dueOn });
    expect(byId(items, far.id)).toBeUndefined();
    expect(byId(items, none.id)).toBeUndefined();
    expect(byId(items, theirs.id)).toMatchObject({ state: 'OVERDUE', townshipId: ELSEWHERE });

    // Every notice item is one the notices list has unreplied with a due date up to the window's end.
    const list = await t.execute('{ notices(first: 100) { nodes { id dueOn repliedOn } } }');
    expect(list.errors).toBeUndefined();
    const open = new Set(
      list
        .data!.notices.nodes.filter((n: { dueOn: string | null; repliedOn: string | null }) => n.dueOn && !n.repliedOn)
        .map((n: { id: string }) => n.id),
    );
    for (const item of items.filter((i) => i.kind === 'NOTICE_REPLY')) expect(open.has(item.recordId)).toBe(true);

    // The township officer sees their township's notices only.
    const township = await inbox('township');
    expect(byId(township, overdue.id)).toBeDefined();
    expect(byId(township, soon.id)).toBeDefined();
    expect(byId(township, theirs.id)).toBeUndefined();
    expect(township.filter((i) => i.kind === 'NOTICE_REPLY').every((i) => i.townshipId === DEMO_TOWNSHIP_ID)).toBe(
      true,
    );

    // Replied (late or on time), the clock is closed: gone for everyone.
    expect((await reply(overdue.id, today, '已整改并反馈', 'township')).errors).toBeUndefined();
    expect((await reply(soon.id, today, '已整改并反馈', 'officer')).errors).toBeUndefined();
    for (const as of ['officer', 'township']) {
      const after = await inbox(as);
      expect(byId(after, overdue.id), as).toBeUndefined();
      expect(byId(after, soon.id), as).toBeUndefined();
    }
    expect(byId(await inbox('officer'), theirs.id)).toBeDefined();
  });
});
