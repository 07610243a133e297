import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Case } from './Case';
import { SeizedItemStatus, SeizureKind } from './enums';

/** 涉案财物: goods seized or sealed in a case, who holds them and where, and what became of them. */
@ObjectType({ description: '涉案财物' })
@Audited<SeizedItem>({ parent: 'caseFile' })
@Table({ tableName: 'seized_item' })
export class SeizedItem {
  [OptionalProps]?: 'extended' | 'releasedOn' | 'note' | 'version' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Case, { ref: false, index: true, deleteRule: 'cascade' })
  caseFile!: Case;

  @Field({ description: '物品名称' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Float, { description: '数量' })
  @Property({ type: 'double' })
  quantity!: number;

  @Field({ description: '单位' })
  @Property({ type: 'string', length: 20 })
  unit!: string;

  @Field(() => SeizureKind)
  @Enum({ items: () => SeizureKind })
  measure!: SeizureKind;

  @Field(() => LocalDate, { description: '查封扣押日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  seizedOn!: string;

  @Field(() => SeizedItemStatus)
  @Index()
  @Enum({ items: () => SeizedItemStatus })
  status!: SeizedItemStatus;

  @Field({ description: '保管人(单位)' })
  @Property({ type: 'string', length: 100 })
  custodian!: string;

  @Field({ description: '存放地点' })
  @Property({ type: 'string', length: 200 })
  location!: string;

  @Field({ description: '查封扣押期限是否经批准延长' })
  @Property({ type: 'boolean' })
  extended: boolean = false;

  @Field(() => LocalDate, { nullable: true, description: '解除(退还、没收、销毁、移交)日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  releasedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '备注' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Field(() => Int, { description: '版本号:修改时提交,他人已修改则冲突' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
