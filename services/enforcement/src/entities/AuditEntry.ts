import { Enum, Index, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { FieldChange } from '../rules/history';
import { HistoryRecordType } from './enums';

@ObjectType('AuditFieldChange', { description: '字段变更' })
export class AuditFieldChange implements FieldChange {
  @Field({ description: '字段' })
  field!: string;

  @Field({ description: '字段名称' })
  label!: string;

  @Field(() => String, { nullable: true, description: '原值' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: '新值' })
  to!: string | null;
}

/**
 * 留痕: one change to a case, a transfer or a seized item: who, when, what. Rows are only ever inserted (no
 * mutation updates or deletes them), so the record of a case is what happened to it, in order.
 */
@ObjectType({ description: '修改留痕' })
@Table({ tableName: 'audit_entry' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => HistoryRecordType)
  @Enum({ items: () => HistoryRecordType })
  recordType!: HistoryRecordType;

  @Field(() => ID, { description: '被修改记录的ID' })
  @Index()
  @Property({ type: 'string', length: 36 })
  recordId!: string;

  /** The case the record belongs to, so a case shows the history of its transfers and seized items too. */
  @Index()
  @Property({ type: 'string', length: 36 })
  caseId!: string;

  /** Orders entries that share a timestamp (one mutation writing several). */
  @Property({ type: 'integer' })
  sequence!: number;

  @Field({ description: '时间' })
  @Index()
  @Property({ type: 'datetime' })
  at!: Date;

  @Field({ description: '操作人账号' })
  @Property({ type: 'string', length: 50 })
  username!: string;

  @Field({ description: '操作人' })
  @Property({ type: 'string', length: 50 })
  actor!: string;

  @Field({ description: '操作' })
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Field(() => [AuditFieldChange], { description: '变更内容' })
  @Property({ type: 'json' })
  changes!: AuditFieldChange[];
}
