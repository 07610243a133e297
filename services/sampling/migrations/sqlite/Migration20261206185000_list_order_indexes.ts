import { Migration } from '@mikro-orm/migrations';

/**
 * The register of samples lists newest first with the id breaking ties (`sampled_on desc, id asc`, the kit's
 * pagination). Indexes ending at the date left each day's rows to be sorted by id: a page read every row of the days
 * it touched (a day has ~750 samples at 1M rows) and an offset page every row it skipped. These end with the date
 * descending and the id ascending, so a page is read in order from the index, whatever the day holds. The same
 * statements serve PostgreSQL (its migration re-exports this one).
 */
const LEADS = ['township_id', 'status', 'verdict', 'category', 'focus_variety', 'focus_period', 'focus_area'];
const index = (lead: string | null) => `sample_${lead ? `${lead}_` : ''}sampled_on_id_index`;
const old = (lead: string | null) => `sample_${lead ? `${lead}_` : ''}sampled_on_index`;
const columns = (lead: string | null, withId: boolean) =>
  [...(lead ? [`"${lead}"`] : []), withId ? '"sampled_on" desc' : '"sampled_on"', ...(withId ? ['"id"'] : [])].join(', ');

export class Migration20261206185000_list_order_indexes extends Migration {
  override async up(): Promise<void> {
    for (const lead of [null, ...LEADS]) {
      this.addSql(`create index "${index(lead)}" on "sample" (${columns(lead, true)});`);
      this.addSql(`drop index "${old(lead)}";`);
    }
  }

  override async down(): Promise<void> {
    for (const lead of [null, ...LEADS]) {
      this.addSql(`create index "${old(lead)}" on "sample" (${columns(lead, false)});`);
      this.addSql(`drop index "${index(lead)}";`);
    }
  }
}
