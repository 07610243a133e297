import { randomUUID } from 'node:crypto';
import { type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  checkVersion,
  Connection,
  ConnectionArgs,
  type Context,
  conflict,
  forbidden,
  notFound,
  paginate,
  requiredText,
  requireService,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { townshipById } from '../data';
import { Township } from '../entities';
import {
  ReminderAudience,
  ReminderChannel,
  ReminderChannelKind,
  ReminderDelivery,
  ReminderDeliveryKind,
  ReminderDeliveryStatus,
} from '../entities';
import {
  ReminderAttemptInput,
  ReminderChannelInput,
  ReminderChannelUpdate,
  ReminderDeliveryFilter,
} from './ReminderInputs';
import { reminderWebhookRefusal } from '@shian/platform';

/** Attempts a delivery gets in all (the scheduler tries a few times per tick; later ticks take a FAILED one up to this). */
export const MAX_DELIVERY_ATTEMPTS = 5;
/** A PENDING delivery not touched for this long belonged to a replica that died: another may take it over. */
export const STALE_CLAIM_MS = 5 * 60_000;
/** The most keys one call may name (a channel's overdue items: the baseline names them all at once). */
const MAX_CLAIM_KEYS = 5000;
const ATTEMPT_LOG_LIMIT = 20;

@ObjectType()
export class ReminderDeliveryConnection extends Connection(ReminderDelivery) {}

/** Reminder channels are the bureau leadership's setting (they decide which groups hear what). */
function requireLeader(ctx: Context): void {
  if (ctx.identity.role !== 'leader') throw forbidden('只有局领导可以查看和设置提醒通道');
}

function checkUrl(value: string): string {
  const url = requiredText(value, 'url', '回调地址', 500);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw userInputError('回调地址不是有效的网址', 'url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw userInputError('回调地址只能是 http 或 https 地址', 'url');
  if (parsed.username || parsed.password) throw userInputError('回调地址不能包含用户名或密码', 'url');
  const refusal = reminderWebhookRefusal(parsed.toString());
  if (refusal) throw userInputError(refusal, 'url');
  return parsed.toString();
}

function checkSecret(kind: ReminderChannelKind, secret: string | null): string | null {
  if (secret === null) return null;
  if (kind !== ReminderChannelKind.DINGTALK) throw userInputError('只有钉钉群机器人使用加签密钥', 'secret');
  if (secret.length > 200) throw userInputError('加签密钥不能超过200个字符', 'secret');
  return secret;
}

async function checkTownship(ctx: Context, townshipId: string | null): Promise<string | null> {
  if (townshipId === null) return null;
  const township = await ctx.em.findOne(Township, { id: townshipId });
  if (!township) throw userInputError(`乡镇(街道)不存在:${townshipId}`, 'townshipId');
  return township.id;
}

function checkAudience(role: ReminderAudience | null, townshipId: string | null): void {
  if (role === ReminderAudience.TOWNSHIP && townshipId === null)
    throw userInputError('面向乡镇(街道)监管员的通道须指定乡镇(街道)', 'townshipId');
}

const trimmed = (value: string | null | undefined) => {
  const text = value?.trim();
  return text ? text : null;
};

/**
 * Reminder channels (where the scheduler sends the daily digest and overdue alerts) and the record of what was
 * sent. Leaders read and configure them; the claims and attempt records are the reminder service's alone
 * (`requireService`: the gateway's signed service identity, never a user's token).
 */
@Resolver(() => ReminderChannel)
export class ReminderChannelResolver {
  @Query(() => [ReminderChannel], { nullable: true, description: '提醒通道(局领导)' })
  async reminderChannels(@Ctx() ctx: Context): Promise<ReminderChannel[]> {
    requireLeader(ctx);
    return ctx.em.find(ReminderChannel, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @Mutation(() => ReminderChannel, { description: '新建提醒通道(局领导)' })
  async createReminderChannel(
    @Arg('input', () => ReminderChannelInput) input: ReminderChannelInput,
    @Ctx() ctx: Context,
  ): Promise<ReminderChannel> {
    requireLeader(ctx);
    const kind = input.kind;
    const townshipId = await checkTownship(ctx, trimmed(input.townshipId));
    const role = input.role ?? null;
    checkAudience(role, townshipId);
    const channel = ctx.em.create(ReminderChannel, {
      id: randomUUID(),
      name: requiredText(input.name, 'name', '名称', 50),
      kind,
      url: checkUrl(input.url),
      secret: checkSecret(kind, trimmed(input.secret)),
      townshipId,
      role,
      active: input.active ?? true,
    });
    await ctx.em.flush();
    return channel;
  }

  @Mutation(() => ReminderChannel, { description: '修改提醒通道(局领导);停用即 active: false' })
  async updateReminderChannel(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: '读到的版本号' }) version: number,
    @Arg('input', () => ReminderChannelUpdate) input: ReminderChannelUpdate,
    @Ctx() ctx: Context,
  ): Promise<ReminderChannel> {
    requireLeader(ctx);
    const channel = await ctx.em.findOne(ReminderChannel, { id });
    if (!channel) throw notFound('提醒通道', id);
    checkVersion(channel, version, '提醒通道');
    if (input.name != null) channel.name = requiredText(input.name, 'name', '名称', 50);
    if (input.kind != null) channel.kind = input.kind;
    if (input.url != null) channel.url = checkUrl(input.url);
    if (input.secret != null) channel.secret = checkSecret(channel.kind, trimmed(input.secret));
    else if (channel.secret && channel.kind !== ReminderChannelKind.DINGTALK) channel.secret = null;
    const before = { townshipId: channel.townshipId };
    if (input.districtWide) channel.townshipId = null;
    else if (input.townshipId != null) channel.townshipId = await checkTownship(ctx, trimmed(input.townshipId));
    if (input.clearRole) channel.role = null;
    else if (input.role != null) channel.role = input.role;
    checkAudience(channel.role, channel.townshipId);
    if (input.active != null) channel.active = input.active;
    // Another township's items are new to this channel: record those already overdue again, not alert each one.
    if (before.townshipId !== channel.townshipId) channel.alertsSince = null;
    await ctx.em.flush();
    return channel;
  }

  @FieldResolver(() => Boolean, { description: '是否已设置加签密钥(密钥本身不返回)' })
  hasSecret(@Root() channel: ReminderChannel): boolean {
    return !!channel.secret;
  }

  @FieldResolver(() => String, { nullable: true, description: '加签密钥:仅提醒服务可读,其他调用方为空' })
  signingSecret(@Root() channel: ReminderChannel, @Ctx() ctx: Context): string | null {
    return ctx.identity.service === 'reminders' ? channel.secret : null;
  }

  @FieldResolver(() => Township, { nullable: true, description: '乡镇(街道);全区通道为空' })
  async township(@Root() channel: ReminderChannel, @Ctx() ctx: Context): Promise<Township | null> {
    if (!channel.townshipId) return null;
    return townshipById(ctx).load(channel.townshipId);
  }
}

@Resolver(() => ReminderDelivery)
export class ReminderDeliveryResolver {
  @Query(() => ReminderDeliveryConnection, { nullable: true, description: '提醒发送记录,最新在前(局领导)' })
  reminderDeliveries(
    @Arg('filter', () => ReminderDeliveryFilter, { nullable: true }) filter: ReminderDeliveryFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireLeader(ctx);
    const where: FilterQuery<ReminderDelivery> = {};
    if (filter?.channelId) where.channel = filter.channelId;
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.status) where.status = filter.status;
    return paginate(ctx.em, ReminderDelivery, where, page, { orderBy: { createdAt: 'desc' } });
  }

  @Query(() => [String], {
    description:
      '仅提醒服务:给出的周期中尚可认领的(没有记录、中断超过5分钟、或失败且未达次数上限)。只读:调度器每轮先问,有可认领的才认领,不为空转写审计记录',
  })
  async claimableReminderPeriods(
    @Arg('channelId', () => ID) channelId: string,
    @Arg('kind', () => ReminderDeliveryKind) kind: ReminderDeliveryKind,
    @Arg('periodKeys', () => [String]) periodKeys: string[],
    @Ctx() ctx: Context,
  ): Promise<string[]> {
    requireService(ctx, 'reminders');
    const keys = checkKeys(periodKeys);
    if (keys.length === 0) return [];
    const rows = await ctx.em.find(ReminderDelivery, { channel: channelId, kind, periodKey: { $in: keys } });
    const byKey = new Map(rows.map((row) => [row.periodKey, row]));
    const stale = Date.now() - STALE_CLAIM_MS;
    return keys.filter((key) => {
      const row = byKey.get(key);
      if (!row) return true;
      if (row.status === ReminderDeliveryStatus.PENDING) return (row.claimedAt?.getTime() ?? 0) < stale;
      return row.status === ReminderDeliveryStatus.FAILED && row.attempts < MAX_DELIVERY_ATTEMPTS;
    });
  }

  @Mutation(() => [ReminderDelivery], {
    description:
      '认领发送(仅提醒服务):返回本次调用取得的记录(新插入的、其他副本中断超过5分钟的、可重试的失败记录);已被其他副本认领或已完成的不返回',
  })
  async claimReminderDeliveries(
    @Arg('channelId', () => ID) channelId: string,
    @Arg('kind', () => ReminderDeliveryKind) kind: ReminderDeliveryKind,
    @Arg('periodKeys', () => [String]) periodKeys: string[],
    @Ctx() ctx: Context,
  ): Promise<ReminderDelivery[]> {
    requireService(ctx, 'reminders');
    const keys = checkKeys(periodKeys);
    const channel = await ctx.em.findOne(ReminderChannel, { id: channelId });
    if (!channel) throw notFound('提醒通道', channelId);
    if (!channel.active || keys.length === 0) return [];
    const token = randomUUID();
    const now = new Date();
    const existing = new Set(
      (
        await ctx.em.find(
          ReminderDelivery,
          { channel: channelId, kind, periodKey: { $in: keys } },
          { fields: ['periodKey'] },
        )
      ).map((row) => row.periodKey),
    );
    for (const periodKey of keys) {
      if (existing.has(periodKey)) continue;
      try {
        // The unique (channel, kind, periodKey) decides between replicas: the insert that lands owns the delivery.
        // In a savepoint, so that losing the race (PostgreSQL aborts the statement's transaction) costs only it.
        await ctx.em.transactional((em) =>
          em.insert(ReminderDelivery, {
            id: randomUUID(),
            channel: channelId,
            kind,
            periodKey,
            status: ReminderDeliveryStatus.PENDING,
            attempts: 0,
            attemptLog: [],
            claimToken: token,
            claimedAt: now,
            createdAt: now,
          }),
        );
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
      }
    }
    // Taken over, atomically per row: a claim whose replica stopped touching it, or a failure with attempts left.
    if (existing.size > 0)
      await ctx.em.nativeUpdate(
        ReminderDelivery,
        {
          channel: channelId,
          kind,
          periodKey: { $in: [...existing] },
          $or: [
            { status: ReminderDeliveryStatus.PENDING, claimedAt: { $lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
            { status: ReminderDeliveryStatus.FAILED, attempts: { $lt: MAX_DELIVERY_ATTEMPTS } },
          ],
        },
        { status: ReminderDeliveryStatus.PENDING, claimToken: token, claimedAt: now },
      );
    return ctx.em.find(ReminderDelivery, { claimToken: token }, { orderBy: { periodKey: 'asc' } });
  }

  @Mutation(() => Boolean, {
    description:
      '通道首次检查(仅提醒服务):把当时已超期的事项记为 BASELINE(不单独提醒);另一副本已完成时返回 false,什么也不写',
  })
  async baselineReminderAlerts(
    @Arg('channelId', () => ID) channelId: string,
    @Arg('periodKeys', () => [String]) periodKeys: string[],
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    requireService(ctx, 'reminders');
    const keys = checkKeys(periodKeys);
    return ctx.em.transactional(async (em) => {
      const now = new Date();
      // One replica wins the channel's baseline; the other waits on the row, then updates nothing.
      const won = await em.nativeUpdate(ReminderChannel, { id: channelId, alertsSince: null }, { alertsSince: now });
      if (won === 0) return false;
      const existing = new Set(
        (
          await em.find(
            ReminderDelivery,
            { channel: channelId, kind: ReminderDeliveryKind.OVERDUE_ALERT, periodKey: { $in: keys } },
            { fields: ['periodKey'] },
          )
        ).map((row) => row.periodKey),
      );
      const rows = keys
        .filter((key) => !existing.has(key))
        .map((periodKey) => ({
          id: randomUUID(),
          channel: channelId,
          kind: ReminderDeliveryKind.OVERDUE_ALERT,
          periodKey,
          status: ReminderDeliveryStatus.BASELINE,
          attempts: 0,
          attemptLog: [],
          summary: '通道启用时已超期,见每日汇总',
          createdAt: now,
        }));
      if (rows.length > 0) await em.insertMany(ReminderDelivery, rows);
      return true;
    });
  }

  @Mutation(() => ReminderDelivery, { description: '记录一次发送尝试(仅提醒服务,须持有认领令牌)' })
  async recordReminderAttempt(
    @Arg('input', () => ReminderAttemptInput) input: ReminderAttemptInput,
    @Ctx() ctx: Context,
  ): Promise<ReminderDelivery> {
    requireService(ctx, 'reminders');
    const delivery = await ctx.em.findOne(ReminderDelivery, { id: input.deliveryId });
    if (!delivery) throw notFound('提醒发送记录', input.deliveryId);
    if (
      !delivery.claimToken ||
      delivery.claimToken !== input.claimToken ||
      delivery.status !== ReminderDeliveryStatus.PENDING
    )
      throw conflict('该发送记录已由其他发送进程接管或已结束');
    const now = new Date();
    const error = input.ok ? null : (input.error?.slice(0, 1000) ?? '发送失败');
    delivery.attempts += 1;
    delivery.attemptLog = [
      ...delivery.attemptLog,
      { at: now.toISOString(), ok: input.ok, responseStatus: input.responseStatus ?? null, error },
    ].slice(-ATTEMPT_LOG_LIMIT);
    delivery.responseStatus = input.responseStatus ?? null;
    delivery.lastError = error;
    delivery.claimedAt = now;
    if (input.itemCount != null) delivery.itemCount = input.itemCount;
    if (input.summary != null) delivery.summary = input.summary.slice(0, 500);
    if (input.ok) {
      delivery.status = ReminderDeliveryStatus.SENT;
      delivery.sentAt = now;
    } else {
      const more = input.retrying && delivery.attempts < MAX_DELIVERY_ATTEMPTS;
      delivery.status = more ? ReminderDeliveryStatus.PENDING : ReminderDeliveryStatus.FAILED;
    }
    await ctx.em.flush();
    return delivery;
  }

  @FieldResolver(() => String, { nullable: true, description: '认领令牌:仅提醒服务可读' })
  claimToken(@Root() delivery: ReminderDelivery, @Ctx() ctx: Context): string | null {
    return ctx.identity.service === 'reminders' ? delivery.claimToken : null;
  }

  @FieldResolver(() => ReminderChannel)
  async channel(@Root() delivery: ReminderDelivery, @Ctx() ctx: Context): Promise<ReminderChannel> {
    const loaded = await ctx
      .loader<string, ReminderChannel | undefined>('reminderChannelById', async (ids) => {
        const rows = await ctx.em.find(ReminderChannel, { id: { $in: [...ids] } });
        return ids.map((id) => rows.find((row) => row.id === id));
      })
      .load(delivery.channel.id);
    if (!loaded) throw notFound('提醒通道', delivery.channel.id);
    return loaded;
  }
}

function checkKeys(keys: string[]): string[] {
  if (keys.length > MAX_CLAIM_KEYS) throw userInputError(`一次最多${MAX_CLAIM_KEYS}项`, 'periodKeys');
  const unique = [...new Set(keys.map((key) => key.trim()))];
  if (unique.some((key) => !key || key.length > 200))
    throw userInputError('周期标识不能为空或超过200个字符', 'periodKeys');
  return unique;
}
