import { Enum, ManyToOne, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FailureKind, Verdict } from './enums';
import { Sample } from './Sample';

/** 检验项目: one measured item of a sample's report. Values stay text: reports write "未检出" and "<0.01". */
@ObjectType({ description: '检验项目' })
@Audited<TestItem>({ parent: 'sample' })
@Table({ tableName: 'test_item' })
export class TestItem {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Sample, { ref: false, index: true, deleteRule: 'cascade' })
  sample!: Sample;

  @Field(() => Int, { description: '报告中的顺序' })
  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: '检验项目' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: '检验结果' })
  @Property({ type: 'string', length: 60 })
  measured!: string;

  @Field({ description: '标准指标(限量)' })
  @Property({ type: 'string', length: 60 })
  limit!: string;

  @Field({ description: '单位' })
  @Property({ type: 'string', length: 30 })
  unit!: string;

  @Field({ description: '判定依据' })
  @Property({ type: 'string', length: 120 })
  standard!: string;

  @Field(() => Verdict, { description: '单项判定' })
  @Enum({ items: () => Verdict })
  verdict!: Verdict;

  @Field(() => FailureKind, { nullable: true, description: '不合格类型(仅不合格项)' })
  @Enum({ items: () => FailureKind, nullable: true })
  failureKind: FailureKind | null = null;
}
