import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's enforcement figures kept as cases change (entity CaseTally): the table, filled from the cases and
 * penalties already there, and the triggers that move it with every write of a case or a penalty, inside the writing
 * transaction. Concurrent writers to the same township's year wait for each other on its rows (the upsert locks
 * them) until commit, so no increment is lost.
 */
const CASE_COLUMNS = ['township_id', 'source', 'status', 'filed_on', 'received_on'];
/** A case's rows: (year, axis, value), the year of the date the axis counts by. */
const axes = (r: string) => [
  [`substr(${r}.filed_on, 1, 4)`, 'source', `${r}.source`],
  [`substr(${r}.filed_on, 1, 4)`, 'status', `${r}.status`],
  [`substr(${r}.filed_on, 1, 4)`, 'month', `substr(${r}.filed_on, 6, 2)`],
  [`substr(${r}.received_on, 1, 4)`, 'received', `''`],
];
const UPSERT = `on conflict (year, township_id, axis, value) do update set n = case_tally.n + excluded.n,
  fine_fen = case_tally.fine_fen + excluded.fine_fen, gains_fen = case_tally.gains_fen + excluded.gains_fen;`;
const INSERT = 'insert into case_tally (year, township_id, axis, value, n, fine_fen, gains_fen)';
const fen = (column: string) => `round(${column} * 100)::bigint`;
const values = (r: string) =>
  `(values ${axes(r).map(([y, axis, value]) => `(${y}::varchar, '${axis}', ${value}::varchar)`).join(', ')}) a (y, axis, value)`;

/** Adds a case (sign 1) or takes it away (-1) on each axis it has a date for. */
const moveCase = (r: 'new' | 'old', sign: 1 | -1) =>
  `${INSERT} select a.y::integer, ${r}.township_id, a.axis, a.value, ${sign}, 0, 0 from ${values(r)}
   where a.y is not null ${UPSERT}`;
/**
 * Adds a penalty (sign 1) or takes it away (-1) in its case's decision year: `c` the case's row, `p` the penalty's,
 * one of them the trigger's, the other read from its table.
 */
const movePenalty = (sign: 1 | -1, c: string, p: string) => {
  const from = c === 'c' ? `case_file c where c.id = ${p}.case_file_id` : `penalty p where p.case_file_id = ${c}.id`;
  return `${INSERT} select substr(${c}.decided_on, 1, 4)::integer, ${c}.township_id, 'penalty', '', ${sign},
     ${sign} * ${fen(`${p}.fine`)}, ${sign} * ${fen(`${p}.confiscated_gains`)}
   from ${from} and ${c}.decided_on is not null ${UPSERT}`;
};
const same = (columns: string[]) =>
  `(${columns.map((c) => `old.${c}`).join(', ')}) is not distinct from (${columns.map((c) => `new.${c}`).join(', ')})`;

export class Migration20261206130000_case_tally extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_tally" ("year" int not null, "township_id" varchar(12) not null, "axis" varchar(20) not null, "value" varchar(20) not null, "n" int not null, "fine_fen" bigint not null, "gains_fen" bigint not null, constraint "case_tally_pkey" primary key ("year", "township_id", "axis", "value"));`);
    this.addSql(`${INSERT} select a.y::integer, c.township_id, a.axis, a.value, count(*), 0, 0
      from case_file c cross join lateral ${values('c')} where a.y is not null group by 1, 2, 3, 4
      union all select substr(c.decided_on, 1, 4)::integer, c.township_id, 'penalty', '', count(*),
        sum(${fen('p.fine')}), sum(${fen('p.confiscated_gains')})
      from penalty p join case_file c on c.id = p.case_file_id where c.decided_on is not null group by 1, 2;`);
    this.addSql(`create function case_tally_case() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' or (tg_op = 'UPDATE' and not ${same(CASE_COLUMNS)}) then ${moveCase('old', -1)} end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and not ${same(CASE_COLUMNS)}) then ${moveCase('new', 1)} end if;
        -- A case's decision date or township moving takes its penalty along.
        if tg_op = 'UPDATE' and not ${same(['decided_on', 'township_id'])} then
          ${movePenalty(-1, 'old', 'p')}
          ${movePenalty(1, 'new', 'p')}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger case_tally_case after insert or delete or update of ${[...CASE_COLUMNS, 'decided_on'].join(', ')}
      on case_file for each row execute function case_tally_case();`);
    this.addSql(`create function case_tally_penalty() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and ${same(['case_file_id', 'fine', 'confiscated_gains'])} then return null; end if;
        if tg_op in ('UPDATE', 'DELETE') then ${movePenalty(-1, 'c', 'old')} end if;
        if tg_op in ('UPDATE', 'INSERT') then ${movePenalty(1, 'c', 'new')} end if;
        return null;
      end $$;`);
    this.addSql(`create trigger case_tally_penalty after insert or delete or update of case_file_id, fine, confiscated_gains
      on penalty for each row execute function case_tally_penalty();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists case_tally_case on case_file;');
    this.addSql('drop trigger if exists case_tally_penalty on penalty;');
    this.addSql('drop function if exists case_tally_case();');
    this.addSql('drop function if exists case_tally_penalty();');
    this.addSql('drop table if exists "case_tally" cascade;');
  }

}
