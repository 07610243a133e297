import type { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import { requireBureau } from './access';
import type { Context } from './context';
import { userInputError } from './errors';
import { checkYear, yearSpan, yearWindow } from './validate';

/**
 * The year's figures (the work report) are aggregates computed by the database, never loops over rows in
 * JavaScript: these helpers run one statement of aggregates and read its numbers the same way on every dialect
 * (PostgreSQL answers counts and sums as strings; SQLite as numbers).
 */

/** One row of aggregates (`select count(*) as "a", sum(x) as "b" …`), each read as a number (null → 0). */
export async function aggregateRow<K extends string>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Record<K, number>> {
  const rows = (await em.getConnection().execute(sql, [...params], 'all')) as Record<string, unknown>[];
  const row = rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value ?? 0)])) as Record<K, number>;
}

/** A grouped aggregate (`select … as "key", count(*) as "n" … group by …`) as a map; PostgreSQL's counts are strings. */
export async function countsByKey(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Map<string, number>> {
  const rows = (await em.getConnection().execute(sql, [...params], 'all')) as { key: unknown; n: unknown }[];
  return new Map(rows.map((row) => [String(row.key), Number(row.n ?? 0)]));
}

export interface MonthlySums {
  /** `sum(case when <column> >= ? and <column> < ? then <value> else 0 end) as "<as>_1"`, … for the 12 months. */
  select: string;
  params: unknown[];
  /** The twelve sums (January first) from a row of `aggregateRow`. */
  read: (row: Record<string, number>) => number[];
}

/**
 * A year's breakdown by month, summed in the statement itself. `column` is a LocalDate column ("YYYY-MM-DD" text,
 * compared as strings) or, with `instant`, a timestamp column whose months are China Standard Time's (UTC+8):
 * month bounds are parameters, so no dialect's date functions or time zone settings are involved.
 */
export function monthlySums(
  em: EntityManager,
  options: { column: string; year: number; as: string; value?: string; instant?: boolean },
): MonthlySums {
  const { column, year, as, value = '1' } = options;
  if (!/^[a-z_][a-z0-9_.]*$/i.test(column) || !/^[a-z_][a-z0-9_]*$/i.test(as)) {
    throw new Error(`monthlySums: unsafe column or alias ${column} / ${as}`);
  }
  const bounds = options.instant ? monthWindows(year) : monthSpans(year);
  const platform = em.getPlatform();
  const params = bounds.flatMap(({ from, to }) =>
    from instanceof Date ? [platform.processDateProperty(from), platform.processDateProperty(to)] : [from, to],
  );
  const select = bounds
    .map(
      (_, i) =>
        `coalesce(sum(case when ${column} >= ? and ${column} < ? then ${value} else 0 end), 0) as "${as}_${i + 1}"`,
    )
    .join(', ');
  return { select, params, read: (row) => bounds.map((_, i) => Number(row[`${as}_${i + 1}`] ?? 0)) };
}

/** The months of a year as LocalDate bounds: from the first of the month, up to (not including) the next first. */
export function monthSpans(year: number): { month: number; from: string; to: string }[] {
  yearSpan(year);
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    from: `${year}-${pad(i + 1)}-01`,
    to: i === 11 ? `${year + 1}-01-01` : `${year}-${pad(i + 2)}-01`,
  }));
}

/** The months of a year as instants in China Standard Time (UTC+8), like `yearWindow`. */
export function monthWindows(year: number): { month: number; from: Date; to: Date }[] {
  yearWindow(year);
  return monthSpans(year).map(({ month, from, to }) => ({
    month,
    from: new Date(`${from}T00:00:00+08:00`),
    to: new Date(`${to}T00:00:00+08:00`),
  }));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** At most this many years in one `workReports(years)` query (a year and the ones before it, for comparisons). */
export const MAX_REPORT_YEARS = 10;

/**
 * The years of a work report query: each a valid year, one to MAX_REPORT_YEARS of them, duplicates dropped, in the
 * order asked. Every subgraph answering `workReport`/`workReports` checks them the same way.
 */
export function reportYears(years: readonly number[], field = 'years'): number[] {
  if (years.length === 0) throw userInputError('请至少选择一个年度', field);
  const unique = [...new Set(years)];
  if (unique.length > MAX_REPORT_YEARS) throw userInputError(`一次最多查询 ${MAX_REPORT_YEARS} 个年度`, field);
  for (const year of unique) {
    const problem = checkYear(year);
    if (problem) throw userInputError(problem, field);
  }
  return unique;
}

/**
 * The two root queries every subgraph answers for its part of the work report (`WorkReport @key(fields: "year")`):
 * `workReport(year)` and `workReports(years)`, shareable, bureau roles only. A subgraph's resolver extends this and
 * adds only its own figures: `@Resolver(() => WorkReport) class R extends WorkReportQueries(WorkReport) { … }`.
 */
export function WorkReportQueries<T extends { year: number }>(reportType: new () => T) {
  const report = (year: number) => Object.assign(new reportType(), { year });

  @Resolver(() => reportType)
  abstract class WorkReportQueriesBase {
    @Directive('@shareable')
    @Query(() => reportType, { nullable: true, description: '年度工作报告(各子图分别提供本领域数据)' })
    workReport(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): T {
      requireBureau(ctx);
      const [checked] = reportYears([year], 'year');
      return report(checked!);
    }

    @Directive('@shareable')
    @Query(() => [reportType], { nullable: true, description: '多个年度的工作报告(如本年与上年),按所给顺序' })
    workReports(@Arg('years', () => [Int]) years: number[], @Ctx() ctx: Context): T[] {
      requireBureau(ctx);
      return reportYears(years).map(report);
    }
  }
  return WorkReportQueriesBase;
}
