import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@shian/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alertMessage,
  beijingNow,
  deliverWithRetries,
  digestMessage,
  dingTalkSignedUrl,
  type InboxItem,
  readInbox,
  reminderSettingsFromEnv,
  routeItems,
  type RunAsService,
  sendOnce,
  type SendResult,
  startReminderScheduler,
} from '../src/reminders';

const SHELL = 'https://shian.example.gov.cn';

const item = (n: number, extra: Partial<InboxItem> = {}): InboxItem => ({
  key: `sampling:SAMPLE_NOTIFICATION:${n}`,
  domain: 'sampling',
  kind: 'SAMPLE_NOTIFICATION',
  title: `抽样单 CY2026-${String(n).padStart(4, '0')}:不合格结果告知`,
  recordId: String(n),
  recordCode: `CY2026-${String(n).padStart(4, '0')}`,
  townshipId: '511902001',
  dueDate: '2026-12-01',
  dueAt: null,
  state: 'OVERDUE',
  link: `/sampling/samples/${n}`,
  ...extra,
});

describe('message formats', () => {
  const content = {
    date: '2026-12-06',
    scope: '东城街道',
    items: [item(1), item(2, { state: 'DUE_SOON', dueDate: '2026-12-09' })],
    unavailable: ['risk' as const],
    withinWorkingDays: 3,
  };

  it('企业微信: a markdown message whose content names the counts, the items with absolute links, and what is missing', () => {
    const { body, itemCount, summary } = digestMessage('WECOM', content, SHELL);
    expect(Object.keys(body as object)).toEqual(['msgtype', 'markdown']);
    const markdown = (body as { msgtype: string; markdown: { content: string } }).markdown;
    expect((body as { msgtype: string }).msgtype).toBe('markdown');
    expect(Object.keys(markdown)).toEqual(['content']);
    expect(markdown.content).toContain('已超期 **1** 项');
    expect(markdown.content).toContain('3个工作日内到期 **1** 项');
    expect(markdown.content).toContain(
      `[抽样单 CY2026-0001:不合格结果告知](${SHELL}/sampling/samples/1) 截止 2026-12-01`,
    );
    expect(markdown.content).toContain('风险与应急 暂时无法读取');
    expect(itemCount).toBe(2);
    expect(summary).toContain('风险与应急暂不可用');
  });

  it('钉钉: markdown with a title and text', () => {
    const { body } = digestMessage('DINGTALK', content, SHELL);
    const { msgtype, markdown } = body as { msgtype: string; markdown: { title: string; text: string } };
    expect(msgtype).toBe('markdown');
    expect(markdown.title).toBe('食品安全监管待办 2026-12-06');
    expect(markdown.text).toContain('范围:东城街道');
  });

  it('JSON: the items themselves, with absolute URLs and the missing parts', () => {
    const { body } = digestMessage('JSON', content, SHELL);
    expect(body).toMatchObject({
      type: 'DIGEST',
      date: '2026-12-06',
      counts: { overdue: 1, dueSoon: 1 },
      unavailable: ['risk'],
      items: [{ key: item(1).key, url: `${SHELL}/sampling/samples/1` }, { key: item(2).key }],
    });
    const alert = alertMessage('JSON', [item(3)], SHELL).body;
    expect(alert).toEqual({ type: 'OVERDUE_ALERT', items: [{ ...item(3), url: `${SHELL}/sampling/samples/3` }] });
  });

  it('keeps a robot message within 企业微信’s 4096 bytes, saying how much is not listed', () => {
    const many = Array.from({ length: 400 }, (_, n) => item(n, { title: `很长的标题${'甲'.repeat(60)}${n}` }));
    const { body } = digestMessage('WECOM', { ...content, items: many, unavailable: [] }, SHELL);
    const text = (body as { markdown: { content: string } }).markdown.content;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
    expect(text).toMatch(/另有 \d+ (项|行)未列出/);
    expect(text).toContain('已超期 **400** 项');
  });

  it('says so when nothing is due', () => {
    const { body } = digestMessage('WECOM', { ...content, items: [], unavailable: [] }, SHELL);
    expect((body as { markdown: { content: string } }).markdown.content).toContain('当前没有已超期或即将到期的事项');
  });

  it('an alert names the record, its domain and its deadline', () => {
    const { body } = alertMessage('WECOM', [item(7, { dueAt: '2026-12-05T02:00:00.000Z' })], SHELL);
    const text = (body as { markdown: { content: string } }).markdown.content;
    expect(text).toContain('所属:抽检监测,编号 CY2026-0007');
    expect(text).toContain('截止:2026-12-01 10:00');
  });
});

describe('several items turned overdue at once', () => {
  it('make one message listing each, not one message apiece', () => {
    const message = alertMessage('DINGTALK', [item(1), item(2), item(3)], SHELL);
    const { markdown } = message.body as { markdown: { title: string; text: string } };
    expect(markdown.title).toBe('3 项事项已超期');
    for (const n of [1, 2, 3]) expect(markdown.text).toContain(`(${SHELL}/sampling/samples/${n})`);
    expect(message.itemCount).toBe(3);
    expect(message.summary).toBe('3项已超期:抽样单 CY2026-0001:不合格结果告知等');
  });
});

describe('钉钉 signature', () => {
  it('adds timestamp and sign = base64 HMAC-SHA256 of "timestamp\\nsecret", URL-encoded', () => {
    const url = dingTalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', 'SECxyz', 1700000000000);
    const parsed = new URL(url);
    expect(parsed.searchParams.get('access_token')).toBe('abc');
    expect(parsed.searchParams.get('timestamp')).toBe('1700000000000');
    const expected = createHmac('sha256', 'SECxyz').update('1700000000000\nSECxyz').digest('base64');
    expect(parsed.searchParams.get('sign')).toBe(expected);
    // A base64 signature's + / = survive the query string.
    expect(url).toContain(`sign=${encodeURIComponent(expected)}`);
  });
});

describe('routing and the inbox', () => {
  const items = [item(1), item(2, { townshipId: '511902002' }), item(3, { townshipId: null })];
  it('gives a district channel everything and a township channel only its township', () => {
    expect(routeItems(items, { townshipId: null }).map((i) => i.recordId)).toEqual(['1', '2', '3']);
    expect(routeItems(items, { townshipId: '511902002' }).map((i) => i.recordId)).toEqual(['2']);
  });
  it('names a part that answered null with an error, and sorts by due date', () => {
    const inbox = readInbox(
      {
        data: {
          inbox: {
            withinWorkingDays: 3,
            entities: [item(2, { dueDate: '2026-12-03' })],
            sampling: null,
            enforcement: [item(1, { dueDate: '2026-12-01' })],
            training: [],
            publicity: [],
            risk: [],
          },
        },
        errors: [{ message: '子图 sampling 不可用', path: ['inbox', 'sampling'] }],
      },
      3,
    );
    expect(inbox?.unavailable).toEqual(['sampling']);
    expect(inbox?.items.map((i) => i.recordId)).toEqual(['1', '2']);
    expect(readInbox({ data: null, errors: [{ message: 'x' }] }, 3)).toBeNull();
  });
  it('reads Beijing time and the settings', () => {
    expect(beijingNow(new Date('2026-12-05T16:30:00Z'))).toEqual({ date: '2026-12-06', time: '00:30' });
    expect(reminderSettingsFromEnv({})).toMatchObject({ pollSeconds: 60, digestTime: '08:30', withinWorkingDays: 3 });
    expect(() => reminderSettingsFromEnv({ REMINDER_DIGEST_TIME: '8:30' })).toThrow('REMINDER_DIGEST_TIME');
    expect(() => reminderSettingsFromEnv({ REMINDER_POLL_SECONDS: '0' })).toThrow('REMINDER_POLL_SECONDS');
    expect(reminderSettingsFromEnv({ PUBLIC_SHELL_URL: SHELL }).shellUrl).toBe(SHELL);
  });
});

describe('the retry policy', () => {
  const fail: SendResult = { ok: false, status: 500, error: 'HTTP 500' };
  it('tries three times with doubling pauses, recording each, and leaves it FAILED', async () => {
    const recorded: boolean[] = [];
    const pauses: number[] = [];
    let attempts = 0;
    const outcome = await deliverWithRetries(
      async () => fail,
      async (_result, retrying) => {
        recorded.push(retrying);
        attempts++;
        return { status: retrying ? 'PENDING' : 'FAILED', attempts };
      },
      { attemptsPerTick: 3, delayMs: 100 },
      async (ms) => {
        pauses.push(ms);
      },
    );
    expect(recorded).toEqual([true, true, false]);
    expect(pauses).toEqual([100, 200]);
    expect(outcome.recorded.status).toBe('FAILED');
  });
  it('stops at the first success, and when the record says the delivery reached its limit', async () => {
    let n = 0;
    const ok = await deliverWithRetries(
      async () => (++n === 2 ? { ok: true, status: 200, error: null } : fail),
      async (result) => ({ status: result.ok ? 'SENT' : 'PENDING', attempts: n }),
      { attemptsPerTick: 3, delayMs: 0 },
    );
    expect(n).toBe(2);
    expect(ok.recorded.status).toBe('SENT');
    let sent = 0;
    await deliverWithRetries(
      async () => {
        sent++;
        return fail;
      },
      async () => ({ status: 'FAILED', attempts: 5 }),
      { attemptsPerTick: 3, delayMs: 0 },
    );
    expect(sent).toBe(1);
  });
});

describe('sending', () => {
  let server: Server;
  let base: string;
  let answer: { status: number; body: string; delayMs?: number } = { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
  const received: { url: string; body: unknown }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ url: req.url ?? '', body: JSON.parse(body) });
        setTimeout(() => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(answer.body);
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('succeeds on errcode 0 and fails on another errcode, a 500, a non-JSON robot answer or a timeout', async () => {
    const robot = { kind: 'WECOM' as const, url: `${base}/hook?key=k` };
    answer = { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
    expect(await sendOnce(robot, { a: 1 }, 2000)).toEqual({ ok: true, status: 200, error: null });
    expect(received.at(-1)).toEqual({ url: '/hook?key=k', body: { a: 1 } });
    answer = { status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' };
    expect(await sendOnce(robot, {}, 2000)).toMatchObject({
      ok: false,
      status: 200,
      error: 'errcode 93000: invalid webhook url',
    });
    answer = { status: 500, body: 'boom' };
    expect(await sendOnce(robot, {}, 2000)).toMatchObject({ ok: false, status: 500 });
    answer = { status: 200, body: 'ok' };
    expect((await sendOnce(robot, {}, 2000)).ok).toBe(false);
    // A JSON receiver needs only a 2xx.
    expect((await sendOnce({ kind: 'JSON', url: `${base}/json` }, {}, 2000)).ok).toBe(true);
    answer = { status: 200, body: '{"errcode":0}', delayMs: 500 };
    expect(await sendOnce(robot, {}, 100)).toMatchObject({
      ok: false,
      status: null,
      error: expect.stringContaining('超时'),
    });
  });

  it('does not post to a host outside REMINDER_WEBHOOK_HOSTS, even for a channel saved before the list narrowed', async () => {
    const saved = process.env.REMINDER_WEBHOOK_HOSTS;
    process.env.REMINDER_WEBHOOK_HOSTS = 'qyapi.weixin.qq.com';
    const count = received.length;
    try {
      const result = await sendOnce({ kind: 'JSON', url: `${base}/json` }, {}, 2000);
      expect(result).toMatchObject({
        ok: false,
        status: null,
        error: expect.stringContaining('不在允许的提醒地址之内'),
      });
      expect(received.length).toBe(count);
    } finally {
      if (saved === undefined) delete process.env.REMINDER_WEBHOOK_HOSTS;
      else process.env.REMINDER_WEBHOOK_HOSTS = saved;
    }
  });

  it('signs 钉钉 requests when a secret is set', async () => {
    answer = { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
    await sendOnce({ kind: 'DINGTALK', url: `${base}/robot/send?access_token=t`, secret: 'SEC1' }, {}, 2000);
    const url = new URL(received.at(-1)!.url, base);
    const timestamp = url.searchParams.get('timestamp')!;
    expect(url.searchParams.get('sign')).toBe(
      createHmac('sha256', 'SEC1').update(`${timestamp}\nSEC1`).digest('base64'),
    );
  });
});

describe('a scheduler tick', () => {
  let server: Server;
  let base: string;
  const posts: { path: string; body: any }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        posts.push({ path: req.url ?? '', body: JSON.parse(body) });
        res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const logger = createLogger('reminders-test', { LOG_LEVEL: 'silent' });
  const settings = {
    ...reminderSettingsFromEnv({ PUBLIC_SHELL_URL: SHELL }),
    digestTime: '08:30',
    retry: { attemptsPerTick: 1, delayMs: 0 },
  };

  /** A fake of the operations as the entities subgraph answers them: claims once per key, records every call. */
  function fake(options: { alertsSince: string | null; parts: Record<string, InboxItem[] | null> }) {
    const calls: { name: string; variables: Record<string, any> }[] = [];
    const claimed = new Set<string>();
    const run: RunAsService = async (query, given = {}) => {
      const variables = given as Record<string, any>;
      const name = /^(?:query|mutation) (\w+)/.exec(query)![1]!;
      calls.push({ name, variables });
      switch (name) {
        case 'ShianReminderChannels':
          return {
            data: {
              reminderChannels: [
                {
                  id: 'c1',
                  name: '东城群',
                  kind: 'JSON',
                  url: `${base}/c1`,
                  signingSecret: null,
                  townshipId: '511902001',
                  township: { id: '511902001', name: '东城街道' },
                  role: null,
                  active: true,
                  alertsSince: options.alertsSince,
                },
                { id: 'off', name: '停用', kind: 'JSON', url: `${base}/off`, active: false, townshipId: null },
              ],
            },
          };
        case 'ShianReminderInbox': {
          const errors = Object.entries(options.parts)
            .filter(([, items]) => items === null)
            .map(([part]) => ({ message: `子图 ${part} 不可用`, path: ['inbox', part] }));
          return { data: { inbox: { withinWorkingDays: 3, ...options.parts } }, errors };
        }
        case 'ShianReminderClaimable':
          return {
            data: {
              claimableReminderPeriods: variables.periodKeys.filter(
                (k: string) => !claimed.has(`${variables.kind}:${k}`),
              ),
            },
          };
        case 'ShianReminderClaim': {
          const keys = variables.periodKeys.filter((k: string) => !claimed.has(`${variables.kind}:${k}`));
          for (const k of keys) claimed.add(`${variables.kind}:${k}`);
          return {
            data: {
              claimReminderDeliveries: keys.map((k: string) => ({
                id: `d-${k}`,
                periodKey: k,
                attempts: 0,
                claimToken: 't',
              })),
            },
          };
        }
        case 'ShianReminderBaseline':
          return { data: { baselineReminderAlerts: true } };
        case 'ShianReminderRecord':
          return { data: { recordReminderAttempt: { id: variables.input.deliveryId, status: 'SENT', attempts: 1 } } };
        default:
          throw new Error(`unexpected ${name}`);
      }
    };
    return { run, calls, names: () => calls.map((c) => c.name) };
  }

  const parts = (items: InboxItem[]) => ({
    entities: [],
    sampling: items,
    enforcement: [],
    training: [],
    publicity: [],
    risk: [],
  });
  const tickAt = async (f: ReturnType<typeof fake>, iso: string) => {
    const scheduler = startReminderScheduler({ run: f.run, settings, logger, now: () => new Date(iso) });
    await scheduler.stop(); // no timer: the test drives the ticks
    await scheduler.tick();
  };
  const items = [item(1), item(2, { townshipId: '511902002' }), item(3, { state: 'DUE_SOON', dueDate: '2026-12-09' })];

  it('sends no digest before the digest time, one at or after it, and only the channel’s township', async () => {
    posts.length = 0;
    const f = fake({ alertsSince: '2026-12-01T00:00:00Z', parts: parts(items) });
    await tickAt(f, '2026-12-06T00:29:00Z'); // 08:29 in Beijing
    expect(f.calls.filter((c) => c.variables.kind === 'DIGEST')).toEqual([]);
    await tickAt(f, '2026-12-06T00:30:00Z');
    await tickAt(f, '2026-12-06T00:31:00Z');
    const digests = posts.filter((p) => p.body.type === 'DIGEST');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.path).toBe('/c1');
    expect(digests[0]!.body).toMatchObject({ date: '2026-12-06', scope: '东城街道' });
    expect(digests[0]!.body.items.map((i: InboxItem) => i.recordId)).toEqual(['1', '3']);
    // Only item 1 is the channel's and overdue: one alert, once.
    const alerts = posts.filter((p) => p.body.type === 'OVERDUE_ALERT');
    expect(alerts.map((p) => p.body.items.map((i: InboxItem) => i.recordId))).toEqual([['1']]);
    expect(posts.some((p) => p.path === '/off')).toBe(false);
  });

  it('records a new channel’s overdue items as its baseline, and waits for a part that is down', async () => {
    const down = fake({ alertsSince: null, parts: { ...parts(items), risk: null } });
    await tickAt(down, '2026-12-06T02:00:00Z');
    expect(down.names()).not.toContain('ShianReminderBaseline');
    expect(down.calls.filter((c) => c.variables.kind === 'OVERDUE_ALERT')).toEqual([]);
    // The digest still goes, naming the part that is down.
    posts.length = 0;
    const digest = fake({ alertsSince: null, parts: { ...parts(items), risk: null } });
    await tickAt(digest, '2026-12-06T02:00:00Z');
    expect(posts.find((p) => p.body.type === 'DIGEST')?.body.unavailable).toEqual(['risk']);

    const up = fake({ alertsSince: null, parts: parts(items) });
    await tickAt(up, '2026-12-06T02:00:00Z');
    expect(up.calls.find((c) => c.name === 'ShianReminderBaseline')?.variables).toEqual({
      channelId: 'c1',
      periodKeys: [item(1).key],
    });
    expect(up.calls.filter((c) => c.variables.kind === 'OVERDUE_ALERT')).toEqual([]);
  });

  it('alerts a tick’s newly overdue items of a channel in one message, each delivery recorded', async () => {
    posts.length = 0;
    const overdue = [item(4), item(5), item(6, { townshipId: '511902002' })];
    const f = fake({ alertsSince: '2026-12-01T00:00:00Z', parts: parts(overdue) });
    await tickAt(f, '2026-12-06T00:00:00Z'); // before the digest time: alerts only
    expect(posts.map((p) => p.body.items.map((i: InboxItem) => i.recordId))).toEqual([['4', '5']]);
    const recorded = f.calls.filter((c) => c.name === 'ShianReminderRecord').map((c) => c.variables.input.deliveryId);
    expect(recorded.sort()).toEqual([`d-${item(4).key}`, `d-${item(5).key}`]);
  });

  it('claims a large district’s items in chunks', async () => {
    posts.length = 0;
    const many = Array.from({ length: 1200 }, (_, n) => item(1000 + n));
    const f = fake({ alertsSince: '2026-12-01T00:00:00Z', parts: parts(many) });
    await tickAt(f, '2026-12-06T00:00:00Z');
    const claims = f.calls.filter((c) => c.name === 'ShianReminderClaim');
    expect(claims.map((c) => c.variables.periodKeys.length)).toEqual([500, 500, 200]);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.items).toHaveLength(1200);
  });

  it('claims nothing when the inbox cannot be read at all', async () => {
    const f = fake({ alertsSince: '2026-12-01T00:00:00Z', parts: parts(items) });
    const failing: RunAsService = async (query, variables) =>
      query.includes('ShianReminderInbox')
        ? { data: null, errors: [{ message: '子图不可用' }] }
        : f.run(query, variables);
    const scheduler = startReminderScheduler({
      run: failing,
      settings,
      logger,
      now: () => new Date('2026-12-06T02:00:00Z'),
    });
    await scheduler.stop();
    await scheduler.tick();
    expect(f.names()).toEqual(['ShianReminderChannels']);
  });
});
