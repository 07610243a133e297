import { Migration } from '@mikro-orm/migrations';
import { RESPONSIBILITY_PG } from './Migration20261206213501_responsibility_tally';

const { LOCK_PEOPLE, REFRESH_FUNCTION, refreshWindows, entityFunction, officialFunction } = RESPONSIBILITY_PG;

/**
 * Two writes of the same assignments' 包保 figures were aborted as deadlocks (40P01), each holding a row the other's
 * trigger then waited for:
 * - a visit recorded while its business changed township or grade: the visit's insert holds its assignment in key
 *   share (the foreign key's check) and its trigger waits for the business; the business's refresh waited for the
 *   assignment `for update`. The assignments are now taken `for no key update`, which a key share does not block
 *   but another refresh or an update of the assignment still does, so writers of one assignment still take turns.
 * - a business's township or grade changed while one of its officials' level changed: each update holds its own
 *   row and its refresh waited for the other's (the businesses and officials of the assignments, in share). A
 *   business's or official's own trigger now refreshes without those locks. They are there so that an assignment
 *   added or moved and a business's or official's change see each other's rows (the set of assignments is read
 *   before it is locked); the updated row is held by the update already, and the other side's change of the same
 *   assignments meets this one on the assignments' own locks, after which it reads what this one committed.
 * PostgreSQL only: SQLite has one writer at a time.
 */
export class Migration20261207050001_tally_lock_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function responsibility_refresh_windows(assignment_ids varchar[]) returns void language plpgsql as $$
    begin
      ${refreshWindows('for no key update')}
    end $$;`);
    this.addSql(`create or replace function responsibility_refresh(assignment_ids varchar[]) returns void language plpgsql as $$
    begin
      ${LOCK_PEOPLE}
      perform responsibility_refresh_windows(assignment_ids);
    end $$;`);
    this.addSql(entityFunction('responsibility_refresh_windows'));
    this.addSql(officialFunction('responsibility_refresh_windows'));
  }

  override async down(): Promise<void> {
    this.addSql(entityFunction('responsibility_refresh'));
    this.addSql(officialFunction('responsibility_refresh'));
    this.addSql(REFRESH_FUNCTION.replace('create function', 'create or replace function'));
    this.addSql('drop function if exists responsibility_refresh_windows(varchar[]);');
  }
}
