import { Enum, ManyToOne, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@shian/subgraph-kit';
import { NoticeKind } from './enums';
import { Township } from './Township';

/** 提示函 / 督办函 / 整改通知 sent by the district to a township. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '提示函、督办函、整改通知' })
@Table({ tableName: 'notice' })
export class Notice {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => NoticeKind)
  @Enum({ items: () => NoticeKind })
  kind!: NoticeKind;

  @Field({ description: '文号,如 巴州市监食提〔2024〕3号' })
  @Property({ type: 'string', length: 60, unique: true })
  number!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @ManyToOne(() => Township, { ref: false, index: true })
  township!: Township;

  @Field(() => LocalDate, { description: '发出日期' })
  @Property({ type: 'string', length: 10, index: true })
  sentOn!: string;

  @Field({ description: '正文' })
  @Property({ type: 'text' })
  content!: string;

  @Field(() => LocalDate, { nullable: true, description: '反馈期限' })
  @Property({ type: 'string', length: 10, nullable: true })
  dueOn: string | null = null;

  /** The township's reply, recorded once (recordNoticeReply): it closes the 反馈期限 clock in the inbox. */
  @Field(() => LocalDate, { nullable: true, description: '反馈日期(乡镇回复函件的日期)' })
  @Property({ type: 'string', length: 10, nullable: true })
  repliedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '反馈内容' })
  @Property({ type: 'text', nullable: true })
  reply: string | null = null;
}
