import { PrimaryKey, PrimaryKeyProp, Entity as Table } from '@mikro-orm/core';

/**
 * One posting of the register's search index: the business `entityId` has the two characters `bigram` (ASCII
 * letters folded to lower case) in its name, address or credit code. Written and read by src/search.ts in plain SQL,
 * never through the ORM: the audit trail would record every posting of every write. Declared here so that
 * `migration:create` knows the table.
 */
@Table({ tableName: 'entity_bigram' })
export class EntityBigram {
  [PrimaryKeyProp]?: ['bigram', 'entityId'];

  @PrimaryKey({ type: 'string', length: 2 })
  bigram!: string;

  @PrimaryKey({ type: 'string', length: 36 })
  entityId!: string;
}
