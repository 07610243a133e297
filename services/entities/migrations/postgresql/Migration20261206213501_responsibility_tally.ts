import { Migration } from '@mikro-orm/migrations';
import { RESPONSIBILITY_SQL, type WindowDates } from '../sqlite/Migration20261206213500_responsibility_tally';

const { windowsOf, FILL_VISITS, FILL_OVERDUE } = RESPONSIBILITY_SQL;

/**
 * The work report's 包保 figures kept as records change: see the SQLite migration of the same name for the tables and
 * what a window is. Here one function, responsibility_refresh, computes assignments' windows again and moves the tally
 * by the difference, called by the triggers of visit, assignment, entity and official.
 *
 * Concurrent writers: the refresh reads the businesses and officials FOR SHARE, then locks the assignments, before it
 * reads anything, so a change of a grade, township or level waits for (or is waited for by) a visit or assignment
 * written at the same time, and each computes from the other's committed rows (read committed: every statement its
 * own snapshot). Counts move by increments, grouped so that a statement meets a tally row once. Migration
 * tally_lock_order changes which of these locks a business's and an official's own trigger take (deadlocks).
 */
const PG_DATES: WindowDates = {
  addMonths: (day, months) => `to_char(${day}::date + make_interval(months => ${months}), 'YYYY-MM-DD')`,
  nextDay: (day) => `to_char(${day}::date + 1, 'YYYY-MM-DD')`,
  later: (a, b) => `greatest(${a}, ${b})`,
  nextYear: (day) => `(substr(${day}, 1, 4)::integer + 1)::text || '-01-01'`,
};

/** The windows of the assignments in `assignment_ids` moved into the tally (`sign` 1) or out of it (-1), in their
 * townships' rows and the district's (''). */
const tallyWindows = (sign: 1 | -1) => `insert into overdue_tally (township_id, day, n)
    select p.township_id, d.day, sum(d.n) from (
      select township_id, opens_on as day, ${sign} as n from assignment_window where assignment_id = any(assignment_ids)
      union all select township_id, closes_on, ${-sign} from assignment_window
        where assignment_id = any(assignment_ids) and closes_on is not null) d,
      lateral (values (d.township_id), ('')) as p (township_id)
    group by p.township_id, d.day
    on conflict (township_id, day) do update set n = overdue_tally.n + excluded.n;`;

/** Locks the businesses and officials of `assignment_ids` (see the header), in id order. */
const LOCK_PEOPLE = `perform 1 from entity e join assignment a on a.entity_id = e.id where a.id = any(assignment_ids)
        order by e.id for share of e;
      perform 1 from official o join assignment a on a.official_id = o.id where a.id = any(assignment_ids)
        order by o.id for share of o;`;

/** Locks the assignments and moves their windows. As first written it took them `for update`; a later migration
 * (tally_lock_order) takes them `for no key update`. */
const refreshWindows = (assignmentLock: 'for update' | 'for no key update') =>
  `perform 1 from assignment where id = any(assignment_ids) order by id ${assignmentLock};
      ${tallyWindows(-1)}
      delete from assignment_window where assignment_id = any(assignment_ids);
      insert into assignment_window (assignment_id, opens_on, closes_on, township_id)
        ${windowsOf('(select unnest(assignment_ids))', PG_DATES)};
      ${tallyWindows(1)}`;

const REFRESH_FUNCTION = `create function responsibility_refresh(assignment_ids varchar[]) returns void language plpgsql as $$
    begin
      ${LOCK_PEOPLE}
      ${refreshWindows('for update')}
    end $$;`;

const visitCount = (r: 'new' | 'old', sign: 1 | -1) => `insert into visit_tally (year, township_id, n)
    select substr(${r}.visited_on, 1, 4)::integer, e.township_id, ${sign}
    from assignment a join entity e on e.id = a.entity_id where a.id = ${r}.assignment_id
    on conflict (year, township_id) do update set n = visit_tally.n + excluded.n;`;

const visitsMoved = (assignments: string, township: string, sign: 1 | -1) => `insert into visit_tally (year, township_id, n)
    select substr(v.visited_on, 1, 4)::integer as year, ${township}, ${sign} * count(*) from visit v
    where v.assignment_id in ${assignments} group by 1
    on conflict (year, township_id) do update set n = visit_tally.n + excluded.n;`;

const VISIT_FUNCTION = `create function responsibility_visit() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then
        perform 1 from entity e join assignment a on a.entity_id = e.id where a.id = old.assignment_id for share of e;
        ${visitCount('old', -1)}
      end if;
      if tg_op <> 'DELETE' then
        perform 1 from entity e join assignment a on a.entity_id = e.id where a.id = new.assignment_id for share of e;
        ${visitCount('new', 1)}
      end if;
      perform responsibility_refresh(case tg_op when 'INSERT' then array[new.assignment_id]
        when 'DELETE' then array[old.assignment_id] else array[old.assignment_id, new.assignment_id] end);
      return null;
    end $$;`;

/** A business's and an official's triggers, calling `refresh` on their assignments. */
const entityFunction = (refresh: string) => `create or replace function responsibility_entity() returns trigger language plpgsql as $$
    begin
      if old.township_id is distinct from new.township_id then
        ${visitsMoved('(select id from assignment where entity_id = new.id)', 'old.township_id', -1)}
        ${visitsMoved('(select id from assignment where entity_id = new.id)', 'new.township_id', 1)}
      end if;
      perform ${refresh}(array(select id from assignment where entity_id = new.id));
      return null;
    end $$;`;
const officialFunction = (refresh: string) => `create or replace function responsibility_official() returns trigger language plpgsql as $$
    begin
      perform ${refresh}(array(select id from assignment where official_id = new.id));
      return null;
    end $$;`;

const ASSIGNMENT_UPDATE = `create trigger responsibility_assignment_update
      after update of official_id, entity_id, starts_on, ends_on on assignment for each row
      when (old.official_id is distinct from new.official_id or old.entity_id is distinct from new.entity_id
        or old.starts_on is distinct from new.starts_on or old.ends_on is distinct from new.ends_on)
      execute function responsibility_assignment();`;

/** What later migrations share; an object, since the migration loader takes a file's first function. */
export const RESPONSIBILITY_PG = {
  visitCount,
  VISIT_FUNCTION,
  ASSIGNMENT_UPDATE,
  LOCK_PEOPLE,
  REFRESH_FUNCTION,
  refreshWindows,
  entityFunction,
  officialFunction,
};

export class Migration20261206213501_responsibility_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "visit_tally" ("year" int not null, "township_id" varchar(12) not null, "n" int not null, constraint "visit_tally_pkey" primary key ("year", "township_id"));',
    );
    this.addSql(
      'create table "assignment_window" ("assignment_id" varchar(36) not null, "opens_on" varchar(10) not null, "closes_on" varchar(10) null, "township_id" varchar(12) not null, constraint "assignment_window_pkey" primary key ("assignment_id", "opens_on"));',
    );
    this.addSql(
      'create table "overdue_tally" ("township_id" varchar(12) not null, "day" varchar(10) not null, "n" int not null, constraint "overdue_tally_pkey" primary key ("township_id", "day"));',
    );
    this.addSql(FILL_VISITS);
    this.addSql(`insert into assignment_window (assignment_id, opens_on, closes_on, township_id) ${windowsOf(undefined, PG_DATES)};`);
    this.addSql(FILL_OVERDUE);

    this.addSql(REFRESH_FUNCTION);

    this.addSql(VISIT_FUNCTION);
    this.addSql(
      'create trigger responsibility_visit_insert_delete after insert or delete on visit for each row execute function responsibility_visit();',
    );
    this.addSql(`create trigger responsibility_visit_update after update of assignment_id, visited_on on visit for each row
      when (old.assignment_id is distinct from new.assignment_id or old.visited_on is distinct from new.visited_on)
      execute function responsibility_visit();`);

    // An assignment deleted has had its visits deleted first (no cascade), whose own trigger took them away.
    this.addSql(`create function responsibility_assignment() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.entity_id is distinct from new.entity_id then
        perform 1 from entity where id in (old.entity_id, new.entity_id) order by id for share;
        ${visitsMoved('(new.id)', '(select township_id from entity where id = old.entity_id)', -1)}
        ${visitsMoved('(new.id)', '(select township_id from entity where id = new.entity_id)', 1)}
      end if;
      perform responsibility_refresh(case tg_op when 'INSERT' then array[new.id]
        when 'DELETE' then array[old.id] else array[old.id, new.id] end);
      return null;
    end $$;`);
    this.addSql(
      'create trigger responsibility_assignment_insert_delete after insert or delete on assignment for each row execute function responsibility_assignment();',
    );
    this.addSql(ASSIGNMENT_UPDATE);

    this.addSql(entityFunction('responsibility_refresh'));
    this.addSql(`create trigger responsibility_entity_update after update of township_id, risk_grade on entity for each row
      when (old.township_id is distinct from new.township_id or old.risk_grade is distinct from new.risk_grade)
      execute function responsibility_entity();`);

    this.addSql(officialFunction('responsibility_refresh'));
    this.addSql(`create trigger responsibility_official_update after update of level on official for each row
      when (old.level is distinct from new.level) execute function responsibility_official();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists responsibility_official_update on official;');
    this.addSql('drop trigger if exists responsibility_entity_update on entity;');
    this.addSql('drop trigger if exists responsibility_assignment_update on assignment;');
    this.addSql('drop trigger if exists responsibility_assignment_insert_delete on assignment;');
    this.addSql('drop trigger if exists responsibility_visit_update on visit;');
    this.addSql('drop trigger if exists responsibility_visit_insert_delete on visit;');
    for (const fn of [
      'responsibility_official()',
      'responsibility_entity()',
      'responsibility_assignment()',
      'responsibility_visit()',
      'responsibility_refresh(varchar[])',
    ])
      this.addSql(`drop function if exists ${fn};`);
    this.addSql('drop table if exists "overdue_tally";');
    this.addSql('drop table if exists "assignment_window";');
    this.addSql('drop table if exists "visit_tally";');
  }
}
