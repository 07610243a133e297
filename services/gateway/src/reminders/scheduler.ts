import { shellPort } from '@shian/platform';
import type { Logger } from '@shian/server';
import type { GraphQLFormattedError } from 'graphql';
import { alertMessage, type ChannelKind, digestMessage, type InboxItem, type Message } from './formats';
import {
  INBOX_PARTS,
  type InboxPart,
  REMINDER_BASELINE_OPERATION,
  REMINDER_CHANNELS_OPERATION,
  REMINDER_CLAIM_OPERATION,
  REMINDER_CLAIMABLE_OPERATION,
  REMINDER_INBOX_OPERATION,
  REMINDER_RECORD_OPERATION,
} from './operations';
import { DEFAULT_RETRY_POLICY, deliverWithRetries, type RetryPolicy, sendOnce, type SendResult } from './send';

/** Runs one of the fixed operations as the reminder service (the gateway executes it in-process). */
export type RunAsService = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: Record<string, any> | null; errors?: readonly GraphQLFormattedError[] }>;

export interface Channel {
  id: string;
  name: string;
  kind: ChannelKind;
  url: string;
  signingSecret: string | null;
  townshipId: string | null;
  township: { id: string; name: string } | null;
  role: string | null;
  active: boolean;
  alertsSince: string | null;
}

export interface ReminderSettings {
  pollSeconds: number;
  /** HH:mm, Beijing time: the digest is sent at the first tick at or after it. */
  digestTime: string;
  withinWorkingDays: number;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Where the links in messages point (the shell's public address). */
  shellUrl: string;
}

const number = (value: string | undefined, fallback: number, min: number, max: number, name: string) => {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) throw new Error(`${name} 应为 ${min}–${max} 之间的数`);
  return parsed;
};

/** REMINDER_* and PUBLIC_SHELL_URL; a wrong value stops the gateway's start naming the variable. */
export function reminderSettingsFromEnv(env: NodeJS.ProcessEnv): ReminderSettings {
  const digestTime = env.REMINDER_DIGEST_TIME?.trim() || '08:30';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(digestTime)) throw new Error('REMINDER_DIGEST_TIME 应为 HH:mm(北京时间)');
  const shellUrl =
    env.PUBLIC_SHELL_URL?.trim() || env.CORS_ORIGINS?.split(',')[0]?.trim() || `http://localhost:${shellPort(env)}`;
  try {
    new URL(shellUrl);
  } catch {
    throw new Error('PUBLIC_SHELL_URL 不是有效的网址');
  }
  return {
    pollSeconds: number(env.REMINDER_POLL_SECONDS, 60, 1, 3600, 'REMINDER_POLL_SECONDS'),
    digestTime,
    withinWorkingDays: number(env.REMINDER_WITHIN_WORKING_DAYS, 3, 1, 20, 'REMINDER_WITHIN_WORKING_DAYS'),
    timeoutMs: number(env.REMINDER_TIMEOUT_MS, 10_000, 100, 120_000, 'REMINDER_TIMEOUT_MS'),
    retry: {
      attemptsPerTick: DEFAULT_RETRY_POLICY.attemptsPerTick,
      delayMs: number(env.REMINDER_RETRY_DELAY_MS, DEFAULT_RETRY_POLICY.delayMs, 0, 60_000, 'REMINDER_RETRY_DELAY_MS'),
    },
    shellUrl,
  };
}

/** The Beijing date and HH:mm of an instant (China has no daylight saving time). */
export function beijingNow(now: Date): { date: string; time: string } {
  const shifted = new Date(now.getTime() + 8 * 3600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

export interface Inbox {
  items: InboxItem[];
  /** Parts that answered null with an error. */
  unavailable: InboxPart[];
  withinWorkingDays: number;
}

/** The inbox's parts flattened; a part that is null because its subgraph failed is named, not dropped. */
export function readInbox(answer: Awaited<ReturnType<RunAsService>>, withinWorkingDays: number): Inbox | null {
  const inbox = answer.data?.inbox as Record<string, InboxItem[] | null | number> | null | undefined;
  if (!inbox) return null;
  const failed = new Set(
    (answer.errors ?? []).map((error) => error.path?.[1]).filter((part): part is string => typeof part === 'string'),
  );
  const items: InboxItem[] = [];
  const unavailable: InboxPart[] = [];
  for (const part of INBOX_PARTS) {
    const value = inbox[part];
    if (Array.isArray(value)) items.push(...value);
    else if (value === null || failed.has(part)) unavailable.push(part);
  }
  items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.key < b.key ? -1 : 1));
  return { items, unavailable, withinWorkingDays };
}

/** A channel's items: district-wide channels get everything, a township's channel only its township's records. */
export function routeItems(items: readonly InboxItem[], channel: Pick<Channel, 'townshipId'>): InboxItem[] {
  if (!channel.townshipId) return [...items];
  return items.filter((item) => item.townshipId === channel.townshipId);
}

export interface ReminderScheduler {
  /** One pass over every active channel (exposed for tests). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Keys per claim call (the entities subgraph takes up to 5000). */
const CLAIM_CHUNK = 500;

const failed = (answer: Awaited<ReturnType<RunAsService>>) => answer.errors?.map((e) => e.message).join('; ');

/**
 * The reminder scheduler: every `pollSeconds`, for each active channel, the day's digest once at or after
 * `digestTime` and one alert per item that turns overdue. Several gateway replicas run it at once; the entities
 * subgraph's claims (one row per channel, kind and period, inserted by one replica only) make each message go out
 * once, and record every attempt.
 */
export function startReminderScheduler(options: {
  run: RunAsService;
  settings: ReminderSettings;
  logger: Logger;
  now?: () => Date;
}): ReminderScheduler {
  const { run, settings } = options;
  const log = options.logger.child({ component: 'reminders' });
  const now = options.now ?? (() => new Date());

  /** Claims in chunks, so that a district with many open items stays within one call's bound. */
  const claim = async (channel: Channel, kind: 'DIGEST' | 'OVERDUE_ALERT', periodKeys: string[]) => {
    const claimed: { id: string; periodKey: string; claimToken: string }[] = [];
    for (let start = 0; start < periodKeys.length; start += CLAIM_CHUNK)
      claimed.push(...(await claimChunk(channel, kind, periodKeys.slice(start, start + CLAIM_CHUNK))));
    return claimed;
  };

  const claimChunk = async (channel: Channel, kind: 'DIGEST' | 'OVERDUE_ALERT', periodKeys: string[]) => {
    if (periodKeys.length === 0) return [];
    // A read first: in the steady state nothing is claimable, and no mutation (nor its audit row) is sent per tick.
    const open = await run(REMINDER_CLAIMABLE_OPERATION, { channelId: channel.id, kind, periodKeys });
    const claimable = open.data?.claimableReminderPeriods as string[] | undefined;
    if (!claimable) throw new Error(`claimable check failed: ${failed(open)}`);
    if (claimable.length === 0) return [];
    const answer = await run(REMINDER_CLAIM_OPERATION, { channelId: channel.id, kind, periodKeys: claimable });
    if (!answer.data?.claimReminderDeliveries) throw new Error(`claim failed: ${failed(answer)}`);
    return answer.data.claimReminderDeliveries as { id: string; periodKey: string; claimToken: string }[];
  };

  /**
   * Sends one message for `deliveries` (a digest, or a tick's alerts of one channel) with retries, recording each
   * attempt on every delivery it carries; a delivery that can no longer be recorded (taken over) drops out.
   */
  const deliver = async (channel: Channel, deliveries: { id: string; claimToken: string }[], message: Message) => {
    let active = deliveries;
    const record = async (result: SendResult, retrying: boolean) => {
      const still: typeof active = [];
      let last: { status: string; attempts: number } | undefined;
      for (const delivery of active) {
        const answer = await run(REMINDER_RECORD_OPERATION, {
          input: {
            deliveryId: delivery.id,
            claimToken: delivery.claimToken,
            ok: result.ok,
            responseStatus: result.status,
            error: result.error,
            retrying,
            itemCount: message.itemCount,
            summary: message.summary,
          },
        });
        const recorded = answer.data?.recordReminderAttempt as { status: string; attempts: number } | undefined;
        // Not recorded (taken over, or entities unreachable): this replica lets it go; the claims decide who is next.
        if (!recorded) {
          log.warn(
            { channel: channel.id, delivery: delivery.id, error: failed(answer) },
            'reminder attempt not recorded',
          );
          continue;
        }
        last = recorded;
        if (recorded.status === 'PENDING') still.push(delivery);
      }
      active = still;
      if (!last) throw new Error('no attempt could be recorded');
      return { status: still.length > 0 ? 'PENDING' : last.status, attempts: last.attempts };
    };
    const target = { kind: channel.kind, url: channel.url, secret: channel.signingSecret };
    const { result, recorded } = await deliverWithRetries(
      () => sendOnce(target, message.body, settings.timeoutMs),
      record,
      settings.retry,
    );
    const fields = {
      channel: channel.id,
      deliveries: deliveries.map((d) => d.id),
      attempts: recorded.attempts,
      status: recorded.status,
    };
    if (result.ok) log.info(fields, 'reminder delivered');
    else log.warn({ ...fields, error: result.error }, 'reminder not delivered');
  };

  const forChannel = async (channel: Channel, inbox: Inbox, today: { date: string; time: string }) => {
    const items = routeItems(inbox.items, channel);
    if (today.time >= settings.digestTime) {
      for (const delivery of await claim(channel, 'DIGEST', [today.date])) {
        const scope = channel.township ? channel.township.name : '全区';
        const message = digestMessage(
          channel.kind,
          {
            date: today.date,
            scope,
            items,
            unavailable: inbox.unavailable,
            withinWorkingDays: inbox.withinWorkingDays,
          },
          settings.shellUrl,
        );
        await deliver(channel, [delivery], message);
      }
    }
    const overdue = items.filter((item) => item.state === 'OVERDUE');
    if (!channel.alertsSince) {
      // A part that is down would have its overdue items alerted one by one once it is back: wait for all of them.
      if (inbox.unavailable.length > 0) return;
      await run(REMINDER_BASELINE_OPERATION, { channelId: channel.id, periodKeys: overdue.map((item) => item.key) });
      // Whichever replica recorded it, the channel's baseline exists now; this tick alerts nothing more for it.
      return;
    }
    const byKey = new Map(overdue.map((item) => [item.key, item]));
    const claimed = (await claim(channel, 'OVERDUE_ALERT', [...byKey.keys()])).filter((d) => byKey.has(d.periodKey));
    // One message for all of this tick's newly overdue items: a group is not flooded when many deadlines pass at once.
    if (claimed.length > 0) {
      const alerted = claimed.map((d) => byKey.get(d.periodKey)!);
      await deliver(channel, claimed, alertMessage(channel.kind, alerted, settings.shellUrl));
    }
  };

  const tick = async () => {
    const channelsAnswer = await run(REMINDER_CHANNELS_OPERATION);
    const channels = ((channelsAnswer.data?.reminderChannels ?? null) as Channel[] | null)?.filter((c) => c.active);
    if (!channels) {
      log.warn({ error: failed(channelsAnswer) }, 'reminder channels unavailable');
      return;
    }
    if (channels.length === 0) return;
    const today = beijingNow(now());
    const inboxAnswer = await run(REMINDER_INBOX_OPERATION, { withinWorkingDays: settings.withinWorkingDays });
    const inbox = readInbox(inboxAnswer, settings.withinWorkingDays);
    if (!inbox) {
      log.warn({ error: failed(inboxAnswer) }, 'inbox unavailable: no reminders this tick');
      return;
    }
    for (const channel of channels) {
      try {
        await forChannel(channel, inbox, today);
      } catch (error) {
        log.warn({ channel: channel.id, err: error }, 'reminder channel skipped this tick');
      }
    }
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error) => log.error({ err: error }, 'reminder tick failed'))
        .finally(() => schedule(settings.pollSeconds * 1000));
    }, delayMs);
    timer.unref();
  };
  // The first tick soon after start (the gateway is loading its supergraph meanwhile), then every pollSeconds.
  schedule(Math.min(settings.pollSeconds * 1000, 2000));
  log.info({ ...settings, retry: settings.retry }, 'reminder scheduler started');

  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
