import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { ReminderDelivery } from '../src/entities';
import subgraph from '../src/schema';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const CREATE = `mutation ($input: ReminderChannelInput!) {
  createReminderChannel(input: $input) { id name kind url hasSecret signingSecret townshipId role active version alertsSince township { id } }
}`;
const CHANNELS = `{ reminderChannels { id name hasSecret signingSecret } }`;
const CLAIM = `mutation ($channelId: ID!, $kind: ReminderDeliveryKind!, $keys: [String!]!) {
  claimReminderDeliveries(channelId: $channelId, kind: $kind, periodKeys: $keys) { id periodKey status attempts claimToken }
}`;
const BASELINE = `mutation ($channelId: ID!, $keys: [String!]!) { baselineReminderAlerts(channelId: $channelId, periodKeys: $keys) }`;
const RECORD = `mutation ($input: ReminderAttemptInput!) {
  recordReminderAttempt(input: $input) { id status attempts lastError responseStatus attemptLog { ok responseStatus error } sentAt }
}`;
const DELIVERIES = `query ($filter: ReminderDeliveryFilter) {
  reminderDeliveries(filter: $filter, first: 50) { totalCount nodes { periodKey kind status attempts claimToken channel { id } } }
}`;

const service = { as: null, service: 'reminders' as const };

describe.each(await dialects())('reminder channels and deliveries on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  const channel = async (input: Record<string, unknown> = {}) => {
    const result = await t.execute(
      CREATE,
      { input: { name: '测试群', kind: 'WECOM', url: 'http://127.0.0.1:9/hook?key=abc', ...input } },
      { as: 'admin' },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createReminderChannel as Record<string, any>;
  };

  it('lets leaders configure channels, never returning the secret', async () => {
    const created = await channel({
      kind: 'DINGTALK',
      secret: 'SEC123',
      townshipId: DEMO_TOWNSHIP_ID,
      role: 'TOWNSHIP',
    });
    expect(created).toMatchObject({ hasSecret: true, signingSecret: null, townshipId: DEMO_TOWNSHIP_ID, version: 1 });
    expect(created.township).toEqual({ id: DEMO_TOWNSHIP_ID });
    const listed = await t.execute(CHANNELS, {}, { as: 'admin' });
    expect(JSON.stringify(listed.data)).not.toContain('SEC123');
    // The service reads the secret it signs with.
    const asService = await t.execute(CHANNELS, {}, service);
    expect(asService.data!.reminderChannels.find((c: any) => c.id === created.id).signingSecret).toBe('SEC123');

    const update = `mutation ($id: ID!, $version: Int!, $input: ReminderChannelUpdate!) {
      updateReminderChannel(id: $id, version: $version, input: $input) { active version townshipId }
    }`;
    const updated = await t.execute(update, { id: created.id, version: 1, input: { active: false } }, { as: 'admin' });
    expect(updated.data?.updateReminderChannel).toMatchObject({ active: false, version: 2 });
    const stale = await t.execute(update, { id: created.id, version: 1, input: { active: true } }, { as: 'admin' });
    expect(codes(stale)).toEqual(['CONFLICT']);
  });

  it('validates the address, the secret and the township', async () => {
    const bad = async (input: Record<string, unknown>) =>
      codes(
        await t.execute(
          CREATE,
          { input: { name: '群', kind: 'WECOM', url: 'https://example.org/x', ...input } },
          { as: 'admin' },
        ),
      );
    expect(await bad({ url: 'ftp://example.org/x' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ url: 'not a url' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ url: 'https://user:pw@example.org/x' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ secret: 'x' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ townshipId: '999999999' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ role: 'TOWNSHIP' })).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an address outside REMINDER_WEBHOOK_HOSTS (a leader cannot aim the gateway at an internal host)', async () => {
    const saved = process.env.REMINDER_WEBHOOK_HOSTS;
    process.env.REMINDER_WEBHOOK_HOSTS = 'qyapi.weixin.qq.com';
    try {
      const create = (url: string) => t.execute(CREATE, { input: { name: '群', kind: 'WECOM', url } }, { as: 'admin' });
      const refused = await create('http://127.0.0.1:4001/graphql');
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0]?.message).toMatch(/127\.0\.0\.1 不在允许的提醒地址之内/);
      const before = await t.execute(CHANNELS, {}, { as: 'admin' });
      const names = (before.data!.reminderChannels as { name: string }[]).length;
      expect((await create('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k')).errors).toBeUndefined();
      const after = await t.execute(CHANNELS, {}, { as: 'admin' });
      expect((after.data!.reminderChannels as unknown[]).length).toBe(names + 1);
    } finally {
      if (saved === undefined) delete process.env.REMINDER_WEBHOOK_HOSTS;
      else process.env.REMINDER_WEBHOOK_HOSTS = saved;
    }
  });

  it('refuses channels to every other role, and the service mutations to every user', async () => {
    const created = await channel();
    for (const as of ['officer', 'township', 'village', 'police']) {
      expect(codes(await t.execute(CHANNELS, {}, { as })), as).toEqual(['FORBIDDEN']);
      expect(codes(await t.execute(DELIVERIES, {}, { as })), as).toEqual(['FORBIDDEN']);
      expect(
        codes(await t.execute(CREATE, { input: { name: '群', kind: 'JSON', url: 'http://127.0.0.1:9/' } }, { as })),
        as,
      ).toEqual(['FORBIDDEN']);
    }
    for (const as of ['admin', 'officer', 'township', 'police']) {
      const claim = await t.execute(CLAIM, { channelId: created.id, kind: 'DIGEST', keys: ['2026-01-01'] }, { as });
      expect(codes(claim), as).toEqual(['FORBIDDEN']);
      expect(codes(await t.execute(BASELINE, { channelId: created.id, keys: ['a'] }, { as })), as).toEqual([
        'FORBIDDEN',
      ]);
      const record = await t.execute(
        RECORD,
        { input: { deliveryId: 'x', claimToken: 'x', ok: true, retrying: false } },
        { as },
      );
      expect(codes(record), as).toEqual(['FORBIDDEN']);
    }
    // A user's token wins over a service credential sent with it: still a user, still refused.
    const mixed = await t.execute(
      CLAIM,
      { channelId: created.id, kind: 'DIGEST', keys: ['2026-01-01'] },
      {
        as: 'admin',
        service: 'reminders',
      },
    );
    expect(codes(mixed)).toEqual(['FORBIDDEN']);
    // Nothing was written by the refused calls.
    expect(await t.orm.em.fork().count(ReminderDelivery, { channel: created.id })).toBe(0);
  });

  it('gives each delivery to one claimant, retries a failure up to the limit, and records every attempt', async () => {
    const created = await channel();
    const claims = await Promise.all(
      [1, 2, 3, 4].map(() =>
        t.execute(CLAIM, { channelId: created.id, kind: 'DIGEST', keys: ['2026-03-02'] }, service),
      ),
    );
    const won = claims.flatMap((c) => c.data?.claimReminderDeliveries ?? []);
    expect(claims.flatMap((c) => c.errors ?? [])).toEqual([]);
    expect(won).toHaveLength(1);
    const delivery = won[0];
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(delivery.claimToken).toMatch(/^[0-9a-f-]{36}$/);
    // Held: nobody else gets it while it is PENDING and fresh, and the read-only check says so.
    const claimable = `query ($channelId: ID!, $keys: [String!]!) {
      claimableReminderPeriods(channelId: $channelId, kind: DIGEST, periodKeys: $keys) }`;
    const check = (as: Record<string, unknown> = service) =>
      t.execute(claimable, { channelId: created.id, keys: ['2026-03-02', '2026-03-03'] }, as);
    expect((await check()).data?.claimableReminderPeriods).toEqual(['2026-03-03']);
    expect(codes(await check({ as: 'admin' }))).toEqual(['FORBIDDEN']);
    const again = await t.execute(CLAIM, { channelId: created.id, kind: 'DIGEST', keys: ['2026-03-02'] }, service);
    expect(again.data?.claimReminderDeliveries).toEqual([]);

    const record = (input: Record<string, unknown>) =>
      t.execute(RECORD, { input: { deliveryId: delivery.id, claimToken: delivery.claimToken, ...input } }, service);
    const first = await record({ ok: false, responseStatus: 500, error: 'HTTP 500', retrying: true });
    expect(first.data?.recordReminderAttempt).toMatchObject({ status: 'PENDING', attempts: 1 });
    // Still held while retrying within the tick.
    expect(
      (await t.execute(CLAIM, { channelId: created.id, kind: 'DIGEST', keys: ['2026-03-02'] }, service)).data,
    ).toEqual({ claimReminderDeliveries: [] });
    await record({ ok: false, responseStatus: 500, error: 'HTTP 500', retrying: true });
    const third = await record({ ok: false, responseStatus: 200, error: 'errcode 93000', retrying: false });
    expect(third.data?.recordReminderAttempt).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      lastError: 'errcode 93000',
    });
    // A forged token cannot record.
    expect(
      codes(
        await t.execute(
          RECORD,
          { input: { deliveryId: delivery.id, claimToken: 'nope', ok: true, retrying: false } },
          service,
        ),
      ),
    ).toEqual(['CONFLICT']);

    // A later tick takes the failure over; two more attempts reach the limit and it stays FAILED.
    expect((await check()).data?.claimableReminderPeriods).toEqual(['2026-03-02', '2026-03-03']);
    const retry = (await t.execute(CLAIM, { channelId: created.id, kind: 'DIGEST', keys: ['2026-03-02'] }, service))
      .data!.claimReminderDeliveries as any[];
    expect(retry).toHaveLength(1);
    expect(retry[0].claimToken).not.toBe(delivery.claimToken);
    const recordRetry = (input: Record<string, unknown>) =>
      t.execute(RECORD, { input: { deliveryId: delivery.id, claimToken: retry[0].claimToken, ...input } }, service);
    await recordRetry({ ok: false, responseStatus: 502, error: 'HTTP 502', retrying: true });
    const last = await recordRetry({ ok: false, responseStatus: 502, error: 'HTTP 502', retrying: true });
    expect(last.data?.recordReminderAttempt).toMatchObject({ status: 'FAILED', attempts: 5 });
    expect(last.data?.recordReminderAttempt.attemptLog).toHaveLength(5);
    expect((await check()).data?.claimableReminderPeriods).toEqual(['2026-03-03']);
    expect(
      (await t.execute(CLAIM, { channelId: created.id, kind: 'DIGEST', keys: ['2026-03-02'] }, service)).data,
    ).toEqual({ claimReminderDeliveries: [] });

    const listed = await t.execute(DELIVERIES, { filter: { channelId: created.id } }, { as: 'admin' });
    expect(listed.data?.reminderDeliveries.nodes).toEqual([
      {
        periodKey: '2026-03-02',
        kind: 'DIGEST',
        status: 'FAILED',
        attempts: 5,
        claimToken: null,
        channel: { id: created.id },
      },
    ]);
  });

  it('takes over a claim left PENDING by a replica that stopped', async () => {
    const created = await channel();
    const [claimed] = (
      await t.execute(CLAIM, { channelId: created.id, kind: 'OVERDUE_ALERT', keys: ['risk:DUTY:1'] }, service)
    ).data!.claimReminderDeliveries as any[];
    const em = t.orm.em.fork();
    await em.nativeUpdate(ReminderDelivery, { id: claimed.id }, { claimedAt: new Date(Date.now() - 10 * 60_000) });
    const taken = (
      await t.execute(CLAIM, { channelId: created.id, kind: 'OVERDUE_ALERT', keys: ['risk:DUTY:1'] }, service)
    ).data!.claimReminderDeliveries as any[];
    expect(taken.map((d) => d.id)).toEqual([claimed.id]);
    const ok = await t.execute(
      RECORD,
      {
        input: {
          deliveryId: claimed.id,
          claimToken: taken[0].claimToken,
          ok: true,
          responseStatus: 200,
          retrying: false,
          itemCount: 1,
        },
      },
      service,
    );
    expect(ok.data?.recordReminderAttempt).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(ok.data?.recordReminderAttempt.sentAt).toBeTruthy();
    // The stopped replica's token is worthless now.
    const late = await t.execute(
      RECORD,
      { input: { deliveryId: claimed.id, claimToken: claimed.claimToken, ok: true, retrying: false } },
      service,
    );
    expect(codes(late)).toEqual(['CONFLICT']);
  });

  it('records a channel baseline once, and alerts only what turns overdue afterwards', async () => {
    const created = await channel();
    const results = await Promise.all(
      [1, 2].map(() => t.execute(BASELINE, { channelId: created.id, keys: ['a:X:1', 'a:X:2'] }, service)),
    );
    expect(results.map((r) => r.data?.baselineReminderAlerts).sort()).toEqual([false, true]);
    const claimed = (
      await t.execute(
        CLAIM,
        { channelId: created.id, kind: 'OVERDUE_ALERT', keys: ['a:X:1', 'a:X:2', 'a:X:3'] },
        service,
      )
    ).data!.claimReminderDeliveries as any[];
    expect(claimed.map((d) => d.periodKey)).toEqual(['a:X:3']);
    const listed = await t.execute(
      DELIVERIES,
      { filter: { channelId: created.id, status: 'BASELINE' } },
      { as: 'admin' },
    );
    expect(listed.data?.reminderDeliveries.totalCount).toBe(2);
    const read = await t.execute(`{ reminderChannels { id alertsSince } }`, {}, { as: 'admin' });
    expect(read.data!.reminderChannels.find((c: any) => c.id === created.id).alertsSince).toBeTruthy();
  });
});
