import { Migration } from '@mikro-orm/migrations';
import { RESPONSIBILITY_PG } from './Migration20261206213501_responsibility_tally';

const { visitCount, VISIT_FUNCTION, ASSIGNMENT_UPDATE } = RESPONSIBILITY_PG;

/**
 * An assignment whose id changes keeps its 包保 figures: see the SQLite migration of the same name. The foreign key's
 * cascade (a trigger named RI_…, before ours in name order) moves the visits first; a visit whose old assignment is
 * gone stays counted where it was, and the assignment's own trigger moves its windows to the new id.
 */
export class Migration20261206221501_responsibility_id_change extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function responsibility_visit() returns trigger language plpgsql as $$
    begin
      -- A visit moved by its assignment's id change: the same business, counted already.
      if tg_op = 'INSERT' or tg_op = 'DELETE' or exists (select 1 from assignment where id = old.assignment_id) then
        if tg_op <> 'INSERT' then
          perform 1 from entity e join assignment a on a.entity_id = e.id where a.id = old.assignment_id for share of e;
          ${visitCount('old', -1)}
        end if;
        if tg_op <> 'DELETE' then
          perform 1 from entity e join assignment a on a.entity_id = e.id where a.id = new.assignment_id for share of e;
          ${visitCount('new', 1)}
        end if;
      end if;
      perform responsibility_refresh(case tg_op when 'INSERT' then array[new.assignment_id]
        when 'DELETE' then array[old.assignment_id] else array[old.assignment_id, new.assignment_id] end);
      return null;
    end $$;`);
    this.addSql('drop trigger if exists responsibility_assignment_update on assignment;');
    this.addSql(`create trigger responsibility_assignment_update
      after update of id, official_id, entity_id, starts_on, ends_on on assignment for each row
      when (old.id is distinct from new.id or old.official_id is distinct from new.official_id
        or old.entity_id is distinct from new.entity_id or old.starts_on is distinct from new.starts_on
        or old.ends_on is distinct from new.ends_on)
      execute function responsibility_assignment();`);
  }

  override async down(): Promise<void> {
    this.addSql(VISIT_FUNCTION.replace('create function', 'create or replace function'));
    this.addSql('drop trigger if exists responsibility_assignment_update on assignment;');
    this.addSql(ASSIGNMENT_UPDATE);
  }
}
