import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const FIGURES =
  'query ($year: Int!) { workReport(year: $year) { publicity { posts postsByKind { kind count } opinionEvents opinionEventsHandled opinionEventsEscalated outreachEvents materials peopleReached } } }';

const REPORT =
  'mutation ($input: OpinionEventInput!) { reportOpinionEvent(input: $input) { id status version transitions } }';
const MOVE =
  'mutation ($id: ID!, $input: OpinionMoveInput!, $v: Int) { moveOpinionEvent(id: $id, input: $input, expectedVersion: $v) { id status version escalated escalatedTo caseId closedAt steps { fromStatus toStatus by note } } }';
const EVENT = 'query ($id: ID!) { opinionEvent(id: $id) { status version steps { toStatus } } }';

describe.each(await dialects())('publicity subgraph on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });

  const newEvent = async (extra: Record<string, unknown> = {}, as = 'officer') => {
    const res = await t.execute(
      REPORT,
      {
        input: {
          title: '测试舆情',
          content: '网传某店销售过期食品',
          platform: '抖音',
          detectedAt: '2024-12-01T02:00:00Z',
          severity: 'GENERAL',
          ...extra,
        },
      },
      { as },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.reportOpinionEvent as { id: string; status: string; version: number; transitions: string[] };
  };

  it('counts the 2024 figures from the records', async () => {
    const res = await t.execute(FIGURES, { year: 2024 });
    expect(res.errors).toBeUndefined();
    const figures = res.data!.workReport.publicity;
    expect(figures).toMatchObject({
      posts: 56,
      opinionEvents: 3,
      opinionEventsHandled: 3,
      opinionEventsEscalated: 1,
      outreachEvents: 12,
      materials: 12_260,
    });
    expect(figures.postsByKind.reduce((sum: number, k: { count: number }) => sum + k.count, 0)).toBe(56);
    const articles = await t.execute('{ articles(filter: { year: 2024 }) { totalCount } }');
    expect(articles.data!.articles.totalCount).toBe(56);
    const events = await t.execute('{ opinionEvents(filter: { year: 2024, status: CLOSED }) { totalCount } }');
    expect(events.data!.opinionEvents.totalCount).toBe(3);
    const older = (await t.execute(FIGURES, { year: 2023 })).data!.workReport.publicity;
    expect(older).toMatchObject({ posts: 4, opinionEvents: 1, outreachEvents: 0 });
  });

  it('lists articles with filters, the named ones among them', async () => {
    const named = await t.execute(
      '{ articles(first: 100, filter: { year: 2024 }) { nodes { title kind channel publishedAt reach } } }',
    );
    const titles = named.data!.articles.nodes.map((n: { title: string }) => n.title);
    for (const title of ['特殊食品知多少', '如何应对食品安全网络谣言', '预防有毒野生菌'])
      expect(titles).toContain(title);
    const rumours = await t.execute(
      '{ articles(first: 100, filter: { kind: RUMOUR_REFUTATION }) { totalCount nodes { kind } } }',
    );
    expect(new Set(rumours.data!.articles.nodes.map((n: { kind: string }) => n.kind))).toEqual(
      new Set(['RUMOUR_REFUTATION']),
    );
    const search = await t.execute('{ articles(filter: { search: "野生菌" }) { totalCount } }');
    expect(search.data!.articles.totalCount).toBe(2);
    const wildcard = await t.execute('{ articles(filter: { search: "%" }) { totalCount } }');
    expect(wildcard.data!.articles.totalCount).toBe(0);
    const bad = await t.execute(
      'mutation { createArticle(input: { title: "", kind: SCIENCE, channel: WECHAT, publishedAt: "2024-05-01T00:00:00Z", author: "局", reach: -1 }) { id } }',
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const township = await t.execute(
      'mutation { createArticle(input: { title: "标题", kind: SCIENCE, channel: WECHAT, publishedAt: "2024-05-01T00:00:00Z", author: "局" }) { id } }',
      {},
      { as: 'township' },
    );
    expect(township.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute('{ articles { totalCount } }')).data!.articles.totalCount).toBe(60);
  });

  it('shows the named events with their entity, steps and case', async () => {
    const res = await t.execute(
      '{ opinionEvents(first: 10, filter: { year: 2024 }) { nodes { title status severity escalated entity { id } township { id } caseId case { id } steps { fromStatus toStatus } transitions } } }',
    );
    expect(res.errors).toBeUndefined();
    const byTitle = new Map(res.data!.opinionEvents.nodes.map((n: { title: string }) => [n.title, n]));
    const pork = byTitle.get('巴中某市场惊现母猪肉') as Record<string, any>;
    expect(pork).toMatchObject({
      status: 'CLOSED',
      entity: { id: 'E0049' },
      township: { id: '511902001' },
      transitions: [],
    });
    expect(pork.steps.map((s: { toStatus: string }) => s.toStatus)).toEqual([
      'DETECTED',
      'VERIFYING',
      'HANDLING',
      'RESPONDED',
      'CLOSED',
    ]);
    const beef = byTitle.get('展销会上用里脊肉冒充牛肉') as Record<string, any>;
    expect(beef.escalated).toBe(true);
    expect(beef.steps.map((s: { toStatus: string }) => s.toStatus)).toContain('ESCALATED');
  });

  it('moves an event along its lifecycle and refuses an illegal move with nothing written', async () => {
    const event = await newEvent();
    expect(event).toMatchObject({ status: 'DETECTED', transitions: ['VERIFYING'] });
    const illegal = await t.execute(MOVE, { id: event.id, input: { to: 'CLOSED', note: '直接办结' } });
    expect(illegal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(illegal.errors?.[0]?.message).toContain('「发现」');
    expect(illegal.errors?.[0]?.message).toContain('「办结」');
    const unchanged = (await t.execute(EVENT, { id: event.id })).data!.opinionEvent;
    expect(unchanged).toEqual({ status: 'DETECTED', version: event.version, steps: [{ toStatus: 'DETECTED' }] });

    let version = event.version;
    const move = async (input: Record<string, unknown>) => {
      const res = await t.execute(MOVE, { id: event.id, input, v: version });
      expect(res.errors).toBeUndefined();
      version = res.data!.moveOpinionEvent.version;
      return res.data!.moveOpinionEvent;
    };
    await move({ to: 'VERIFYING', note: '现场核查' });
    const noUnit = await t.execute(MOVE, { id: event.id, input: { to: 'ESCALATED', note: '上报' } });
    expect(noUnit.errors?.[0]?.extensions?.field).toBe('escalatedTo');
    expect((await move({ to: 'ESCALATED', note: '上报', escalatedTo: '区食安办' })).escalated).toBe(true);
    await move({ to: 'HANDLING', note: '立案查处', caseId: 'CASE-TEST-1' });
    const stale = await t.execute(MOVE, { id: event.id, input: { to: 'RESPONDED', note: '回应' }, v: version - 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await move({ to: 'RESPONDED', note: '发布通报' });
    const closed = await move({ to: 'CLOSED', note: '办结' });
    expect(closed).toMatchObject({ status: 'CLOSED', caseId: 'CASE-TEST-1', escalatedTo: '区食安办' });
    expect(closed.closedAt).toBeTruthy();
    expect(closed.steps.map((s: { toStatus: string }) => s.toStatus)).toEqual([
      'DETECTED',
      'VERIFYING',
      'ESCALATED',
      'HANDLING',
      'RESPONDED',
      'CLOSED',
    ]);
    expect(closed.steps[1]).toMatchObject({ fromStatus: 'DETECTED', by: 'officer', note: '现场核查' });
    const board = await t.execute('{ opinionBoard { status count } }');
    expect(board.data!.opinionBoard.find((s: { status: string }) => s.status === 'CLOSED').count).toBe(5);
  });

  it('refuses bad reports with nothing written', async () => {
    const before = (await t.execute('{ opinionEvents { totalCount } }')).data!.opinionEvents.totalCount;
    const input = {
      title: '舆情',
      content: '内容',
      platform: '抖音',
      detectedAt: '2024-12-01T02:00:00Z',
      severity: 'GENERAL',
    };
    const disagreeing = await t.execute(REPORT, { input: { ...input, entityId: 'E0049', townshipId: '511902002' } });
    expect(disagreeing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townshipId' });
    expect(disagreeing.errors?.[0]?.message).toBe(
      '所填乡镇(街道)511902002 与主体 E0049 登记的乡镇(街道)511902001 不一致',
    );
    const future = await t.execute(REPORT, { input: { ...input, detectedAt: '2099-01-01T00:00:00Z' } });
    expect(future.errors?.[0]?.extensions?.field).toBe('detectedAt');
    const severity = await t.execute(REPORT, { input: { ...input, severity: 'HUGE' } });
    expect(severity.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.execute('{ opinionEvents { totalCount } }')).data!.opinionEvents.totalCount).toBe(before);
  });

  it('scopes opinion events to the township officer’s township and refuses partners', async () => {
    const mine = await t.execute(
      '{ opinionEvents(first: 100) { nodes { id title township { id } } } }',
      {},
      { as: 'township' },
    );
    expect(mine.errors).toBeUndefined();
    const townships = new Set(
      mine.data!.opinionEvents.nodes.map((n: { township: { id: string } | null }) => n.township?.id ?? null),
    );
    for (const id of townships) expect([null, '511902001']).toContain(id);
    const titles = mine.data!.opinionEvents.nodes.map((n: { title: string }) => n.title);
    expect(titles).toContain('巴中某市场惊现母猪肉');
    expect(titles).not.toContain('展销会上用里脊肉冒充牛肉');
    const all = await t.execute('{ opinionEvents(first: 100) { nodes { id title } } }');
    const beef = all.data!.opinionEvents.nodes.find((n: { title: string }) => n.title === '展销会上用里脊肉冒充牛肉');
    const denied = await t.execute(EVENT, { id: beef.id }, { as: 'township' });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreignMove = await t.execute(
      MOVE,
      { id: beef.id, input: { to: 'HANDLING', note: 'x' } },
      { as: 'township' },
    );
    expect(foreignMove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await newEvent({ entityId: 'E0049', townshipId: '511902001' }, 'township');
    const moved = await t.execute(MOVE, { id: own.id, input: { to: 'VERIFYING', note: '核查' } }, { as: 'township' });
    expect(moved.data!.moveOpinionEvent.status).toBe('VERIFYING');
    const elsewhere = await t.execute(
      REPORT,
      {
        input: {
          title: 'x',
          content: 'x',
          platform: 'x',
          detectedAt: '2024-12-01T02:00:00Z',
          severity: 'GENERAL',
          entityId: 'E0701',
          townshipId: '511902003',
        },
      },
      { as: 'township' },
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entityId' });
    for (const query of [
      '{ opinionEvents { totalCount } }',
      '{ articles { totalCount } }',
      '{ outreachEvents { totalCount } }',
      '{ workReport(year: 2024) { publicity { posts } } }',
    ]) {
      expect((await t.execute(query, {}, { as: 'police' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await t.execute(query, {}, { as: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('shows the publicity week and the outreach calendar', async () => {
    const weeks = await t.execute(
      '{ publicityWeeks(year: 2024) { id name theme startsOn endsOn activityCount materials activities { kind heldOn } } }',
    );
    expect(weeks.errors).toBeUndefined();
    const [week] = weeks.data!.publicityWeeks;
    expect(week).toMatchObject({ theme: '诚信尚俭 共享食安', activityCount: 12, materials: 12_260 });
    const calendar = await t.execute(
      '{ outreachEvents(first: 100, filter: { from: "2024-06-19", to: "2024-06-20" }) { totalCount nodes { heldOn title week { theme } township { id } } } }',
    );
    expect(calendar.data!.outreachEvents.totalCount).toBe(6);
    const input = {
      title: '进社区宣传',
      theme: '预防食物中毒',
      kind: 'COMMUNITY',
      heldOn: '2024-06-19',
      place: '东城街道',
      organizer: '区局',
      materials: 100,
      peopleReached: 50,
      weekId: week.id,
    };
    const create = 'mutation ($input: OutreachEventInput!) { createOutreachEvent(input: $input) { id } }';
    const negative = await t.execute(create, { input: { ...input, materials: -5 } });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'materials' });
    const outside = await t.execute(create, { input: { ...input, heldOn: '2024-07-01' } });
    expect(outside.errors?.[0]?.extensions?.field).toBe('heldOn');
    const township = await t.execute(create, { input: { ...input, weekId: null } }, { as: 'township' });
    expect(township.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute('{ outreachEvents { totalCount } }')).data!.outreachEvents.totalCount).toBe(12);
    const ok = await t.execute(
      create,
      { input: { ...input, weekId: null, townshipId: '511902001', heldOn: '2024-08-08' } },
      { as: 'township' },
    );
    expect(ok.errors).toBeUndefined();
  });

  it('answers nested lists in a fixed number of statements', async () => {
    for (let i = 0; i < 12; i++) await newEvent({ title: `批量舆情${i}` });
    const queries = [
      (n: number) =>
        `{ opinionEvents(first: ${n}) { nodes { id steps { toStatus } entity { id } township { id } transitions } } }`,
      (n: number) =>
        `{ outreachEvents(first: ${n}) { nodes { id week { name activityCount materials } township { id } } } }`,
      (n: number) => `{ articles(first: ${n}) { nodes { id title } } }`,
    ];
    for (const query of queries) {
      const small = await t.countStatements(() => t.execute(query(3)));
      const large = await t.countStatements(() => t.execute(query(100)));
      expect(large.result.errors).toBeUndefined();
      expect(large.statements).toBe(small.statements);
    }
  });

  it('refuses a link at a stale version with CONFLICT, writing nothing, and takes the current one', async () => {
    const LINK =
      'mutation ($id: ID!, $c: ID, $v: Int) { linkOpinionEvent(id: $id, caseId: $c, expectedVersion: $v) { caseId version } }';
    const READ = 'query ($id: ID!) { opinionEvent(id: $id) { status version caseId steps { toStatus } } }';
    const event = await newEvent();
    const moved = await t.execute(MOVE, { id: event.id, input: { to: 'VERIFYING', note: '核查' }, v: event.version });
    expect(moved.errors).toBeUndefined();
    const now = (await t.execute(READ, { id: event.id })).data!.opinionEvent;
    expect(now.version).toBe(event.version + 1);
    const stale = await t.execute(LINK, { id: event.id, c: 'CASE-TEST-1', v: event.version });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/^舆情已被他人修改/);
    expect((await t.execute(READ, { id: event.id })).data!.opinionEvent).toEqual(now);
    const current = await t.execute(LINK, { id: event.id, c: 'CASE-TEST-1', v: now.version });
    expect(current.errors).toBeUndefined();
    expect(current.data!.linkOpinionEvent).toEqual({ caseId: 'CASE-TEST-1', version: now.version + 1 });
  });
});
