import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsumerRequest } from './ConsumerRequest';
import { FailureKind, FocusArea, FocusPeriod, FocusVariety, FoodCategory, SampleStatus, Verdict } from './enums';
import { SamplingPlan } from './SamplingPlan';

/** An index for the list's order (`sampled_on desc, id asc`), led by a filter's column. */
function listOrder(lead?: string) {
  const name = `sample_${lead ? `${lead}_` : ''}sampled_on_id_index`;
  return Index({
    name,
    expression: `create index "${name}" on "sample" (${lead ? `"${lead}", ` : ''}"sampled_on" desc, "id")`,
  });
}

/**
 * 抽样批次: one batch of one food sampled at one business. The business is the entities subgraph's `Entity`; its
 * township is copied here when the sample is registered, so that township scope is a column, not a call.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '抽样批次' })
@Table({ tableName: 'sample' })
// Lists are newest first, ties by id: each filter the register offers leads an index that continues with the date
// descending and the id, so a page is read in order from the index instead of sorting its days' matches (measured at
// 1M rows, docs/benchmarks.md; migration list_order_indexes).
@listOrder()
@listOrder('township_id')
@listOrder('status')
@listOrder('verdict')
@listOrder('category')
@listOrder('focus_variety')
@listOrder('focus_period')
@listOrder('focus_area')
export class Sample {
  [OptionalProps]?:
    | 'status'
    | 'verdict'
    | 'failureKind'
    | 'receivedOn'
    | 'reportedOn'
    | 'notifiedOn'
    | 'publishedOn'
    | 'consumerRequest'
    | 'focusVariety'
    | 'focusPeriod'
    | 'focusArea'
    | 'brand'
    | 'specification'
    | 'producedOn'
    | 'version'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '抽样单编号' })
  @Property({ type: 'string', length: 40, unique: true })
  number!: string;

  @ManyToOne(() => SamplingPlan, { ref: false, index: true })
  plan!: SamplingPlan;

  @Field(() => ID, { description: '被抽样单位(主体)ID' })
  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  @Field(() => ID, { description: '被抽样单位所在乡镇(街道)代码' })
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field({ description: '样品名称' })
  @Property({ type: 'string', length: 200 })
  foodName!: string;

  @Field(() => FoodCategory)
  @Enum({ items: () => FoodCategory })
  category!: FoodCategory;

  @Field(() => String, { nullable: true, description: '标称商标' })
  @Property({ type: 'string', length: 100, nullable: true })
  brand: string | null = null;

  @Field(() => String, { nullable: true, description: '规格型号' })
  @Property({ type: 'string', length: 100, nullable: true })
  specification: string | null = null;

  @Field({ description: '生产批号(或进货日期)' })
  @Property({ type: 'string', length: 60 })
  batchNumber!: string;

  @Field(() => LocalDate, { nullable: true, description: '生产(加工、购进)日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  producedOn: string | null = null;

  @Field(() => LocalDate, { description: '抽样日期' })
  @Property({ type: 'string', length: 10 })
  sampledOn!: string;

  @Field(() => [String], { description: '抽样人员(至少2人)' })
  @Property({ type: 'json' })
  samplers!: string[];

  @Field({ description: '承检机构' })
  @Property({ type: 'string', length: 100 })
  lab!: string;

  @Field(() => SampleStatus)
  @Enum({ items: () => SampleStatus })
  status: SampleStatus = SampleStatus.SAMPLED;

  @Field(() => Verdict, { nullable: true, description: '检验结论(复检结论为最终结论)' })
  @Enum({ items: () => Verdict, nullable: true })
  verdict: Verdict | null = null;

  /** The kind of the first failed item, kept on the row so that lists filter by it without a join. */
  @Field(() => FailureKind, { nullable: true, description: '不合格类型' })
  @Enum({ items: () => FailureKind, nullable: true })
  failureKind: FailureKind | null = null;

  @Field(() => LocalDate, { nullable: true, description: '检验机构收样日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  receivedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '检验报告日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  reportedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '不合格结论送达被抽样单位日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  notifiedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '结果公开日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  publishedOn: string | null = null;

  @Field(() => FocusVariety, { nullable: true, description: '重点品种' })
  @Enum({ items: () => FocusVariety, nullable: true })
  focusVariety: FocusVariety | null = null;

  @Field(() => FocusPeriod, { nullable: true, description: '重点时段' })
  @Enum({ items: () => FocusPeriod, nullable: true })
  focusPeriod: FocusPeriod | null = null;

  @Field(() => FocusArea, { nullable: true, description: '重点区域' })
  @Enum({ items: () => FocusArea, nullable: true })
  focusArea: FocusArea | null = null;

  @ManyToOne(() => ConsumerRequest, { ref: false, nullable: true, index: true })
  consumerRequest: ConsumerRequest | null = null;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ version: true })
  version: number = 1;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
