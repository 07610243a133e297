import { Migration } from '@mikro-orm/migrations';
import { SAMPLE_TALLY_SQL } from './Migration20261206123000_sample_tally';

/**
 * `sample_tally` gains the status axis, so that the samples list counts a status (with or without township and year)
 * from the tally: without it, a status of many samples was counted by reading up to the exact limit's index entries
 * (issue #21 part 4, `samples: status TESTING` at 1M rows). Filled from the samples already there; the sample's
 * triggers are created again with the axis and with `status` among the columns whose update moves the tally.
 */
const axes = (r: string) => [...SAMPLE_TALLY_SQL.axes(r), ['status', `${r}.status`]];
const year = (r: string) => `cast(substr(${r}.sampled_on, 1, 4) as integer)`;
const TRIGGERS = ['sample_tally_insert', 'sample_tally_delete', 'sample_tally_update'];

export class Migration20261207010000_sample_tally_status extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into sample_tally (year, township_id, axis, value, n, bad)
      select ${year('s')}, s.township_id, 'status', s.status, count(*),
        sum(case when s.verdict = 'UNQUALIFIED' then 1 else 0 end)
      from sample s group by ${year('s')}, s.township_id, s.status;`);
    for (const trigger of TRIGGERS) this.addSql(`drop trigger if exists ${trigger};`);
    for (const statement of SAMPLE_TALLY_SQL.triggers(axes, [...SAMPLE_TALLY_SQL.columns, 'status'])) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const trigger of TRIGGERS) this.addSql(`drop trigger if exists ${trigger};`);
    this.addSql(`delete from sample_tally where axis = 'status';`);
    for (const statement of SAMPLE_TALLY_SQL.triggers(SAMPLE_TALLY_SQL.axes, SAMPLE_TALLY_SQL.columns)) this.addSql(statement);
  }

}
