import { aggregateRow, type Context, countsByKey, todayInChina, townshipScope } from '@shian/subgraph-kit';
import {
  EntityCategory,
  type GradingTally,
  NoticeKind,
  Official,
  OfficialLevel,
  RiskGrade,
  Township,
} from './entities';
import { visitSchedule, visitsPerYear } from './rules/visit-frequency';

/**
 * The year's figures of this domain (docs/domain.md#the-2024-figures), aggregated by the database within the caller's
 * scope: a handful of statements whatever the year's size, and zeros for a year without records. The overdue 包保 count
 * is a rule rather than an aggregate (`visitSchedule`), kept per day by the database (see responsibilityFigures).
 */
const yearSpan = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** `and <column> = ?` and its parameter when the caller is confined to a township. */
function scoped(ctx: Context, column: string): { sql: string; params: string[] } {
  const scope = townshipScope(ctx);
  return scope === undefined ? { sql: '', params: [] } : { sql: ` and ${column} = ?`, params: [scope] };
}

/** Assignments running at some time during the year, of entities in scope (`a` assignment, `e` entity). */
const RUNNING = 'a.starts_on <= ? and (a.ends_on is null or a.ends_on >= ?)';

export interface ResponsibilityFigures {
  year: number;
  /** District leaders (区级) holding at least one 包保 during the year. */
  leaders: number;
  /** Distinct entities in the district leaders' 包保 during the year. */
  entitiesCovered: number;
  /** 包保 visits made during the year (all levels), up to today for the current year. */
  visits: number;
  /** Assignments running during the year whose visit was overdue at year end (or today, for the current year). */
  overdueAssignments: number;
}

/**
 * District leaders and the businesses they cover, from the assignments: the business is joined only to confine the
 * count to the caller's township (unscoped, the few district officials lead and their assignments follow by index).
 */
function leadersStatement(ctx: Context, year: number, select: string) {
  const { from, to } = yearSpan(year);
  const scope = scoped(ctx, 'e.township_id');
  return {
    sql: `select ${select} from official o join assignment a on a.official_id = o.id
      ${scope.sql ? 'join entity e on e.id = a.entity_id' : ''}
      where o.level = ? and ${RUNNING}${scope.sql}`,
    params: [OfficialLevel.DISTRICT, to, from, ...scope.params],
  };
}

/** A year's span and the day its 包保 is judged on: a past year at its end, with the visits made by then; the current
 * year as of today. */
function judgedOn(year: number): { from: string; to: string; asOf: string } {
  const { from, to } = yearSpan(year);
  return { from, to, asOf: [to, todayInChina()].sort()[0]! };
}

/** The district leaders holding 包保 during the year, and the distinct businesses they cover. */
function leaderCounts(ctx: Context, year: number) {
  const leaders = leadersStatement(
    ctx,
    year,
    'count(distinct a.official_id) as "leaders", count(distinct a.entity_id) as "covered"',
  );
  return aggregateRow<'leaders' | 'covered'>(ctx.em, leaders.sql, leaders.params);
}

/**
 * Visits and overdue assignments read from the tallies the database's triggers keep (migration
 * `responsibility_tally`, entities VisitTally, AssignmentWindow, OverdueTally): a year's row per township, and the
 * township's rows of days up to the day judged, however many assignments and visits the register holds. A year not
 * yet begun is judged today over assignments the tallies cannot tell apart by year, so it is recounted.
 */
export async function responsibilityFigures(ctx: Context, year: number): Promise<ResponsibilityFigures> {
  const { from, asOf } = judgedOn(year);
  if (asOf < from) return recountResponsibility(ctx, year);
  const tally = scoped(ctx, 't.township_id');
  const [counts, visits, overdue] = await Promise.all([
    leaderCounts(ctx, year),
    aggregateRow<'n'>(ctx.em, `select coalesce(sum(t.n), 0) as "n" from visit_tally t where t.year = ?${tally.sql}`, [
      year,
      ...tally.params,
    ]),
    // The district's rows are township '': a row per day, whatever the number of townships.
    aggregateRow<'n'>(
      ctx.em,
      `select coalesce(sum(t.n), 0) as "n" from overdue_tally t where t.township_id = ? and t.day <= ?`,
      [townshipScope(ctx) ?? '', asOf],
    ),
  ]);
  return {
    year,
    leaders: counts.leaders,
    entitiesCovered: counts.covered,
    visits: visits.n,
    overdueAssignments: overdue.n,
  };
}

/**
 * The same figures counted from the register itself: each running assignment loaded with its last visit and judged by
 * `visitSchedule`. What the tallies must always equal (test/responsibility-tally.test.ts); its cost grows with the
 * year's assignments and visits.
 */
export async function recountResponsibility(ctx: Context, year: number): Promise<ResponsibilityFigures> {
  const { from, to, asOf } = judgedOn(year);
  const scope = scoped(ctx, 'e.township_id');
  const running = [to, from, ...scope.params];
  const [counts, visits, assignments] = await Promise.all([
    leaderCounts(ctx, year),
    aggregateRow<'n'>(
      ctx.em,
      `select count(*) as "n" from visit v join assignment a on a.id = v.assignment_id
       join entity e on e.id = a.entity_id
       where v.visited_on >= ? and v.visited_on <= ? and ${RUNNING}${scope.sql}`,
      [from, asOf, ...running],
    ),
    ctx.em.getConnection().execute(
      `select a.starts_on as "startsOn", a.ends_on as "endsOn", o.level as "level", e.risk_grade as "grade",
         (select max(v.visited_on) from visit v where v.assignment_id = a.id and v.visited_on <= ?) as "lastVisitOn"
       from assignment a join official o on o.id = a.official_id join entity e on e.id = a.entity_id
       where ${RUNNING}${scope.sql}`,
      [asOf, ...running],
      'all',
    ) as Promise<
      {
        startsOn: string;
        endsOn: string | null;
        level: OfficialLevel;
        grade: RiskGrade | null;
        lastVisitOn: string | null;
      }[]
    >,
  ]);
  const overdue = assignments.filter(
    (a) => visitSchedule(a, a.lastVisitOn, visitsPerYear(a.level, a.grade), asOf).overdue,
  ).length;
  return {
    year,
    leaders: counts.leaders,
    entitiesCovered: counts.covered,
    visits: visits.n,
    overdueAssignments: overdue,
  };
}

/** The district leaders holding 包保 during the year (the responsibility page lists them). */
export async function districtLeaders(ctx: Context, year: number): Promise<Official[]> {
  const leaders = leadersStatement(ctx, year, 'distinct a.official_id as "id"');
  const rows = (await ctx.em.getConnection().execute(leaders.sql, leaders.params, 'all')) as { id: string }[];
  if (rows.length === 0) return [];
  return ctx.em.find(Official, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { id: 'asc' } });
}

export interface SupervisionFigures {
  year: number;
  /** Townships with at least one 督查 round in the year. */
  townshipsCovered: number;
  rounds: number;
  batches: number;
  promptLetters: number;
  supervisionLetters: number;
  rectificationNotices: number;
}

export async function supervisionFigures(ctx: Context, year: number): Promise<SupervisionFigures> {
  const { from, to } = yearSpan(year);
  const rounds = scoped(ctx, 'r.township_id');
  const notices = scoped(ctx, 'n.township_id');
  const [counts, byKind] = await Promise.all([
    aggregateRow<'townships' | 'rounds' | 'batches'>(
      ctx.em,
      `select count(distinct r.township_id) as "townships", count(*) as "rounds", count(distinct r.batch) as "batches"
       from supervision_round r where r.year = ?${rounds.sql}`,
      [year, ...rounds.params],
    ),
    countsByKey(
      ctx.em,
      `select n.kind as "key", count(*) as "n" from notice n
       where n.sent_on >= ? and n.sent_on <= ?${notices.sql} group by n.kind`,
      [from, to, ...notices.params],
    ),
  ]);
  return {
    year,
    townshipsCovered: counts.townships,
    rounds: counts.rounds,
    batches: counts.batches,
    promptLetters: byKind.get(NoticeKind.PROMPT_LETTER) ?? 0,
    supervisionLetters: byKind.get(NoticeKind.SUPERVISION_LETTER) ?? 0,
    rectificationNotices: byKind.get(NoticeKind.RECTIFICATION_NOTICE) ?? 0,
  };
}

/** 获证食品生产企业、食品销售者: the population of the "100% graded" figure. */
export const GRADED_CATEGORIES = [EntityCategory.FOOD_PRODUCER, EntityCategory.FOOD_SELLER];

export interface GradeCount {
  grade: RiskGrade;
  count: number;
}

export interface TownshipGrades {
  township: Township;
  /** Entities (every category) with an assessment for the year. */
  graded: number;
  byGrade: GradeCount[];
}

export interface RiskGradingFigures {
  year: number;
  /** Licensed producers and sellers: a licence in force at some time during the year. */
  licensed: number;
  /** Of those, the ones with an assessment for the year. */
  graded: number;
  /** graded / licensed (0..1); 0 when there is nobody to grade. */
  gradedShare: number;
  /** Entities of every category by the grade of their assessment for the year (their latest in it). */
  byGrade: GradeCount[];
  /** The same by township: every township in scope, in the order of their codes. */
  byTownship: TownshipGrades[];
}

/**
 * Read from `grading_tally` (entity GradingTally), which the database's triggers keep as licences, assessments and
 * businesses change: one statement over a year's few hundred rows, however large the register (test/grading-tally.test.ts
 * checks it against a recount after each kind of write).
 */
export async function riskGradingFigures(ctx: Context, year: number): Promise<RiskGradingFigures> {
  const scope = scoped(ctx, 't.township_id');
  const townshipScoped = townshipScope(ctx);
  const [tally, townships] = await Promise.all([
    ctx.em.getConnection().execute(
      `select t.township_id as "township", t.axis as "axis", t.value as "value", t.n as "n"
       from grading_tally t where t.year = ?${scope.sql}`,
      [year, ...scope.params],
      'all',
    ) as Promise<{ township: string; axis: GradingTally['axis']; value: string; n: number | string }[]>,
    ctx.em.find(Township, townshipScoped ? { id: townshipScoped } : {}, { orderBy: { id: 'asc' } }),
  ]);
  const graded = new Set<string>(GRADED_CATEGORIES);
  const population = (axis: 'licensed' | 'graded') =>
    tally.filter((t) => t.axis === axis && graded.has(t.value)).reduce((sum, t) => sum + Number(t.n), 0);
  const count = (township: string | null, grade: RiskGrade) =>
    tally
      .filter((t) => t.axis === 'grade' && t.value === grade && (township === null || t.township === township))
      .reduce((sum, t) => sum + Number(t.n), 0);
  const grades = Object.values(RiskGrade);
  const gradesOf = (township: string | null) => grades.map((grade) => ({ grade, count: count(township, grade) }));
  const licensed = population('licensed');
  const gradedCount = population('graded');
  return {
    year,
    licensed,
    graded: gradedCount,
    gradedShare: licensed ? gradedCount / licensed : 0,
    byGrade: gradesOf(null),
    byTownship: townships.map((township) => {
      const byGrade = gradesOf(township.id);
      return { township, graded: byGrade.reduce((sum, g) => sum + g.count, 0), byGrade };
    }),
  };
}
