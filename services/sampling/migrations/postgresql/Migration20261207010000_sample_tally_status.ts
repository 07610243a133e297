import { Migration } from '@mikro-orm/migrations';
import { SAMPLE_TALLY_SQL } from './Migration20261206123000_sample_tally';

/**
 * `sample_tally` gains the status axis, so that the samples list counts a status (with or without township and year)
 * from the tally: without it, a status of many samples was counted by reading up to the exact limit's index entries
 * (issue #21 part 4, `samples: status TESTING` at 1M rows). Filled from the samples already there; the trigger's
 * function is replaced by one with the axis, and the trigger created again with `status` among the columns whose
 * update moves the tally. The table is locked first, so that no sample written meanwhile is counted twice or missed
 * between the fill and the new trigger.
 */
const axes = (r: string) => [...SAMPLE_TALLY_SQL.axes(r), ['status', `${r}.status`]];

export class Migration20261207010000_sample_tally_status extends Migration {

  override async up(): Promise<void> {
    this.addSql('lock table sample in share row exclusive mode;');
    this.addSql(`insert into sample_tally (year, township_id, axis, value, n, bad)
      select substr(s.sampled_on, 1, 4)::integer, s.township_id, 'status', s.status, count(*),
        sum(case when s.verdict = 'UNQUALIFIED' then 1 else 0 end)
      from sample s group by 1, 2, 4;`);
    this.addSql('drop trigger if exists sample_tally_move on sample;');
    for (const statement of SAMPLE_TALLY_SQL.trigger('create or replace', axes, [...SAMPLE_TALLY_SQL.columns, 'status']))
      this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('lock table sample in share row exclusive mode;');
    this.addSql('drop trigger if exists sample_tally_move on sample;');
    this.addSql(`delete from sample_tally where axis = 'status';`);
    for (const statement of SAMPLE_TALLY_SQL.trigger('create or replace', SAMPLE_TALLY_SQL.axes, SAMPLE_TALLY_SQL.columns))
      this.addSql(statement);
  }

}
