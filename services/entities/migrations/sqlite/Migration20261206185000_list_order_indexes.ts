import { Migration } from '@mikro-orm/migrations';

/**
 * The register lists by name with the id breaking ties (`name, id`, the kit's pagination). Indexes ending at the name
 * left the rest of the order to a sort: an offset page put every row it skipped through it, reading each from the
 * table (page 50 of 100k businesses read 1,000 rows). These carry the whole order, so a page is read from the index
 * in order and skipped rows are never read. The same statements serve PostgreSQL (its migration re-exports this one).
 */
const ORDERS = [['name'], ['township_id', 'name'], ['township_id', 'category', 'name'], ['risk_grade', 'name']];
const name = (columns: string[]) => `entity_${columns.join('_')}_index`;
const create = (columns: string[]) =>
  `create index "${name(columns)}" on "entity" (${columns.map((column) => `"${column}"`).join(', ')});`;

export class Migration20261206185000_list_order_indexes extends Migration {
  override async up(): Promise<void> {
    for (const order of ORDERS) {
      this.addSql(create([...order, 'id']));
      this.addSql(`drop index "${name(order)}";`);
    }
  }

  override async down(): Promise<void> {
    for (const order of ORDERS) {
      this.addSql(create(order));
      this.addSql(`drop index "${name([...order, 'id'])}";`);
    }
  }
}
