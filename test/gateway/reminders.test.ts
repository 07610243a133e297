/**
 * Issue #19's reminders against the real processes: two gateway replicas of our own (REMINDERS=on, a poll every
 * second, a digest time already passed) in front of the shared subgraphs, and a local webhook receiver. Each
 * channel's digest arrives once; an incident whose report clock crosses into overdue after the channel's baseline
 * gives one alert across both replicas; a receiver answering 500 or errcode≠0 is retried and every attempt recorded;
 * a township's channel hears only its township. And the attacker's paths: no one but a leader reads or writes
 * channels, and no user, a leader included, can claim or record deliveries, through the gateway or straight to the
 * entities subgraph.
 */
import { createPrivateKey, createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import {
  DEMO_TOWNSHIP_ID,
  DEVELOPMENT_GATEWAY_PRIVATE_KEY,
  GATEWAY_CREDENTIAL_HEADER,
  generateGatewayKeyPair,
  signGatewayCredential,
} from '@shian/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPort } from '../harness/constants';
import { codes, data, gql, tokenFor } from '../harness/graphql';
import { platform, startExtra } from '../harness/platform';

const RECEIVER = testPort(4097);
const REPLICAS = [testPort(4098), testPort(4099)];
const OTHER_TOWNSHIP = '511902002';
const SHELL = 'https://shian.reminders.test';
const admin = { as: 'admin' };

interface Received {
  path: string;
  query: URLSearchParams;
  body: any;
  at: number;
}

const CREATE = `mutation ($input: ReminderChannelInput!) { createReminderChannel(input: $input) { id } }`;
const CHANNEL_STATE = `{ reminderChannels { id alertsSince } }`;
const DELIVERIES = `query ($filter: ReminderDeliveryFilter) { reminderDeliveries(filter: $filter, first: 100) {
  nodes { kind periodKey status attempts lastError responseStatus itemCount summary attemptLog { ok responseStatus error } } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 45_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

describe('reminders with two scheduler replicas', () => {
  const received: Received[] = [];
  let receiver: Server;
  let replicas: ReturnType<typeof startExtra>[] = [];
  const channels: Record<string, string> = {};
  const at = (path: string) => received.filter((r) => r.path === path);
  const digests = (path: string) =>
    at(path).filter(
      (r) =>
        r.body?.type === 'DIGEST' ||
        String(r.body?.markdown?.content ?? r.body?.markdown?.text).includes('食品安全监管待办'),
    );

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        const url = new URL(req.url ?? '/', `http://127.0.0.1:${RECEIVER}`);
        received.push({
          path: url.pathname,
          query: url.searchParams,
          body: JSON.parse(body || 'null'),
          at: Date.now(),
        });
        if (url.pathname === '/fail500') {
          res.writeHead(500).end('down');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          url.pathname === '/errcode'
            ? '{"errcode":93000,"errmsg":"invalid webhook url"}'
            : '{"errcode":0,"errmsg":"ok"}',
        );
      });
    });
    await new Promise<void>((resolve) => receiver.listen(RECEIVER, '127.0.0.1', resolve));

    const hook = (path: string) => `http://127.0.0.1:${RECEIVER}${path}`;
    const create = async (key: string, input: Record<string, unknown>) => {
      const result = await data(admin, CREATE, { input: { name: `提醒测试 ${key}`, ...input } });
      channels[key] = result.createReminderChannel.id;
    };
    await create('district', { kind: 'JSON', url: hook('/district') });
    await create('townA', { kind: 'JSON', url: hook('/town-a'), townshipId: DEMO_TOWNSHIP_ID, role: 'TOWNSHIP' });
    await create('townB', { kind: 'JSON', url: hook('/town-b'), townshipId: OTHER_TOWNSHIP });
    await create('wecom', { kind: 'WECOM', url: hook('/wecom?key=k1') });
    await create('dingtalk', { kind: 'DINGTALK', url: hook('/dingtalk?access_token=t1'), secret: 'SECtest' });
    await create('fail500', { kind: 'WECOM', url: hook('/fail500') });
    await create('errcode', { kind: 'DINGTALK', url: hook('/errcode') });

    const env = {
      REMINDERS: 'on',
      REMINDER_POLL_SECONDS: '1',
      REMINDER_DIGEST_TIME: '00:00',
      REMINDER_RETRY_DELAY_MS: '50',
      REMINDER_TIMEOUT_MS: '3000',
      PUBLIC_SHELL_URL: SHELL,
      // As in production: the scheduler's own operations must pass the trusted-operations check like any other.
      TRUSTED_OPERATIONS: 'on',
    };
    replicas = REPLICAS.map((port) => startExtra('gateway', 'gateway', port, env));
    await Promise.all(replicas.map((replica) => replica.ready()));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    // The channels stay in the shared database: deactivate them, so nothing else ever sends to them.
    const token = await tokenFor('admin');
    const state = await gql({ token }, `{ reminderChannels { id version } }`);
    for (const channel of (state.data?.reminderChannels ?? []) as { id: string; version: number }[])
      if (Object.values(channels).includes(channel.id))
        await gql(
          { token },
          `mutation ($id: ID!, $v: Int!) { updateReminderChannel(id: $id, version: $v, input: { active: false }) { id } }`,
          {
            id: channel.id,
            v: channel.version,
          },
        );
    await new Promise<void>((resolve) => receiver?.close(() => resolve()));
  });

  it('delivers each channel’s digest exactly once, in its own format, a township channel only its township’s items', async () => {
    for (const path of ['/district', '/town-a', '/town-b', '/wecom', '/dingtalk'])
      await until(`a digest at ${path}`, () => digests(path).length > 0);
    // Several more ticks of both replicas: still one each.
    await sleep(5_000);
    for (const path of ['/district', '/town-a', '/town-b', '/wecom', '/dingtalk'])
      expect(digests(path), path).toHaveLength(1);

    const district = digests('/district')[0]!.body;
    expect(district).toMatchObject({ type: 'DIGEST', scope: '全区', withinWorkingDays: 3 });
    expect(district.items.length).toBeGreaterThan(0);
    // Every part of the inbox answered the service identity (a part refusing it would be named here).
    expect(district.unavailable).toEqual([]);
    expect(district.items.every((item: any) => item.url.startsWith(`${SHELL}/`))).toBe(true);
    const townA = digests('/town-a')[0]!.body;
    const townB = digests('/town-b')[0]!.body;
    expect(townA.items.length).toBeGreaterThan(0);
    expect(townA.items.every((item: any) => item.townshipId === DEMO_TOWNSHIP_ID)).toBe(true);
    expect(townB.items.every((item: any) => item.townshipId === OTHER_TOWNSHIP)).toBe(true);
    // The township's items are exactly the district's items of that township.
    expect(townA.items.map((item: any) => item.key)).toEqual(
      district.items.filter((item: any) => item.townshipId === DEMO_TOWNSHIP_ID).map((item: any) => item.key),
    );
    expect(district.counts.overdue + district.counts.dueSoon).toBe(district.items.length);

    const wecom = digests('/wecom')[0]!;
    expect(wecom.body.msgtype).toBe('markdown');
    expect(wecom.body.markdown.content).toContain(`已超期 **${district.counts.overdue}** 项`);
    expect(wecom.query.get('key')).toBe('k1');
    const dingtalk = digests('/dingtalk')[0]!;
    expect(dingtalk.body.markdown.title).toMatch(/^食品安全监管待办 \d{4}-\d{2}-\d{2}$/);
    const timestamp = dingtalk.query.get('timestamp')!;
    expect(dingtalk.query.get('sign')).toBe(
      createHmac('sha256', 'SECtest').update(`${timestamp}\nSECtest`).digest('base64'),
    );

    const record = await data(admin, DELIVERIES, { filter: { channelId: channels.district, kind: 'DIGEST' } });
    expect(record.reminderDeliveries.nodes).toEqual([
      expect.objectContaining({ status: 'SENT', attempts: 1, responseStatus: 200, itemCount: district.items.length }),
    ]);
  }, 90_000);

  it('retries a failing webhook and records every attempt, ending FAILED', async () => {
    for (const [key, path, status, error] of [
      ['fail500', '/fail500', 500, 'HTTP 500'],
      ['errcode', '/errcode', 200, 'errcode 93000'],
    ] as const) {
      const delivery = await until(`${key}'s digest to reach its limit`, async () => {
        const result = await data(admin, DELIVERIES, { filter: { channelId: channels[key], kind: 'DIGEST' } });
        const node = result.reminderDeliveries.nodes[0];
        return node?.attempts === 5 && node.status === 'FAILED' ? node : undefined;
      });
      expect(delivery.lastError).toContain(error);
      expect(delivery.responseStatus).toBe(status);
      expect(delivery.attemptLog).toHaveLength(5);
      expect(delivery.attemptLog.every((a: any) => !a.ok && a.responseStatus === status)).toBe(true);
      await sleep(3_000);
      // Five POSTs of the digest in all (both replicas together), and none after the limit.
      expect(digests(path), path).toHaveLength(5);
    }
  }, 90_000);

  it('alerts once, across both replicas, when an incident’s report clock crosses into overdue after the baseline', async () => {
    await until('every channel’s baseline', async () => {
      const state = await data(admin, CHANNEL_STATE);
      const mine = state.reminderChannels.filter((c: any) =>
        [channels.district, channels.townA, channels.townB].includes(c.id),
      );
      return mine.length === 3 && mine.every((c: any) => c.alertsSince);
    });
    // Items already overdue when the channel was first seen (the digest's) were not alerted one by one.
    const overdueAtStart = new Set(
      (digests('/district')[0]?.body.items ?? []).filter((i: any) => i.state === 'OVERDUE').map((i: any) => i.key),
    );
    expect(overdueAtStart.size).toBeGreaterThan(0);
    expect(
      at('/district').filter(
        (r) => r.body?.type === 'OVERDUE_ALERT' && r.body.items.some((i: any) => overdueAtStart.has(i.key)),
      ),
    ).toEqual([]);

    const { reportIncident } = await data(
      { as: 'officer' },
      `mutation ($input: IncidentInput!) { reportIncident(input: $input) { id code reportClock { deadline hoursAllowed } } }`,
      {
        input: {
          title: '提醒测试突发事件',
          kind: 'FOOD_POISONING',
          level: 'III',
          // Received so that its report deadline falls a few seconds from now.
          occurredAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
          receivedAt: new Date(Date.now() - 2 * 3_600_000 + 8_000).toISOString(),
          place: '提醒测试地点',
          townshipId: DEMO_TOWNSHIP_ID,
          affected: 1,
        },
      },
    );
    const deadline = new Date(reportIncident.reportClock.deadline).getTime();
    expect(reportIncident.reportClock.hoursAllowed).toBe(2);
    expect(deadline).toBeGreaterThan(Date.now());
    const key = `risk:INCIDENT_REPORT:${reportIncident.id}`;
    const alertsOf = (path: string) =>
      at(path).filter((r) => r.body?.type === 'OVERDUE_ALERT' && r.body.items.some((i: any) => i.key === key));

    const first = await until('the alert', () => alertsOf('/district')[0], 45_000);
    expect(first.at).toBeGreaterThanOrEqual(deadline);
    expect(first.body.items.find((i: any) => i.key === key)).toMatchObject({
      state: 'OVERDUE',
      townshipId: DEMO_TOWNSHIP_ID,
      url: `${SHELL}/risk/incidents/${reportIncident.id}`,
    });
    await until('the township’s alert', () => alertsOf('/town-a')[0]);
    await until('the robot’s alert', () =>
      at('/wecom').find((r) => String(r.body?.markdown?.content).includes(reportIncident.code)),
    );
    await sleep(5_000);
    expect(alertsOf('/district')).toHaveLength(1);
    expect(alertsOf('/town-a')).toHaveLength(1);
    expect(alertsOf('/town-b')).toHaveLength(0);
    expect(at('/wecom').filter((r) => String(r.body?.markdown?.content).includes(reportIncident.code))).toHaveLength(1);
    const record = await data(admin, DELIVERIES, { filter: { channelId: channels.district, kind: 'OVERDUE_ALERT' } });
    const alerts = record.reminderDeliveries.nodes.filter((d: any) => d.periodKey === key);
    expect(alerts).toEqual([expect.objectContaining({ status: 'SENT', attempts: 1, itemCount: 1 })]);
    // Those overdue at the baseline are recorded as such, not sent.
    expect(record.reminderDeliveries.nodes.some((d: any) => d.status === 'BASELINE')).toBe(true);
  }, 120_000);
});

describe('who may touch reminders', () => {
  const CLAIM = `mutation { claimReminderDeliveries(channelId: "x", kind: DIGEST, periodKeys: ["2026-01-01"]) { id claimToken } }`;
  const BASELINE = `mutation { baselineReminderAlerts(channelId: "x", periodKeys: ["a"]) }`;
  const RECORD = `mutation { recordReminderAttempt(input: { deliveryId: "x", claimToken: "x", ok: true, retrying: false }) { id } }`;
  let channelId: string;

  beforeAll(async () => {
    const created = await data(admin, CREATE, {
      input: { name: '权限测试', kind: 'JSON', url: 'http://127.0.0.1:9/none', active: false },
    });
    channelId = created.createReminderChannel.id;
  });

  it('lets only leaders read and write channels and deliveries', async () => {
    for (const as of ['officer', 'township', 'village', 'police']) {
      expect(codes(await gql({ as }, `{ reminderChannels { id } }`)), as).toEqual(['FORBIDDEN']);
      expect(codes(await gql({ as }, `{ reminderDeliveries { totalCount } }`)), as).toEqual(['FORBIDDEN']);
      const write = await gql({ as }, CREATE, { input: { name: '越权', kind: 'JSON', url: 'http://127.0.0.1:9/' } });
      expect(codes(write), as).toEqual(['FORBIDDEN']);
      const update = await gql(
        { as },
        `mutation ($id: ID!) { updateReminderChannel(id: $id, version: 1, input: { active: true }) { id } }`,
        { id: channelId },
      );
      expect(codes(update), as).toEqual(['FORBIDDEN']);
    }
    expect(codes(await gql(admin, `{ reminderChannels { id hasSecret signingSecret } }`))).toEqual([]);
  });

  it('refuses the service mutations to every user, a leader included, whatever the request carries', async () => {
    const forged = await signGatewayCredential(
      createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY),
      'entities',
      60,
      Date.now(),
      'reminders',
    );
    for (const as of ['admin', 'officer', 'township']) {
      const token = await tokenFor(as);
      for (const query of [CLAIM, BASELINE, RECORD]) {
        const response = await fetch(`${platform().gatewayUrl}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            // A client's copy of a service credential, and headers naming the service: the gateway sends its own.
            [GATEWAY_CREDENTIAL_HEADER]: forged,
            act: 'reminders',
          },
          body: JSON.stringify({
            query,
            variables: { service: 'reminders' },
            extensions: { act: { service: 'reminders' } },
          }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(
          body.errors?.map((e) => e.extensions?.code),
          `${as}: ${query}`,
        ).toEqual(['FORBIDDEN']);
      }
    }
    // Without a user token the gateway runs nothing at all.
    const anonymous = await fetch(`${platform().gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [GATEWAY_CREDENTIAL_HEADER]: forged },
      body: JSON.stringify({ query: CLAIM }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('refuses them straight to the entities subgraph: a leader with the gateway’s credential, a foreign key’s service claim', async () => {
    const entities = `http://127.0.0.1:${platform().env.ENTITIES_PORT}/graphql`;
    const post = (headers: Record<string, string>, query: string) =>
      fetch(entities, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] },
      }));
    const key = createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY);
    const plain = await signGatewayCredential(key, 'entities');
    const leader = `Bearer ${await tokenFor('admin')}`;
    // Channels are the leaders' there too: an officer with the gateway's own credential reads nothing.
    const officer = `Bearer ${await tokenFor('officer')}`;
    const channelsAsOfficer = await post(
      { authorization: officer, [GATEWAY_CREDENTIAL_HEADER]: plain },
      '{ reminderChannels { id url } }',
    );
    expect(channelsAsOfficer.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    for (const query of [CLAIM, BASELINE, RECORD]) {
      const asLeader = await post({ authorization: leader, [GATEWAY_CREDENTIAL_HEADER]: plain }, query);
      expect(
        asLeader.body.errors?.map((e) => e.extensions?.code),
        query,
      ).toEqual(['FORBIDDEN']);
      // A leader's token beside a service credential is still the leader.
      const both = await post(
        {
          authorization: leader,
          [GATEWAY_CREDENTIAL_HEADER]: await signGatewayCredential(key, 'entities', 60, Date.now(), 'reminders'),
        },
        query,
      );
      expect(
        both.body.errors?.map((e) => e.extensions?.code),
        query,
      ).toEqual(['FORBIDDEN']);
      const foreign = await signGatewayCredential(
        createPrivateKey(generateGatewayKeyPair().privateKey),
        'entities',
        60,
        Date.now(),
        'reminders',
      );
      const forged = await post({ [GATEWAY_CREDENTIAL_HEADER]: foreign }, query);
      expect(forged.status).toBe(401);
      expect(forged.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });
});
