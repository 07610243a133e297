import { Index, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The domain's first record: one class is both the table and the GraphQL type. Rename it and add fields, then
 * `pnpm migration:create <what-changed>` writes the migrations for both dialects.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '风险与应急记录' })
@Table({ tableName: 'risk_record' })
export class RiskRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '标题' })
  @Index()
  @Property({ type: 'string', length: 200 })
  title!: string;

  /** The entities subgraph's Entity, by key only: exposed as `entity` (resolvers/RiskRecord.ts). */
  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  /** Kept on the record so that the township scope is a plain `where`, without asking the entities subgraph. */
  @Field(() => ID, { description: '所属乡镇(街道)代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Field(() => LocalDate, { description: '登记日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  recordedOn!: string;

  @Field({ description: '备注' })
  @Property({ type: 'text' })
  note!: string;
}
