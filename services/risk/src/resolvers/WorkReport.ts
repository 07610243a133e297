import {
  aggregateRow,
  type Context,
  clockContext,
  countsByKey,
  requireBureau,
  townshipScope,
  WorkReportQueries,
  yearSpan,
  yearWindow,
} from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DutyStatus, HazardStatus, IncidentLevel, listIncludes, RiskLevel } from '../entities';
import { LEVEL_ORDER, lastOverdueDueDate } from '../rules';

/** The year's work report (docs/api.md#work-report), keyed by year: risk adds its own part, `risk`. */
@Directive('@key(fields: "year")')
@ObjectType({ description: '年度食品安全工作报告' })
export class WorkReport {
  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: '按风险等级的风险数' })
export class RiskLevelCount {
  @Field(() => RiskLevel)
  level!: RiskLevel;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '按事件等级的突发事件数' })
export class IncidentLevelCount {
  @Field(() => IncidentLevel)
  level!: IncidentLevel;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '风险防控与应急(均由记录统计;乡镇监管人员为本乡镇的记录)' })
export class RiskFigures {
  @Field(() => [RiskLevelCount], { description: '当年登记的风险,按当前等级(低、一般、较大、重大)' })
  risksByLevel!: RiskLevelCount[];

  @Field(() => Int, { description: '当年登记的风险数' })
  risks!: number;

  @Field(() => Int, { description: '当年的责任(完成时限在当年,无时限的按完成日期)' })
  duties!: number;

  @Field(() => Int, { description: '其中已完成' })
  dutiesDone!: number;

  @Field(() => Int, { description: '其中未完成且已超过完成时限(按本局节假日日历,截至今天)' })
  dutiesOverdue!: number;

  @Field(() => Int, { description: '当年排查发现的隐患' })
  hazardsFound!: number;

  @Field(() => Int, { description: '其中已整改(含已复核)' })
  hazardsRectified!: number;

  @Field(() => Int, { description: '当年召开的会商研判' })
  consultations!: number;

  @Field(() => [IncidentLevelCount], { description: '当年发生的突发事件,按等级(Ⅰ—Ⅳ)' })
  incidentsByLevel!: IncidentLevelCount[];

  @Field(() => Int, { description: '当年发生的突发事件数' })
  incidents!: number;

  @Field(() => Int, { description: '当年开展的应急演练' })
  drills!: number;
}

const INCIDENT_LEVELS = Object.values(IncidentLevel);

/**
 * The year's figures, counted by the database (one statement per table, whatever the year's size), in the caller's
 * scope as the lists apply it: a township officer's figures are their township's records. A year without records
 * answers zeros.
 */
export async function riskFigures(ctx: Context, year: number): Promise<RiskFigures> {
  const { from, to } = yearSpan(year);
  const window = yearWindow(year);
  const platform = ctx.em.getPlatform();
  const [start, end] = [platform.processDateProperty(window.from), platform.processDateProperty(window.to)];
  const township = townshipScope(ctx);
  const like = township === undefined ? null : listIncludes(township).$like;
  // Each table's scope as its list query applies it (entities/scope.ts), as SQL with parameters.
  const scoped = (condition: string, ...params: unknown[]) =>
    township === undefined ? { sql: '', params: [] as unknown[] } : { sql: ` and ${condition}`, params };
  const risks = scoped('r.township_list like ?', like);
  const hazards = scoped('h.township_id = ?', township);
  const consultations = scoped('c.township_list like ?', like);
  const drills = scoped('d.township_list like ?', like);
  const incidents = scoped('i.township_id = ?', township);
  const duties = scoped(
    `(d.township_id = ? or d.owner_township_id = ? or r.township_list like ? or c.township_list like ?
      or dr.township_list like ?)`,
    township,
    township,
    like,
    like,
    like,
  );
  // The stored due date against the rules' cutoff: the same comparison as `duties(filter: { overdue })`.
  const overdueBy = lastOverdueDueDate(await clockContext(ctx));
  const em = ctx.em;

  const [riskLevels, dutyRow, hazardRow, consultationRow, drillRow, incidentLevels] = await Promise.all([
    countsByKey(
      em,
      `select r.level as "key", count(*) as "n" from risk r
         where r.created_at >= ? and r.created_at < ?${risks.sql} group by r.level`,
      [start, end, ...risks.params],
    ),
    aggregateRow<'duties' | 'done' | 'overdue'>(
      em,
      `select count(*) as "duties",
              coalesce(sum(case when d.status = ? then 1 else 0 end), 0) as "done",
              coalesce(sum(case when d.status <> ? and d.due_date <= ? then 1 else 0 end), 0) as "overdue"
         from duty d
         left join risk r on r.id = d.risk_id
         left join consultation c on c.id = d.consultation_id
         left join drill dr on dr.id = d.drill_id
         where ((d.due_date >= ? and d.due_date <= ?) or (d.due_date is null and d.completed_at >= ? and d.completed_at <= ?))${duties.sql}`,
      [DutyStatus.DONE, DutyStatus.DONE, overdueBy, from, to, from, to, ...duties.params],
    ),
    aggregateRow<'found' | 'rectified'>(
      em,
      `select count(*) as "found", coalesce(sum(case when h.status <> ? then 1 else 0 end), 0) as "rectified"
         from hazard h where h.found_on >= ? and h.found_on <= ?${hazards.sql}`,
      [HazardStatus.OPEN, from, to, ...hazards.params],
    ),
    aggregateRow<'n'>(
      em,
      `select count(*) as "n" from consultation c where c.date >= ? and c.date <= ?${consultations.sql}`,
      [from, to, ...consultations.params],
    ),
    aggregateRow<'n'>(em, `select count(*) as "n" from drill d where d.date >= ? and d.date <= ?${drills.sql}`, [
      from,
      to,
      ...drills.params,
    ]),
    countsByKey(
      em,
      `select i.level as "key", count(*) as "n" from incident i
         where i.occurred_at >= ? and i.occurred_at < ?${incidents.sql} group by i.level`,
      [start, end, ...incidents.params],
    ),
  ]);

  const risksByLevel = LEVEL_ORDER.map((level) => ({ level, count: riskLevels.get(level) ?? 0 }));
  const incidentsByLevel = INCIDENT_LEVELS.map((level) => ({ level, count: incidentLevels.get(level) ?? 0 }));
  return {
    risksByLevel,
    risks: risksByLevel.reduce((sum, { count }) => sum + count, 0),
    duties: dutyRow.duties,
    dutiesDone: dutyRow.done,
    dutiesOverdue: dutyRow.overdue,
    hazardsFound: hazardRow.found,
    hazardsRectified: hazardRow.rectified,
    consultations: consultationRow.n,
    incidentsByLevel,
    incidents: incidentsByLevel.reduce((sum, { count }) => sum + count, 0),
    drills: drillRow.n,
  };
}

@Resolver(() => WorkReport)
export class WorkReportResolver extends WorkReportQueries(WorkReport) {
  @FieldResolver(() => RiskFigures, { nullable: true, description: '风险防控与应急' })
  risk(@Root() report: WorkReport, @Ctx() ctx: Context): Promise<RiskFigures> {
    requireBureau(ctx);
    return riskFigures(ctx, report.year);
  }
}
