import { Migration } from '@mikro-orm/migrations';

/**
 * The work report's 包保 figures kept as records change, so that they read a bounded number of rows however large the
 * register grows (entities VisitTally, AssignmentWindow, OverdueTally):
 *
 * - `visit_tally`: visits per year of their day and township of their business. A visit lies inside its assignment's
 *   period and not after the day it is recorded (recordVisit), so the year's count is that of the year's visits of the
 *   assignments running in it, up to today, as the figures have always counted them.
 * - `assignment_window`: per assignment, the stretches of days on which `visitSchedule` (src/rules/visit-frequency.ts)
 *   judges it overdue. Whatever day D is asked, the last visit on or before D (else the start) is one anchor, due
 *   `visitsPerYear`'s interval later; so each anchor gives the days from the day after it is due (not before the start)
 *   up to the next visit, none when the assignment ends before it is due. A window stops at the end of the year the
 *   assignment ends in: for a day of year Y that says the assignment runs during Y, as the figure asks.
 * - `overdue_tally`: per township, and for the district as township '', +1 on the day each window opens and -1 on the
 *   day it closes, so the assignments overdue on day D are the sum of the township's (or the district's) rows up to D:
 *   a row per day, not per record.
 *
 * Triggers on visit, assignment, entity (grade, township) and official (level) compute an assignment's windows again
 * from its rows; the windows' own triggers move the tally. Both dialects share the rule's interval: whole months, the
 * fewest of 3, 1 for a village official, 2 for a C and 1 for a D grade (DEFAULT_VISIT_RULE); test/responsibility-tally
 * checks them against visitSchedule. SQLite's triggers cannot use WITH; window functions they can.
 */
const MONTHS = `(case when o.level = 'VILLAGE' or e.risk_grade = 'D' then 1 when e.risk_grade = 'C' then 2 else 3 end)`;
/** The date arithmetic of the windows, per dialect: @shian/clock's addMonths (the same day of the month, or the
 * month's last when it has none), the next day, the later of two days, and the first day of the year after a day's. */
export interface WindowDates {
  addMonths: (day: string, months: string) => string;
  nextDay: (day: string) => string;
  later: (a: string, b: string) => string;
  nextYear: (day: string) => string;
}
const SQLITE_DATES: WindowDates = {
  addMonths: (day, months) =>
    `min(date(${day}, 'start of month', '+' || ${months} || ' months', '+' || (cast(substr(${day}, 9, 2) as integer) - 1) || ' days'),
      date(${day}, 'start of month', '+' || (${months} + 1) || ' months', '-1 day'))`,
  nextDay: (day) => `date(${day}, '+1 day')`,
  later: (a, b) => `max(${a}, ${b})`,
  nextYear: (day) => `(cast(substr(${day}, 1, 4) as integer) + 1) || '-01-01'`,
};

/** The windows of the assignments whose id is in `ids` (a parenthesized list or subquery), or of every assignment. */
const windowsOf = (ids?: string, d: WindowDates = SQLITE_DATES) => `select x.id, x.opens_on, x.closes_on, x.township_id from (
    select w.id, w.township_id, w.due, w.ends_on, ${d.later(d.nextDay('w.due'), 'w.starts_on')} as opens_on,
      case when w.cap is null then w.next when w.next is null or w.cap < w.next then w.cap else w.next end as closes_on
    from (select a.id, a.starts_on, a.ends_on, e.township_id, k.next, ${d.addMonths('k.anchor', MONTHS)} as due,
        case when a.ends_on is not null then ${d.nextYear('a.ends_on')} end as cap
      from assignment a join entity e on e.id = a.entity_id join official o on o.id = a.official_id
      join (select s.id as assignment_id, s.starts_on as anchor,
          (select min(v.visited_on) from visit v where v.assignment_id = s.id) as next
        from assignment s${ids ? ` where s.id in ${ids}` : ''}
        union all select u.assignment_id, u.visited_on,
          lead(u.visited_on) over (partition by u.assignment_id order by u.visited_on)
        from (select distinct assignment_id, visited_on from visit${ids ? ` where assignment_id in ${ids}` : ''}) u
      ) k on k.assignment_id = a.id${ids ? ` where a.id in ${ids}` : ''}) w
  ) x where (x.ends_on is null or x.due <= x.ends_on) and (x.closes_on is null or x.opens_on < x.closes_on)`;

const refresh = (ids: string) => `delete from assignment_window where assignment_id in ${ids};
  insert into assignment_window (assignment_id, opens_on, closes_on, township_id) ${windowsOf(ids)};`;

const visitCount = (r: 'new' | 'old', sign: 1 | -1) =>
  `insert into visit_tally (year, township_id, n)
   select cast(substr(${r}.visited_on, 1, 4) as integer), e.township_id, ${sign}
   from assignment a join entity e on e.id = a.entity_id where a.id = ${r}.assignment_id
   on conflict (year, township_id) do update set n = visit_tally.n + excluded.n;`;
/** An assignment's visits counted in another township (`sign` -1 from the old one, 1 in the new one). */
const visitsMoved = (assignments: string, township: string, sign: 1 | -1) =>
  `insert into visit_tally (year, township_id, n)
   select cast(substr(v.visited_on, 1, 4) as integer) as year, ${township}, ${sign} * count(*) from visit v
   where v.assignment_id in ${assignments} group by year
   on conflict (year, township_id) do update set n = visit_tally.n + excluded.n;`;

/** A window counts in its township's rows and in the district's (township ''), which unscoped callers read. */
const windowMove = (r: 'new' | 'old', sign: 1 | -1) =>
  `insert into overdue_tally (township_id, day, n)
   select p.township_id, ${r}.opens_on, ${sign} from (select ${r}.township_id as township_id union all select '') p
   where true on conflict (township_id, day) do update set n = overdue_tally.n + excluded.n;
   insert into overdue_tally (township_id, day, n)
   select p.township_id, ${r}.closes_on, ${-sign} from (select ${r}.township_id as township_id union all select '') p
   where ${r}.closes_on is not null on conflict (township_id, day) do update set n = overdue_tally.n + excluded.n;`;

/** Both tallies summed from the rows, as the triggers move them (both dialects). */
const FILL_VISITS = `insert into visit_tally (year, township_id, n)
  select y.year, y.township_id, count(*) from (select cast(substr(v.visited_on, 1, 4) as integer) as year, e.township_id
    from visit v join assignment a on a.id = v.assignment_id join entity e on e.id = a.entity_id) y
  group by y.year, y.township_id;`;
const FILL_OVERDUE = `insert into overdue_tally (township_id, day, n)
  select d.township_id, d.day, sum(d.n) from (select township_id, opens_on as day, 1 as n from assignment_window
    union all select township_id, closes_on, -1 from assignment_window where closes_on is not null
    union all select '', opens_on, 1 from assignment_window
    union all select '', closes_on, -1 from assignment_window where closes_on is not null) d
  group by d.township_id, d.day;`;

const VISIT_UPDATE = `create trigger responsibility_visit_update after update of assignment_id, visited_on on visit
      when old.assignment_id is not new.assignment_id or old.visited_on is not new.visited_on
      begin ${visitCount('old', -1)} ${visitCount('new', 1)} ${refresh('(old.assignment_id, new.assignment_id)')} end;`;
const ASSIGNMENT_UPDATE = `create trigger responsibility_assignment_update
      after update of official_id, entity_id, starts_on, ends_on on assignment
      when old.official_id is not new.official_id or old.entity_id is not new.entity_id
        or old.starts_on is not new.starts_on or old.ends_on is not new.ends_on
      begin
        ${visitsMoved('(new.id)', '(select township_id from entity where id = old.entity_id)', -1)}
        ${visitsMoved('(new.id)', '(select township_id from entity where id = new.entity_id)', 1)}
        ${refresh('(new.id)')}
      end;`;

/** What later migrations share; an object, since the migration loader takes a file's first function. */
export const RESPONSIBILITY_SQL = {
  windowsOf,
  refresh,
  visitsMoved,
  FILL_VISITS,
  FILL_OVERDUE,
  /** The triggers as this migration creates them, for a later one's down. */
  VISIT_UPDATE,
  ASSIGNMENT_UPDATE,
};

const TRIGGERS = [
  'responsibility_official_update',
  'responsibility_entity_update',
  'responsibility_assignment_delete',
  'responsibility_assignment_update',
  'responsibility_assignment_insert',
  'responsibility_visit_update',
  'responsibility_visit_delete',
  'responsibility_visit_insert',
  'responsibility_window_delete',
  'responsibility_window_insert',
];

export class Migration20261206213500_responsibility_tally extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `visit_tally` (`year` integer not null, `township_id` text not null, `n` integer not null, primary key (`year`, `township_id`)) without rowid;',
    );
    this.addSql(
      'create table `assignment_window` (`assignment_id` text not null, `opens_on` text not null, `closes_on` text null, `township_id` text not null, primary key (`assignment_id`, `opens_on`)) without rowid;',
    );
    this.addSql(
      'create table `overdue_tally` (`township_id` text not null, `day` text not null, `n` integer not null, primary key (`township_id`, `day`)) without rowid;',
    );
    this.addSql(FILL_VISITS);
    this.addSql(`insert into assignment_window (assignment_id, opens_on, closes_on, township_id) ${windowsOf()};`);
    this.addSql(FILL_OVERDUE);

    this.addSql(`create trigger responsibility_window_insert after insert on assignment_window
      begin ${windowMove('new', 1)} end;`);
    this.addSql(`create trigger responsibility_window_delete after delete on assignment_window
      begin ${windowMove('old', -1)} end;`);

    this.addSql(`create trigger responsibility_visit_insert after insert on visit
      begin ${visitCount('new', 1)} ${refresh('(new.assignment_id)')} end;`);
    this.addSql(`create trigger responsibility_visit_delete after delete on visit
      begin ${visitCount('old', -1)} ${refresh('(old.assignment_id)')} end;`);
    this.addSql(VISIT_UPDATE);

    this.addSql(`create trigger responsibility_assignment_insert after insert on assignment
      begin ${refresh('(new.id)')} end;`);
    this.addSql(ASSIGNMENT_UPDATE);
    // Its visits must be gone first (no cascade); their own trigger took them away.
    this.addSql(`create trigger responsibility_assignment_delete after delete on assignment
      begin delete from assignment_window where assignment_id = old.id; end;`);

    const ofEntity = '(select id from assignment where entity_id = new.id)';
    this.addSql(`create trigger responsibility_entity_update after update of township_id, risk_grade on entity
      when old.township_id is not new.township_id or old.risk_grade is not new.risk_grade
      begin
        ${visitsMoved(ofEntity, 'old.township_id', -1)}
        ${visitsMoved(ofEntity, 'new.township_id', 1)}
        ${refresh(ofEntity)}
      end;`);
    this.addSql(`create trigger responsibility_official_update after update of level on official
      when old.level is not new.level
      begin ${refresh('(select id from assignment where official_id = new.id)')} end;`);
  }

  override async down(): Promise<void> {
    for (const trigger of TRIGGERS) this.addSql(`drop trigger if exists ${trigger};`);
    this.addSql('drop table if exists `overdue_tally`;');
    this.addSql('drop table if exists `assignment_window`;');
    this.addSql('drop table if exists `visit_tally`;');
  }
}
