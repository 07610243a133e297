import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's enforcement figures kept as cases change (entity CaseTally): the table, filled from the cases and
 * penalties already there, and the triggers that move it with every write of a case or a penalty, inside the writing
 * transaction. A later migration that rebuilds `case_file` or `penalty` (MikroORM's SQLite differ does: copy, drop,
 * rename) drops these triggers with it and must create them again; the tally's test would fail.
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
const fen = (column: string) => `cast(round(${column} * 100) as integer)`;

/** Adds a case (sign 1) or takes it away (-1) on each axis it has a date for. */
const moveCase = (r: 'new' | 'old', sign: 1 | -1) =>
  `${INSERT} select cast(a.y as integer), ${r}.township_id, a.axis, a.value, ${sign}, 0, 0
   from (${axes(r).map(([y, axis, value], i) => `select ${y}${i ? '' : ' as y'}, '${axis}'${i ? '' : ' as axis'}, ${value}${i ? '' : ' as value'}`).join(' union all ')}) a
   where a.y is not null ${UPSERT}`;
/**
 * Adds a penalty (sign 1) or takes it away (-1) in its case's decision year: `c` the case's row, `p` the penalty's,
 * one of them the trigger's, the other read from its table.
 */
const movePenalty = (sign: 1 | -1, c: string, p: string) => {
  const from = c === 'c' ? `case_file c where c.id = ${p}.case_file_id` : `penalty p where p.case_file_id = ${c}.id`;
  return `${INSERT} select cast(substr(${c}.decided_on, 1, 4) as integer), ${c}.township_id, 'penalty', '', ${sign},
     ${sign} * ${fen(`${p}.fine`)}, ${sign} * ${fen(`${p}.confiscated_gains`)}
   from ${from} and ${c}.decided_on is not null ${UPSERT}`;
};

export class Migration20261206130000_case_tally extends Migration {

  override async up(): Promise<void> {
    this.addSql('create table `case_tally` (`year` integer not null, `township_id` text not null, `axis` text not null, `value` text not null, `n` integer not null, `fine_fen` bigint not null, `gains_fen` bigint not null, primary key (`year`, `township_id`, `axis`, `value`));');
    this.addSql(`${INSERT} ${axes('c')
      .map(([y, axis, value]) => `select cast(${y} as integer), c.township_id, '${axis}', ${value}, count(*), 0, 0
         from case_file c where ${y} is not null group by ${y}, c.township_id, ${value}`)
      .join(' union all ')}
      union all select cast(substr(c.decided_on, 1, 4) as integer), c.township_id, 'penalty', '', count(*),
        sum(${fen('p.fine')}), sum(${fen('p.confiscated_gains')})
      from penalty p join case_file c on c.id = p.case_file_id where c.decided_on is not null
      group by substr(c.decided_on, 1, 4), c.township_id;`);
    this.addSql(`create trigger case_tally_insert after insert on case_file begin ${moveCase('new', 1)} end;`);
    this.addSql(`create trigger case_tally_delete after delete on case_file begin ${moveCase('old', -1)} end;`);
    this.addSql(`create trigger case_tally_update after update of ${CASE_COLUMNS.join(', ')} on case_file
      when ${CASE_COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ')}
      begin ${moveCase('old', -1)} ${moveCase('new', 1)} end;`);
    // A case's decision date or township moving takes its penalty along.
    this.addSql(`create trigger case_tally_decided after update of decided_on, township_id on case_file
      when old.decided_on is not new.decided_on or old.township_id is not new.township_id
      begin ${movePenalty(-1, 'old', 'p')} ${movePenalty(1, 'new', 'p')} end;`);
    this.addSql(`create trigger case_tally_penalty_insert after insert on penalty begin
      ${movePenalty(1, 'c', 'new')} end;`);
    this.addSql(`create trigger case_tally_penalty_delete after delete on penalty begin
      ${movePenalty(-1, 'c', 'old')} end;`);
    this.addSql(`create trigger case_tally_penalty_update after update of case_file_id, fine, confiscated_gains on penalty begin
      ${movePenalty(-1, 'c', 'old')} ${movePenalty(1, 'c', 'new')} end;`);
  }

  override async down(): Promise<void> {
    for (const trigger of ['insert', 'delete', 'update', 'decided', 'penalty_insert', 'penalty_delete', 'penalty_update']) {
      this.addSql(`drop trigger if exists case_tally_${trigger};`);
    }
    this.addSql('drop table if exists `case_tally`;');
  }

}
