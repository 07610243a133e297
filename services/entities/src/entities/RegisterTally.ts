import { PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { TallyTable } from '@shian/subgraph-kit';

/**
 * How many businesses the register holds per township, category, status and risk grade ('' for none yet). Written
 * only by the database's triggers on `entity` (migration register_tally), inside the writing transaction; read by
 * src/entity-counts.ts in plain SQL for the register list's totalCount. Declared here so that `migration:create` knows
 * the table; read-only to the ORM (the kit's `TallyTable`), so a flush never writes a row the triggers own.
 */
@TallyTable('register_tally')
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
