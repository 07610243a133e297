import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's sampling figures kept as samples change (entity SampleTally): the table, filled from the samples
 * already there, and the triggers that move it with every insert, update and delete of a sample, inside the writing
 * transaction. A sample counts once on each axis whose value it has (`value is not null`); the failure kind only
 * when unqualified, as the figures count it. A later migration that rebuilds `sample` (MikroORM's SQLite differ
 * does: copy, drop, rename) drops these triggers with it and must create them again; the tally's test would fail.
 */
const SAMPLE_TALLY_COLUMNS = ['sampled_on', 'township_id', 'plan_id', 'category', 'verdict', 'failure_kind', 'focus_variety', 'focus_period', 'focus_area'];
const sampleTallyAxes = (r: string): string[][] => [
  ['category', `${r}.category`],
  ['month', `substr(${r}.sampled_on, 6, 2)`],
  ['plan', `${r}.plan_id`],
  ['verdict', `coalesce(${r}.verdict, '')`],
  ['failure', `case when ${r}.verdict = 'UNQUALIFIED' then ${r}.failure_kind end`],
  ['variety', `${r}.focus_variety`],
  ['period', `${r}.focus_period`],
  ['area', `${r}.focus_area`],
  ['focus', `case when coalesce(${r}.focus_variety, ${r}.focus_period, ${r}.focus_area) is not null then '' end`],
];
const year = (r: string) => `cast(substr(${r}.sampled_on, 1, 4) as integer)`;
const bad = (r: string) => `case when ${r}.verdict = 'UNQUALIFIED' then 1 else 0 end`;
/** Adds one row's batch (sign 1) or takes it away (-1) on each of its axes. */
const move = (axes: typeof sampleTallyAxes, r: 'new' | 'old', sign: 1 | -1) =>
  `insert into sample_tally (year, township_id, axis, value, n, bad)
   select ${year(r)}, ${r}.township_id, a.axis, a.value, ${sign}, ${sign} * ${bad(r)}
   from (${axes(r).map(([axis, value], i) => `select '${axis}'${i ? '' : ' as axis'}, ${value}${i ? '' : ' as value'}`).join(' union all ')}) a
   where a.value is not null
   on conflict (year, township_id, axis, value) do update
     set n = sample_tally.n + excluded.n, bad = sample_tally.bad + excluded.bad;`;

/**
 * The three triggers that move the tally on the sample's writes, by `axes` and on updates of `columns` (a later
 * migration that adds an axis creates them again with it, and its down with these).
 */
const sampleTallyTriggers = (axes: typeof sampleTallyAxes, columns: readonly string[]) => [
  `create trigger sample_tally_insert after insert on sample begin ${move(axes, 'new', 1)} end;`,
  `create trigger sample_tally_delete after delete on sample begin ${move(axes, 'old', -1)} end;`,
  `create trigger sample_tally_update after update of ${columns.join(', ')} on sample
      when ${columns.map((c) => `old.${c} is not new.${c}`).join(' or ')}
      begin ${move(axes, 'old', -1)} ${move(axes, 'new', 1)} end;`,
];

/**
 * What a later migration that adds an axis builds its triggers from, and its down these again (one exported object:
 * the kit takes a migration file's first exported function for its class).
 */
export const SAMPLE_TALLY_SQL = { columns: SAMPLE_TALLY_COLUMNS, axes: sampleTallyAxes, triggers: sampleTallyTriggers };

export class Migration20261206123000_sample_tally extends Migration {

  override async up(): Promise<void> {
    this.addSql('create table `sample_tally` (`year` integer not null, `township_id` text not null, `axis` text not null, `value` text not null, `n` integer not null, `bad` integer not null, primary key (`year`, `township_id`, `axis`, `value`));');
    this.addSql(`insert into sample_tally (year, township_id, axis, value, n, bad) ${sampleTallyAxes('s')
      .map(([axis, value]) => `select ${year('s')}, s.township_id, '${axis}', ${value}, count(*), sum(${bad('s')})
         from sample s where ${value} is not null group by ${year('s')}, s.township_id, ${value}`)
      .join(' union all ')};`);
    for (const statement of sampleTallyTriggers(sampleTallyAxes, SAMPLE_TALLY_COLUMNS)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists sample_tally_insert;');
    this.addSql('drop trigger if exists sample_tally_delete;');
    this.addSql('drop trigger if exists sample_tally_update;');
    this.addSql('drop table if exists `sample_tally`;');
  }

}
