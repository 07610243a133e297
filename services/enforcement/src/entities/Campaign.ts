import { Enum, Index, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CampaignKind } from './enums';

/** 专项行动(春雷、铁拳、三小、强基)与专项治理: inspections, draws, joint operations and cases belong to one. */
@ObjectType({ description: '专项执法行动与专项治理' })
@Table({ tableName: 'campaign' })
export class Campaign {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '名称' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => CampaignKind)
  @Index()
  @Enum({ items: () => CampaignKind })
  kind!: CampaignKind;

  @Field(() => Int, { description: '年度' })
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => LocalDate, { description: '开始日期' })
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Field(() => LocalDate, { description: '结束日期' })
  @Property({ type: 'string', length: 10 })
  endsOn!: string;

  @Field({ description: '牵头科室' })
  @Property({ type: 'string', length: 50 })
  lead!: string;

  @Field({ description: '重点内容' })
  @Property({ type: 'string', length: 1000 })
  focus!: string;
}
