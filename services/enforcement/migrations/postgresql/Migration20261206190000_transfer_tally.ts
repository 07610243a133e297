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
 * transfer's trigger moves nothing for a case that is not there (which also covers a case's id changing, whose
 * cascade rewrites `transfer.case_file_id`). The transfer's trigger reads its case FOR SHARE: a concurrent change of
 * the case's township waits for the transfer's transaction, or the transfer's for it, so neither misses the other.
 */
const TRANSFER_COLUMNS = ['case_file_id', 'transferred_on', 'kind', 'department'];
/** A transfer's rows: one on `transfer`, and one on `criminal` as well when it is a criminal one. */
const axes = (t: string) =>
  `(values ('transfer'), ('criminal')) a (axis) on a.axis = 'transfer' or ${t}.kind = 'CRIMINAL'`;
/** A transfer's year, axis and value, in the order of `INSERT_TRANSFER`'s columns. */
const row = (t: string) =>
  `substr(${t}.transferred_on, 1, 4)::integer, a.axis, case when a.axis = 'transfer' then ${t}.department else '' end`;
const INSERT_TRANSFER = 'insert into case_tally (year, axis, value, township_id, n, fine_fen, gains_fen)';
const UPSERT = `on conflict (year, township_id, axis, value) do update set n = case_tally.n + excluded.n,
  fine_fen = case_tally.fine_fen + excluded.fine_fen, gains_fen = case_tally.gains_fen + excluded.gains_fen;`;
const INSERT = 'insert into case_tally (year, township_id, axis, value, n, fine_fen, gains_fen)';
const fen = (column: string) => `round(${column} * 100)::bigint`;
const same = (columns: string[]) =>
  `(${columns.map((c) => `old.${c}`).join(', ')}) is not distinct from (${columns.map((c) => `new.${c}`).join(', ')})`;

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
   where t.case_file_id in (${ids}) group by 1, 2, 3 ${UPSERT}`;

export class Migration20261206190000_transfer_tally extends Migration {

  override async up(): Promise<void> {
    this.addSql(`${INSERT_TRANSFER} select ${row('t')}, c.township_id, count(*), 0, 0
      from transfer t join case_file c on c.id = t.case_file_id join ${axes('t')} group by 1, 2, 3, 4;`);
    this.addSql(`create function transfer_tally_move() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and ${same(TRANSFER_COLUMNS)} then return null; end if;
        if tg_op in ('UPDATE', 'DELETE') then
          -- Gone with a cascade (the case deleted, or its id changed): the case's trigger moved it.
          if not exists (select 1 from case_file where id = old.case_file_id for share) then return null; end if;
          ${moveTransfer(-1, 'old')}
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          perform 1 from case_file where id = new.case_file_id for share;
          ${moveTransfer(1, 'new')}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger transfer_tally_move after insert or delete or update of ${TRANSFER_COLUMNS.join(', ')}
      on transfer for each row execute function transfer_tally_move();`);
    this.addSql(`create function case_transfer_tally() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          ${moveCase(-1, 'old', 'old.id')}
          -- The penalty too: case_tally's own penalty trigger, run by the cascade, finds no case to count it by.
          ${INSERT} select substr(old.decided_on, 1, 4)::integer, old.township_id, 'penalty', '', -1,
            -${fen('p.fine')}, -${fen('p.confiscated_gains')}
          from penalty p where p.case_file_id = old.id and old.decided_on is not null ${UPSERT}
          return old;
        end if;
        if old.township_id is distinct from new.township_id then
          ${moveCase(-1, 'old', 'old.id, new.id')}
          ${moveCase(1, 'new', 'old.id, new.id')}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger case_tally_before_delete before delete on case_file
      for each row execute function case_transfer_tally();`);
    this.addSql(`create trigger case_transfer_tally_update after update of township_id on case_file
      for each row execute function case_transfer_tally();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists transfer_tally_move on transfer;');
    this.addSql('drop trigger if exists case_tally_before_delete on case_file;');
    this.addSql('drop trigger if exists case_transfer_tally_update on case_file;');
    this.addSql('drop function if exists transfer_tally_move();');
    this.addSql('drop function if exists case_transfer_tally();');
    this.addSql(`delete from case_tally where axis in ('transfer', 'criminal');`);
  }

}
