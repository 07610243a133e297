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
 * disposal's triggers move nothing for a sample that is not there (which also covers a sample's id changing, whose
 * cascade rewrites `disposal.sample_id`). Like `sample_tally`'s triggers these go with any later migration that
 * rebuilds `sample` or `disposal` and must then be created again; the tally's test would fail.
 */
const DISPOSAL_COLUMNS = ['sample_id', 'completed_on', 'actions'];
const year = (s: string) => `cast(substr(${s}.sampled_on, 1, 4) as integer)`;
/** A completed disposal's rows: value '', and 'FILE_CASE' as well when its actions include 立案. */
const values = (d: string) => `(select '' as value union all select 'FILE_CASE') a
  on a.value = '' or ${d}.actions like '%FILE_CASE%'`;
const UPSERT = `on conflict (year, township_id, axis, value) do update
  set n = sample_tally.n + excluded.n, bad = sample_tally.bad + excluded.bad;`;
const INSERT = 'insert into sample_tally (year, township_id, axis, value, n, bad)';

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
      where d.completed_on is not null group by ${year('s')}, s.township_id, a.value;`);
    this.addSql(`create trigger disposal_tally_insert after insert on disposal begin ${moveDisposal(1, 'new')} end;`);
    this.addSql(`create trigger disposal_tally_delete after delete on disposal begin ${moveDisposal(-1, 'old')} end;`);
    this.addSql(`create trigger disposal_tally_update after update of ${DISPOSAL_COLUMNS.join(', ')} on disposal
      when (${DISPOSAL_COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ')})
        and exists (select 1 from sample where id = old.sample_id)
      begin ${moveDisposal(-1, 'old')} ${moveDisposal(1, 'new')} end;`);
    this.addSql(`create trigger sample_disposal_tally_delete before delete on sample begin ${moveSample(-1, 'old', 'old.id')} end;`);
    this.addSql(`create trigger sample_disposal_tally_update after update of sampled_on, township_id on sample
      when old.sampled_on is not new.sampled_on or old.township_id is not new.township_id
      begin ${moveSample(-1, 'old', 'old.id, new.id')} ${moveSample(1, 'new', 'old.id, new.id')} end;`);
  }

  override async down(): Promise<void> {
    for (const trigger of ['disposal_tally_insert', 'disposal_tally_delete', 'disposal_tally_update', 'sample_disposal_tally_delete', 'sample_disposal_tally_update']) {
      this.addSql(`drop trigger if exists ${trigger};`);
    }
    this.addSql(`delete from sample_tally where axis = 'disposal';`);
  }

}
