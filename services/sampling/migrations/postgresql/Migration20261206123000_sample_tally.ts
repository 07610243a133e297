import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's sampling figures kept as samples change (entity SampleTally): the table, filled from the samples
 * already there, and the trigger that moves it with every insert, update and delete of a sample, inside the writing
 * transaction. A sample counts once on each axis whose value it has (`value is not null`); the failure kind only
 * when unqualified, as the figures count it. Concurrent writers to the same township's year wait for each other on
 * its rows (the upsert locks them) until commit, so no increment is lost.
 */
const COLUMNS = ['sampled_on', 'township_id', 'plan_id', 'category', 'verdict', 'failure_kind', 'focus_variety', 'focus_period', 'focus_area'];
const axes = (r: string) => [
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
const year = (r: string) => `substr(${r}.sampled_on, 1, 4)::integer`;
const bad = (r: string) => `case when ${r}.verdict = 'UNQUALIFIED' then 1 else 0 end`;
/** Adds one row's batch (sign 1) or takes it away (-1) on each of its axes. */
const move = (r: 'new' | 'old', sign: 1 | -1) =>
  `insert into sample_tally (year, township_id, axis, value, n, bad)
   select ${year(r)}, ${r}.township_id, a.axis, a.value, ${sign}, ${sign} * ${bad(r)}
   from (values ${axes(r).map(([axis, value]) => `('${axis}', ${value}::varchar)`).join(', ')}) a (axis, value)
   where a.value is not null
   on conflict (year, township_id, axis, value) do update
     set n = sample_tally.n + excluded.n, bad = sample_tally.bad + excluded.bad;`;

export class Migration20261206123000_sample_tally extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sample_tally" ("year" int not null, "township_id" varchar(12) not null, "axis" varchar(20) not null, "value" varchar(36) not null, "n" int not null, "bad" int not null, constraint "sample_tally_pkey" primary key ("year", "township_id", "axis", "value"));`);
    this.addSql(`insert into sample_tally (year, township_id, axis, value, n, bad)
      select ${year('s')}, s.township_id, a.axis, a.value, count(*), sum(${bad('s')})
      from sample s cross join lateral (values ${axes('s').map(([axis, value]) => `('${axis}', ${value}::varchar)`).join(', ')}) a (axis, value)
      where a.value is not null group by 1, 2, 3, 4;`);
    this.addSql(`create function sample_tally_move() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (${COLUMNS.map((c) => `old.${c}`).join(', ')})
          is not distinct from (${COLUMNS.map((c) => `new.${c}`).join(', ')}) then
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then ${move('old', -1)} end if;
        if tg_op in ('UPDATE', 'INSERT') then ${move('new', 1)} end if;
        return null;
      end $$;`);
    this.addSql(`create trigger sample_tally_move after insert or delete or update of ${COLUMNS.join(', ')} on sample
      for each row execute function sample_tally_move();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists sample_tally_move on sample;');
    this.addSql('drop function if exists sample_tally_move();');
    this.addSql('drop table if exists "sample_tally" cascade;');
  }

}
