import { Field, ID, InputType, Int } from 'type-graphql';
import { ReminderAudience, ReminderChannelKind, ReminderDeliveryKind, ReminderDeliveryStatus } from '../entities';

@InputType({ description: '新建提醒通道' })
export class ReminderChannelInput {
  @Field(() => String, { description: '名称' })
  name!: string;

  @Field(() => ReminderChannelKind)
  kind!: ReminderChannelKind;

  @Field(() => String, { description: '回调地址(http/https)' })
  url!: string;

  @Field(() => String, { nullable: true, description: '钉钉加签密钥(仅钉钉;保存后不再返回)' })
  secret?: string | null;

  @Field(() => String, { nullable: true, description: '乡镇(街道)代码;为空表示全区' })
  townshipId?: string | null;

  @Field(() => ReminderAudience, { nullable: true })
  role?: ReminderAudience | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  active?: boolean;
}

@InputType({ description: '修改提醒通道:只改给出的字段;secret 给空字符串表示清除' })
export class ReminderChannelUpdate {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ReminderChannelKind, { nullable: true })
  kind?: ReminderChannelKind | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  secret?: string | null;

  /** Null or absent: unchanged; `districtWide` makes the channel district-wide. */
  @Field(() => String, { nullable: true })
  townshipId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '改为全区通道(清除乡镇)' })
  districtWide?: boolean;

  @Field(() => ReminderAudience, { nullable: true })
  role?: ReminderAudience | null;

  @Field(() => Boolean, { nullable: true, description: '清除提醒对象' })
  clearRole?: boolean;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({ description: '提醒发送记录筛选' })
export class ReminderDeliveryFilter {
  @Field(() => ID, { nullable: true })
  channelId?: string | null;

  @Field(() => ReminderDeliveryKind, { nullable: true })
  kind?: ReminderDeliveryKind | null;

  @Field(() => ReminderDeliveryStatus, { nullable: true })
  status?: ReminderDeliveryStatus | null;
}

@InputType({ description: '一次发送尝试的结果(仅提醒服务)' })
export class ReminderAttemptInput {
  @Field(() => ID)
  deliveryId!: string;

  @Field(() => String, { description: '认领时得到的令牌' })
  claimToken!: string;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int, { nullable: true })
  responseStatus?: number | null;

  @Field(() => String, { nullable: true })
  error?: string | null;

  @Field(() => Boolean, { description: '本轮还将重试:失败时保持“发送中”,不让其他副本接手' })
  retrying!: boolean;

  @Field(() => Int, { nullable: true })
  itemCount?: number | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;
}
