import type { FilterQuery } from '@mikro-orm/core';
import { type Context, todayInChina, townshipScope } from '@shian/subgraph-kit';
import {
  Assignment,
  Entity,
  EntityCategory,
  License,
  Notice,
  NoticeKind,
  Official,
  OfficialLevel,
  RiskAssessment,
  RiskGrade,
  SupervisionRound,
  Visit,
} from './entities';
import { visitSchedule, visitsPerYear } from './rules/visit-frequency';

/**
 * The year's figures of this domain (domain.md's acceptance table), computed from records within the caller's
 * scope. Each is a handful of statements whatever the year's size.
 */
const yearSpan = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export interface ResponsibilityFigures {
  year: number;
  /** District leaders (区级) holding at least one 包保 during the year. */
  leaders: number;
  /** Distinct entities in the district leaders' 包保 during the year. */
  entitiesCovered: number;
  /** 包保 visits made during the year (all levels). */
  visits: number;
  /** Assignments running during the year whose visit was overdue at year end (or today, for the current year). */
  overdueAssignments: number;
  officials: Official[];
}

export async function responsibilityFigures(ctx: Context, year: number): Promise<ResponsibilityFigures> {
  const scope = townshipScope(ctx);
  const { from, to } = yearSpan(year);
  const where: FilterQuery<Assignment> = {
    startsOn: { $lte: to },
    $or: [{ endsOn: null }, { endsOn: { $gte: from } }],
    ...(scope ? { entity: { township: scope } } : {}),
  };
  const assignments = await ctx.em.find(Assignment, where, { populate: ['official', 'entity'] });
  const district = assignments.filter((a) => a.official.level === OfficialLevel.DISTRICT);
  const leaders = [...new Map(district.map((a) => [a.official.id, a.official])).values()].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  const today = todayInChina();
  // A past year is judged at its end, with the visits made by then; the current year as of today.
  const asOf = [to, today].sort()[0]!;
  const visits = assignments.length
    ? await ctx.em.find(
        Visit,
        { assignment: { $in: assignments.map((a) => a.id) }, visitedOn: { $lte: asOf } },
        { fields: ['assignment', 'visitedOn'] },
      )
    : [];
  const lastVisit = new Map<string, string>();
  for (const visit of visits) {
    const id = visit.assignment.id;
    if (visit.visitedOn > (lastVisit.get(id) ?? '')) lastVisit.set(id, visit.visitedOn);
  }
  const overdue = assignments.filter((a) => {
    const perYear = visitsPerYear(a.official.level, a.entity.riskGrade);
    return visitSchedule(a, lastVisit.get(a.id), perYear, asOf).overdue;
  });
  return {
    year,
    leaders: leaders.length,
    entitiesCovered: new Set(district.map((a) => a.entity.id)).size,
    visits: visits.filter((v) => v.visitedOn >= from).length,
    overdueAssignments: overdue.length,
    officials: leaders,
  };
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
  const scope = townshipScope(ctx);
  const { from, to } = yearSpan(year);
  const rounds = await ctx.em.find(
    SupervisionRound,
    { year, ...(scope ? { township: scope } : {}) },
    { fields: ['township', 'batch'] },
  );
  const notices = await ctx.em.find(
    Notice,
    { sentOn: { $gte: from, $lte: to }, ...(scope ? { township: scope } : {}) },
    { fields: ['kind'] },
  );
  const count = (kind: NoticeKind) => notices.filter((n) => n.kind === kind).length;
  return {
    year,
    townshipsCovered: new Set(rounds.map((r) => r.township.id)).size,
    rounds: rounds.length,
    batches: new Set(rounds.map((r) => r.batch)).size,
    promptLetters: count(NoticeKind.PROMPT_LETTER),
    supervisionLetters: count(NoticeKind.SUPERVISION_LETTER),
    rectificationNotices: count(NoticeKind.RECTIFICATION_NOTICE),
  };
}

/** 获证食品生产企业、食品销售者: the population of the "100% graded" figure. */
export const GRADED_CATEGORIES = [EntityCategory.FOOD_PRODUCER, EntityCategory.FOOD_SELLER];

export interface RiskGradingFigures {
  year: number;
  /** Licensed producers and sellers: a licence in force at some time during the year. */
  licensed: number;
  /** Of those, the ones with an assessment for the year. */
  graded: number;
  /** graded / licensed (0..1); 1 when there is nobody to grade. */
  gradedShare: number;
  /** Entities of every category by the grade of their assessment for the year (their latest in it). */
  byGrade: Array<{ grade: RiskGrade; count: number }>;
}

export async function riskGradingFigures(ctx: Context, year: number): Promise<RiskGradingFigures> {
  const scope = townshipScope(ctx);
  const { from, to } = yearSpan(year);
  const inScope: FilterQuery<Entity> = scope ? { township: scope } : {};
  const licences = await ctx.em.find(
    License,
    {
      issuedOn: { $lte: to },
      validUntil: { $gte: from },
      entity: { category: { $in: GRADED_CATEGORIES }, ...inScope },
    },
    { fields: ['entity'] },
  );
  const licensed = new Set(licences.map((l) => l.entity.id));
  const assessments = await ctx.em.find(
    RiskAssessment,
    { year, ...(scope ? { entity: inScope } : {}) },
    { fields: ['entity', 'grade', 'assessedOn', 'createdAt'], orderBy: { assessedOn: 'asc', createdAt: 'asc' } },
  );
  const gradeOf = new Map<string, RiskGrade>();
  for (const assessment of assessments) gradeOf.set(assessment.entity.id, assessment.grade);
  const graded = [...licensed].filter((id) => gradeOf.has(id)).length;
  return {
    year,
    licensed: licensed.size,
    graded,
    gradedShare: licensed.size ? graded / licensed.size : 1,
    byGrade: Object.values(RiskGrade).map((grade) => ({
      grade,
      count: [...gradeOf.values()].filter((g) => g === grade).length,
    })),
  };
}
