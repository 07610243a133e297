import { Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Sample } from './Sample';

/**
 * 婴配乳粉在售批次: a batch of infant formula found on sale in the district. 批批检 means every one of these has a
 * sample; coverage is tested batches over batches on sale.
 */
@ObjectType({ description: '婴幼儿配方乳粉在售批次' })
@Table({ tableName: 'infant_formula_batch' })
@Index({ properties: ['year'] })
export class InfantFormulaBatch {
  [OptionalProps]?: 'sample';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => Int, { description: '年度' })
  @Property({ type: 'integer' })
  year!: number;

  @Field({ description: '品牌' })
  @Property({ type: 'string', length: 60 })
  brand!: string;

  @Field({ description: '产品名称' })
  @Property({ type: 'string', length: 200 })
  product!: string;

  @Field(() => Int, { description: '段别(1/2/3段)' })
  @Property({ type: 'integer' })
  stage!: number;

  @Field({ description: '生产批号' })
  @Property({ type: 'string', length: 60 })
  batchNumber!: string;

  @Field(() => ID, { description: '销售单位(主体)ID' })
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field(() => LocalDate, { description: '发现在售日期' })
  @Property({ type: 'string', length: 10 })
  foundOn!: string;

  @ManyToOne(() => Sample, { ref: false, nullable: true, index: true })
  sample: Sample | null = null;
}
