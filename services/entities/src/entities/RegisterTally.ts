import { PrimaryKey, PrimaryKeyProp, Property, Entity as Table } from '@mikro-orm/core';

/**
 * How many businesses the register holds per township, category, status and risk grade ('' for none yet). Written
 * only by the database's triggers on `entity` (migration register_tally), inside the writing transaction; read by
 * src/entity-counts.ts in plain SQL for the register list's totalCount, never through the ORM. Declared here so that
 * `migration:create` knows the table.
 */
@Table({ tableName: 'register_tally' })
export class RegisterTally {
  [PrimaryKeyProp]?: ['townshipId', 'category', 'status', 'riskGrade'];

  @PrimaryKey({ type: 'string', length: 12 })
  townshipId!: string;

  @PrimaryKey({ type: 'text' })
  category!: string;

  @PrimaryKey({ type: 'text' })
  status!: string;

  @PrimaryKey({ type: 'text' })
  riskGrade!: string;

  @Property({ type: 'integer' })
  n!: number;
}
