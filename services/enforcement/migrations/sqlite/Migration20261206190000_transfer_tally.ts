import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's transfer figures kept in `case_tally`: axis `transfer` (value: the receiving department) counts
 * every transfer, axis `criminal` (value '') the criminal ones, each in the year of its `transferred_on` and its
 * case's township, as the figures counted them by joining the cases. Filled from the transfers already there; moved
 * by triggers on `transfer` (insert, delete, update of what it counts by) and on `case_file` (its township changing,
 * its delete), inside the writing transaction.
 *
 * A case's delete cascades to its transfers and its penalty after the case's row is gone, so their own triggers can
 * no longer find its township (or decision year): the case's BEFORE DELETE trigger takes them away instead, and the
 * transfer's triggers move nothing for a case that is not there (which also covers a case's id changing, whose
 * cascade rewrites `transfer.case_file_id`). Like `case_tally`'s triggers these go with any later migration that
 * rebuilds `case_file` or `transfer` and must then be created again; the tally's test would fail.
 */
const TRANSFER_COLUMNS = ['case_file_id', 'transferred_on', 'kind', 'department'];
/** A transfer's rows: one on `transfer`, and one on `criminal` as well when it is a criminal one. */
const axes = (t: string) => `(select 'transfer' as axis union all select 'criminal') a
  on a.axis = 'transfer' or ${t}.kind = 'CRIMINAL'`;
/** A transfer's year, axis and value, in the order of `INSERT_TRANSFER`'s columns. */
const row = (t: string) =>
  `cast(substr(${t}.transferred_on, 1, 4) as integer), a.axis, case when a.axis = 'transfer' then ${t}.department else '' end`;
const INSERT_TRANSFER = 'insert into case_tally (year, axis, value, township_id, n, fine_fen, gains_fen)';
const UPSERT = `on conflict (year, township_id, axis, value) do update set n = case_tally.n + excluded.n,
  fine_fen = case_tally.fine_fen + excluded.fine_fen, gains_fen = case_tally.gains_fen + excluded.gains_fen;`;
const INSERT = 'insert into case_tally (year, township_id, axis, value, n, fine_fen, gains_fen)';
const fen = (column: string) => `cast(round(${column} * 100) as integer)`;

/** Adds the transfer row `t` (sign 1) or takes it away (-1) in its case's township, if it has a case. */
const moveTransfer = (sign: 1 | -1, t: 'new' | 'old') =>
  `${INSERT_TRANSFER} select ${row(t)}, c.township_id, ${sign}, 0, 0 from case_file c join ${axes(t)}
   where c.id = ${t}.case_file_id ${UPSERT}`;
/**
 * Adds the transfers of the case row `c` (sign 1) or takes them away (-1): found by `ids`, the case's id before and
 * after the write (a changed id has already cascaded to its transfers when an AFTER trigger runs). Grouped: an upsert
 * may meet each tally row once per statement.
 */
const moveCase = (sign: 1 | -1, c: 'new' | 'old', ids: string) =>
  `${INSERT_TRANSFER} select ${row('t')}, ${c}.township_id, ${sign} * count(*), 0, 0 from transfer t join ${axes('t')}
   where t.case_file_id in (${ids}) group by substr(t.transferred_on, 1, 4), a.axis, case when a.axis = 'transfer' then t.department else '' end ${UPSERT}`;

export class Migration20261206190000_transfer_tally extends Migration {

  override async up(): Promise<void> {
    this.addSql(`${INSERT_TRANSFER} select ${row('t')}, c.township_id, count(*), 0, 0
      from transfer t join case_file c on c.id = t.case_file_id join ${axes('t')}
      group by substr(t.transferred_on, 1, 4), c.township_id, a.axis, case when a.axis = 'transfer' then t.department else '' end;`);
    this.addSql(`create trigger transfer_tally_insert after insert on transfer begin ${moveTransfer(1, 'new')} end;`);
    this.addSql(`create trigger transfer_tally_delete after delete on transfer begin ${moveTransfer(-1, 'old')} end;`);
    this.addSql(`create trigger transfer_tally_update after update of ${TRANSFER_COLUMNS.join(', ')} on transfer
      when (${TRANSFER_COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ')})
        and exists (select 1 from case_file where id = old.case_file_id)
      begin ${moveTransfer(-1, 'old')} ${moveTransfer(1, 'new')} end;`);
    this.addSql(`create trigger case_transfer_tally_update after update of township_id on case_file
      when old.township_id is not new.township_id
      begin ${moveCase(-1, 'old', 'old.id, new.id')} ${moveCase(1, 'new', 'old.id, new.id')} end;`);
    // The penalty too: case_tally's own penalty trigger, run by the cascade, finds no case to count it by.
    this.addSql(`create trigger case_tally_before_delete before delete on case_file begin
      ${moveCase(-1, 'old', 'old.id')}
      ${INSERT} select cast(substr(old.decided_on, 1, 4) as integer), old.township_id, 'penalty', '', -1,
        -${fen('p.fine')}, -${fen('p.confiscated_gains')}
      from penalty p where p.case_file_id = old.id and old.decided_on is not null ${UPSERT}
    end;`);
  }

  override async down(): Promise<void> {
    for (const trigger of ['transfer_tally_insert', 'transfer_tally_delete', 'transfer_tally_update', 'case_transfer_tally_update', 'case_tally_before_delete']) {
      this.addSql(`drop trigger if exists ${trigger};`);
    }
    this.addSql(`delete from case_tally where axis in ('transfer', 'criminal');`);
  }

}
