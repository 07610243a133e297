import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's sampling figures kept as samples change (entity SampleTally): the table, filled from the samples
 * already there, and the trigger that moves it with every insert, update and delete of a sample, inside the writing
 * transaction. A sample counts once on each axis whose value it has (`value is not null`); the failure kind only
 * when unqualified, as the figures count it. Concurrent writers to the same township's year wait for each other on
 * its rows (the upsert locks them) until commit, so no increment is lost.
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
const year = (r: string) => `substr(${r}.sampled_on, 1, 4)::integer`;
const bad = (r: string) => `case when ${r}.verdict = 'UNQUALIFIED' then 1 else 0 end`;
/** Adds one row's batch (sign 1) or takes it away (-1) on each of its axes. */
const move = (axes: typeof sampleTallyAxes, r: 'new' | 'old', sign: 1 | -1) =>
  `insert into sample_tally (year, township_id, axis, value, n, bad)
   select ${year(r)}, ${r}.township_id, a.axis, a.value, ${sign}, ${sign} * ${bad(r)}
   from (values ${axes(r).map(([axis, value]) => `('${axis}', ${value}::varchar)`).join(', ')}) a (axis, value)
   where a.value is not null
   on conflict (year, township_id, axis, value) do update
     set n = sample_tally.n + excluded.n, bad = sample_tally.bad + excluded.bad;`;

/**
 * The trigger that moves the tally on the sample's writes, by `axes` and on updates of `columns`, and its function
 * (`create`, or `create or replace` for a later migration that adds an axis, whose down replaces it with these).
 */
const sampleTallyTrigger = (
  create: 'create' | 'create or replace',
  axes: typeof sampleTallyAxes,
  columns: readonly string[],
) => [
  `${create} function sample_tally_move() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (${columns.map((c) => `old.${c}`).join(', ')})
          is not distinct from (${columns.map((c) => `new.${c}`).join(', ')}) then
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then ${move(axes, 'old', -1)} end if;
        if tg_op in ('UPDATE', 'INSERT') then ${move(axes, 'new', 1)} end if;
        return null;
      end $$;`,
  `create trigger sample_tally_move after insert or delete or update of ${columns.join(', ')} on sample
      for each row execute function sample_tally_move();`,
];

/**
 * What a later migration that adds an axis builds its triggers from, and its down these again (one exported object:
 * the kit takes a migration file's first exported function for its class).
 */
export const SAMPLE_TALLY_SQL = { columns: SAMPLE_TALLY_COLUMNS, axes: sampleTallyAxes, trigger: sampleTallyTrigger };

export class Migration20261206123000_sample_tally extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sample_tally" ("year" int not null, "township_id" varchar(12) not null, "axis" varchar(20) not null, "value" varchar(36) not null, "n" int not null, "bad" int not null, constraint "sample_tally_pkey" primary key ("year", "township_id", "axis", "value"));`);
    this.addSql(`insert into sample_tally (year, township_id, axis, value, n, bad)
      select ${year('s')}, s.township_id, a.axis, a.value, count(*), sum(${bad('s')})
      from sample s cross join lateral (values ${sampleTallyAxes('s').map(([axis, value]) => `('${axis}', ${value}::varchar)`).join(', ')}) a (axis, value)
      where a.value is not null group by 1, 2, 3, 4;`);
    for (const statement of sampleTallyTrigger('create', sampleTallyAxes, SAMPLE_TALLY_COLUMNS)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists sample_tally_move on sample;');
    this.addSql('drop function if exists sample_tally_move();');
    this.addSql('drop table if exists "sample_tally" cascade;');
  }

}
