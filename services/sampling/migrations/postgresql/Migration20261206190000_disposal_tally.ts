import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's disposal figures kept in `sample_tally` (axis `disposal`): value '' counts the completed
 * disposals, value 'FILE_CASE' those of them whose actions include 立案, each in its sample's year and township, as
 * the figures counted them by joining the samples. Filled from the disposals already there; moved by triggers on
 * `disposal` (insert, delete, update of what it counts by) and on `sample` (its year or township changing, its
 * delete), inside the writing transaction.
 *
 * A sample's delete cascades to its disposal after the sample's row is gone, so the disposal's own trigger can no
 * longer find the year and township: the sample's BEFORE DELETE trigger takes the disposal away instead, and the
 * disposal's trigger moves nothing for a sample that is not there (which also covers a sample's id changing, whose
 * cascade rewrites `disposal.sample_id`). The disposal's trigger reads its sample FOR SHARE: a concurrent change of
 * the sample's year or township waits for the disposal's transaction, or the disposal's for it, so neither trigger
 * misses the other's row.
 */
const DISPOSAL_COLUMNS = ['sample_id', 'completed_on', 'actions'];
const year = (s: string) => `substr(${s}.sampled_on, 1, 4)::integer`;
/** A completed disposal's rows: value '', and 'FILE_CASE' as well when its actions include 立案. */
const values = (d: string) => `(values (''), ('FILE_CASE')) a (value) on a.value = '' or ${d}.actions like '%FILE_CASE%'`;
const UPSERT = `on conflict (year, township_id, axis, value) do update
  set n = sample_tally.n + excluded.n, bad = sample_tally.bad + excluded.bad;`;
const INSERT = 'insert into sample_tally (year, township_id, axis, value, n, bad)';
const same = (columns: string[]) =>
  `(${columns.map((c) => `old.${c}`).join(', ')}) is not distinct from (${columns.map((c) => `new.${c}`).join(', ')})`;

/** Adds the disposal row `d` (sign 1) or takes it away (-1) in the year and township of its sample, if it has one. */
const moveDisposal = (sign: 1 | -1, d: 'new' | 'old') =>
  `${INSERT} select ${year('s')}, s.township_id, 'disposal', a.value, ${sign}, 0 from sample s join ${values(d)}
   where s.id = ${d}.sample_id and ${d}.completed_on is not null ${UPSERT}`;
/**
 * Adds the disposal of the sample row `s` (sign 1) or takes it away (-1): found by `ids`, the sample's id before and
 * after the write (a changed id has already cascaded to the disposal when an AFTER trigger runs).
 */
const moveSample = (sign: 1 | -1, s: 'new' | 'old', ids: string) =>
  `${INSERT} select ${year(s)}, ${s}.township_id, 'disposal', a.value, ${sign}, 0 from disposal d join ${values('d')}
   where d.sample_id in (${ids}) and d.completed_on is not null ${UPSERT}`;

export class Migration20261206190000_disposal_tally extends Migration {

  override async up(): Promise<void> {
    this.addSql(`${INSERT} select ${year('s')}, s.township_id, 'disposal', a.value, count(*), 0
      from disposal d join sample s on s.id = d.sample_id join ${values('d')}
      where d.completed_on is not null group by 1, 2, 4;`);
    this.addSql(`create function disposal_tally_move() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and ${same(DISPOSAL_COLUMNS)} then return null; end if;
        if tg_op in ('UPDATE', 'DELETE') then
          -- Gone with a cascade (the sample deleted, or its id changed): its sample's trigger moved it.
          if not exists (select 1 from sample where id = old.sample_id for share) then return null; end if;
          ${moveDisposal(-1, 'old')}
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          perform 1 from sample where id = new.sample_id for share;
          ${moveDisposal(1, 'new')}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger disposal_tally_move after insert or delete or update of ${DISPOSAL_COLUMNS.join(', ')}
      on disposal for each row execute function disposal_tally_move();`);
    this.addSql(`create function sample_disposal_tally() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          ${moveSample(-1, 'old', 'old.id')}
          return old;
        end if;
        if not ${same(['sampled_on', 'township_id'])} then
          ${moveSample(-1, 'old', 'old.id, new.id')}
          ${moveSample(1, 'new', 'old.id, new.id')}
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger sample_disposal_tally_delete before delete on sample
      for each row execute function sample_disposal_tally();`);
    this.addSql(`create trigger sample_disposal_tally_update after update of sampled_on, township_id on sample
      for each row execute function sample_disposal_tally();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists disposal_tally_move on disposal;');
    this.addSql('drop trigger if exists sample_disposal_tally_delete on sample;');
    this.addSql('drop trigger if exists sample_disposal_tally_update on sample;');
    this.addSql('drop function if exists disposal_tally_move();');
    this.addSql('drop function if exists sample_disposal_tally();');
    this.addSql(`delete from sample_tally where axis = 'disposal';`);
  }

}
