import { PrimaryKey, PrimaryKeyProp, Entity as Table } from '@mikro-orm/core';

/**
 * One posting of the register's search index: the business `entityId`, named `name`, has the two characters `bigram`
 * (ASCII letters folded to lower case) in its name, address or credit code. Keyed in the order the register lists
 * (pair, name, id), so a search's page is read in order from the postings. Written by the database's triggers on
 * `entity` (migration bigram_order) and read by src/search.ts in plain SQL, never through the ORM. Declared here so
 * that `migration:create` knows the table.
 */
@Table({ tableName: 'entity_bigram' })
export class EntityBigram {
  [PrimaryKeyProp]?: ['bigram', 'name', 'entityId'];

  @PrimaryKey({ type: 'string', length: 2 })
  bigram!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  name!: string;

  @PrimaryKey({ type: 'string', length: 36 })
  entityId!: string;
}
