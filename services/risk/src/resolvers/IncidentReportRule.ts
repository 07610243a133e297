import type { HourRule } from '@shian/clock';
import { type Context, DateTimeISO, optionalText, requireBureau, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { type Incident, IncidentLevel, IncidentReportRule, LABELS } from '../entities';
import { requireLeader } from '../entities/scope';
import { DEFAULT_INCIDENT_REPORT_RULES, incidentReportClock, reportRuleCode, reportRuleFor } from '../rules';
import { validateHourRule } from '@shian/clock';

/** The reporting clock's state, as @shian/clock's computeHourClock names it. */
export enum IncidentReportStatus {
  RUNNING = 'RUNNING',
  OVERDUE = 'OVERDUE',
  MET = 'MET',
  LATE = 'LATE',
}

registerEnumType(IncidentReportStatus, {
  name: 'IncidentReportStatus',
  description: '报告时限状态',
  valuesConfig: {
    RUNNING: { description: '计时中' },
    OVERDUE: { description: '已超时未报' },
    MET: { description: '按时报告' },
    LATE: { description: '超时报告' },
  },
});

@ObjectType({ description: '突发事件报告时限(接报后须在规定小时数内向上级报告)' })
export class IncidentReportClock {
  @Field(() => DateTimeISO, { description: '报告截止时间' })
  deadline!: Date;

  @Field(() => Int, { description: '时限(小时)' })
  hoursAllowed!: number;

  @Field(() => DateTimeISO, { nullable: true, description: '实际上报时间' })
  reportedAt!: Date | null;

  @Field({ description: '是否超时(超时上报,或未上报且已过截止时间)' })
  missed!: boolean;

  @Field(() => IncidentReportStatus)
  status!: IncidentReportStatus;

  @Field(() => Int, { nullable: true, description: '距截止的分钟数(负数为已超时);已上报为空' })
  remainingMinutes!: number | null;

  @Field({ description: '时限依据' })
  source!: string;
}

@ObjectType({ description: '某一级别突发事件的报告时限' })
export class IncidentReportLimit {
  @Field(() => IncidentLevel)
  level!: IncidentLevel;

  @Field({ description: '规则名称' })
  name!: string;

  @Field(() => Int, { description: '接报后须在几小时内上报' })
  hours!: number;

  @Field({ description: '依据' })
  source!: string;

  @Field({ description: '是否为默认时限(未经本局修改)' })
  isDefault!: boolean;

  @Field(() => String, { nullable: true, description: '修改人' })
  updatedBy!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: '修改时间' })
  updatedAt!: Date | null;
}

/**
 * The limit in force now for a level (the bureau's edit, else the default): what `reportIncident` stores on a new
 * incident, in its transaction.
 */
export async function reportLimitInForce(ctx: Context, level: IncidentLevel): Promise<HourRule> {
  const row = await ctx.em.findOne(IncidentReportRule, { level });
  const rule = reportRuleFor(level);
  return row ? { ...rule, hours: row.hours, source: row.source } : rule;
}

/** An incident's clock, on the limit stored when it was received (no read of today's rules). */
export function reportClockOf(incident: Incident): IncidentReportClock {
  const clock = incidentReportClock({
    level: incident.level,
    receivedAt: incident.receivedAt,
    reportedAt: incident.reportedAt,
    now: new Date(),
    limit: { hours: incident.reportHours, source: incident.reportRuleSource },
  });
  return Object.assign(new IncidentReportClock(), {
    deadline: clock.deadline,
    hoursAllowed: clock.hoursAllowed,
    reportedAt: clock.reportedAt,
    missed: clock.missed,
    status: clock.status as IncidentReportStatus,
    remainingMinutes: clock.remainingMinutes,
    source: clock.rule.source,
  });
}

@Resolver()
export class IncidentReportRuleResolver {
  @Query(() => [IncidentReportLimit], { description: '各级突发事件的报告时限(本局修改过的为准,否则为默认)' })
  async incidentReportRules(@Ctx() ctx: Context): Promise<IncidentReportLimit[]> {
    // The bureau's own settings: a partner sees the clock on an incident shared with it, not the rule table.
    requireBureau(ctx);
    const rows = new Map((await ctx.em.find(IncidentReportRule, {})).map((row) => [row.level, row]));
    return DEFAULT_INCIDENT_REPORT_RULES.map((rule) => {
      const row = rows.get(rule.level);
      return Object.assign(new IncidentReportLimit(), {
        level: rule.level,
        name: rule.name,
        hours: row?.hours ?? rule.hours,
        source: row?.source ?? rule.source,
        isDefault: !row,
        updatedBy: row?.updatedBy ?? null,
        updatedAt: row?.updatedAt ?? null,
      });
    });
  }

  /** Leaders only. Applies to incidents received from now on: each incident keeps the limit stored when received. */
  @Mutation(() => IncidentReportLimit, { description: '修改某一级别突发事件的报告时限(仅局领导;适用于此后接报的事件)' })
  async updateIncidentReportRule(
    @Arg('level', () => IncidentLevel) level: IncidentLevel,
    @Arg('hours', () => Int) hours: number,
    @Arg('source', () => String, { nullable: true, description: '依据' }) source: string | null,
    @Ctx() ctx: Context,
  ): Promise<IncidentReportLimit> {
    requireLeader(ctx);
    const base = reportRuleFor(level);
    const text = optionalText(source, 'source', '依据', 300) ?? `本局修改的${LABELS.IncidentLevel[level]}报告时限`;
    const [problem] = validateHourRule({ ...base, code: reportRuleCode(level), hours, source: text });
    if (problem) throw userInputError(problem.message, problem.field);
    const by = ctx.identity.name || ctx.identity.username;
    const row = await ctx.em.findOne(IncidentReportRule, { level });
    if (row) Object.assign(row, { hours, source: text, updatedBy: by, updatedAt: new Date() });
    else ctx.em.create(IncidentReportRule, { level, hours, source: text, updatedBy: by });
    await ctx.em.flush();
    const [limit] = (await this.incidentReportRules(ctx)).filter((rule) => rule.level === level);
    return limit as IncidentReportLimit;
  }
}
