import { Entity as Table, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeISO } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReminderChannelKind {
  WECOM = 'WECOM',
  DINGTALK = 'DINGTALK',
  JSON = 'JSON',
}
registerEnumType(ReminderChannelKind, {
  name: 'ReminderChannelKind',
  description: '提醒通道类型',
  valuesConfig: {
    WECOM: { description: '企业微信群机器人' },
    DINGTALK: { description: '钉钉群机器人' },
    JSON: { description: '通用 JSON 回调' },
  },
});

/** The staff a channel's group is for; routing is by township, the role says whom the group serves. */
export enum ReminderAudience {
  LEADER = 'LEADER',
  OFFICER = 'OFFICER',
  TOWNSHIP = 'TOWNSHIP',
}
registerEnumType(ReminderAudience, {
  name: 'ReminderAudience',
  description: '提醒对象',
  valuesConfig: {
    LEADER: { description: '局领导' },
    OFFICER: { description: '执法人员' },
    TOWNSHIP: { description: '乡镇(街道)监管员(须指定乡镇)' },
  },
});

export enum ReminderDeliveryKind {
  DIGEST = 'DIGEST',
  OVERDUE_ALERT = 'OVERDUE_ALERT',
}
registerEnumType(ReminderDeliveryKind, {
  name: 'ReminderDeliveryKind',
  description: '提醒类型',
  valuesConfig: { DIGEST: { description: '每日汇总' }, OVERDUE_ALERT: { description: '超期即时提醒' } },
});

export enum ReminderDeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  BASELINE = 'BASELINE',
}
registerEnumType(ReminderDeliveryStatus, {
  name: 'ReminderDeliveryStatus',
  description: '发送状态',
  valuesConfig: {
    PENDING: { description: '发送中' },
    SENT: { description: '已送达' },
    FAILED: { description: '发送失败' },
    BASELINE: { description: '通道启用时已超期,只记录不单独提醒(见每日汇总)' },
  },
});

/**
 * A webhook the bureau configured for reminders: a group robot of 企业微信 or 钉钉, or a plain JSON receiver, for the
 * whole district (townshipId null) or one township. The DingTalk signing secret is stored but never returned to
 * users (`hasSecret`); only the reminder service reads it.
 */
@ObjectType({ description: '提醒通道(群机器人或回调地址)' })
@Table({ tableName: 'reminder_channel' })
export class ReminderChannel {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | 'active' | 'secret' | 'alertsSince' | 'role' | 'townshipId';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => String, { description: '名称,如 东城街道监管群' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => ReminderChannelKind)
  @Enum({ items: () => ReminderChannelKind })
  kind!: ReminderChannelKind;

  @Field(() => String, { description: '回调地址(http/https)' })
  @Property({ type: 'string', length: 500 })
  url!: string;

  /** 钉钉加签密钥: never a GraphQL field of its own (hasSecret / the service-only signingSecret). */
  @Property({ type: 'string', length: 200, nullable: true })
  secret: string | null = null;

  @Field(() => String, { nullable: true, description: '乡镇(街道)代码;为空表示全区' })
  @Property({ type: 'string', length: 12, nullable: true })
  townshipId: string | null = null;

  @Field(() => ReminderAudience, { nullable: true, description: '提醒对象' })
  @Enum({ items: () => ReminderAudience, nullable: true })
  role: ReminderAudience | null = null;

  @Field(() => Boolean, { description: '是否启用' })
  @Property({ type: 'boolean' })
  active = true;

  /**
   * When the channel's already-overdue items were recorded as BASELINE (no message): from then on each item that
   * turns overdue gets one alert. Null until the scheduler's first look at the channel (or after its routing changed).
   */
  @Field(() => DateTimeISO, { nullable: true, description: '超期提醒起算时刻(此前已超期的事项只在每日汇总中出现)' })
  @Property({ type: 'datetime', nullable: true })
  alertsSince: Date | null = null;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One attempt to deliver, as recorded. */
@ObjectType({ description: '一次发送尝试' })
export class ReminderAttempt {
  @Field(() => DateTimeISO)
  at!: string;

  @Field(() => Boolean, { description: '是否成功' })
  ok!: boolean;

  @Field(() => Int, { nullable: true, description: 'HTTP 状态码;未收到响应时为空' })
  responseStatus!: number | null;

  @Field(() => String, { nullable: true, description: '失败原因' })
  error!: string | null;
}

/**
 * What was (or is being) sent to one channel: one row per (channel, kind, period). The unique key is what makes
 * several scheduler replicas send each digest and alert once: the replica whose insert lands owns it.
 */
@ObjectType({ description: '提醒发送记录' })
@Table({ tableName: 'reminder_delivery' })
@Unique({ properties: ['channel', 'kind', 'periodKey'] })
@Index({ properties: ['createdAt'] })
export class ReminderDelivery {
  [OptionalProps]?:
    | 'status'
    | 'attempts'
    | 'attemptLog'
    | 'lastError'
    | 'responseStatus'
    | 'itemCount'
    | 'summary'
    | 'sentAt'
    | 'claimToken'
    | 'claimedAt'
    | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Exposed through the resolver's `channel` (batched). */
  @ManyToOne(() => ReminderChannel, { deleteRule: 'cascade' })
  channel!: ReminderChannel;

  @Field(() => ReminderDeliveryKind)
  @Enum({ items: () => ReminderDeliveryKind })
  kind!: ReminderDeliveryKind;

  @Field(() => String, { description: '周期:每日汇总为北京时间日期,超期提醒为事项标识' })
  @Property({ type: 'string', length: 200 })
  periodKey!: string;

  @Field(() => ReminderDeliveryStatus)
  @Enum({ items: () => ReminderDeliveryStatus })
  status: ReminderDeliveryStatus = ReminderDeliveryStatus.PENDING;

  @Field(() => Int, { description: '已尝试次数' })
  @Property({ type: 'integer' })
  attempts = 0;

  @Field(() => [ReminderAttempt], { description: '每次尝试' })
  @Property({ type: 'json' })
  attemptLog: ReminderAttempt[] = [];

  @Field(() => String, { nullable: true, description: '最近一次失败原因' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Int, { nullable: true, description: '最近一次 HTTP 状态码' })
  @Property({ type: 'integer', nullable: true })
  responseStatus: number | null = null;

  @Field(() => Int, { nullable: true, description: '消息中的事项数' })
  @Property({ type: 'integer', nullable: true })
  itemCount: number | null = null;

  @Field(() => String, { nullable: true, description: '消息摘要' })
  @Property({ type: 'string', length: 500, nullable: true })
  summary: string | null = null;

  @Field(() => DateTimeISO, { nullable: true, description: '送达时间' })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  /** Which scheduler run holds the row (a random token per claim); only it may record attempts. */
  @Property({ type: 'string', length: 36, nullable: true })
  claimToken: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  claimedAt: Date | null = null;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

export const REMINDER_ENTITIES = [ReminderChannel, ReminderDelivery];
