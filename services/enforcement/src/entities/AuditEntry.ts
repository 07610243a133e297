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
 * 留痕: one change to a case, a transfer or a seized item: who, when, what. The entries live in the kit's audit
 * trail (`shian_audit`, append-only in the database), as the rows enforcement labels with an action; this type is
 * their shape in the `history` fields, unchanged from when they had a table of their own (migration
 * history_onto_audit_trail moved every row there).
 */
@ObjectType({ description: '修改留痕' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => HistoryRecordType)
  recordType!: HistoryRecordType;

  @Field(() => ID, { description: '被修改记录的ID' })
  recordId!: string;

  /** The case the record belongs to, so a case shows the history of its transfers and seized items too. */
  caseId!: string;

  @Field({ description: '时间' })
  at!: Date;

  @Field({ description: '操作人账号' })
  username!: string;

  @Field({ description: '操作人' })
  actor!: string;

  @Field({ description: '操作' })
  action!: string;

  @Field(() => [AuditFieldChange], { description: '变更内容' })
  changes!: AuditFieldChange[];
}
