import { addDays, DEFAULT_CALENDAR_SOURCE, describePeriod, validateCalendarDay, validateRule } from '@shian/clock';
import { type Context, requireBureau, requireDistrictWriter, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { clockContext } from '../data';
import { CalendarDay, CalendarDayKind, ClockRuleSetting, type ClockUnit, DayType } from '../entities';
import { CalendarDayInput, ClockRuleInput } from '../inputs';
import { DEFAULT_CLOCK_RULES } from '../rules';
import { CalendarDate, ClockRuleView, HolidayCalendarYear } from '../types';
import { localDate, requiredText } from '../validate';

/**
 * The district's holiday calendar and statutory time limits: read by every bureau user, edited by leaders and
 * officers. Every subgraph that runs clocks reads the same overrides from here (packages/clock/README.md).
 */
@Resolver()
export class CalendarResolver {
  @Query(() => HolidayCalendarYear, { nullable: true, description: '节假日日历(国务院安排与本局调整)' })
  async holidayCalendar(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<HolidayCalendarYear> {
    requireBureau(ctx);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw userInputError(`年度无效:${year}`, 'year');
    const { calendar } = await clockContext(ctx);
    const edited = new Set((await ctx.em.find(CalendarDay, { date: { $like: `${year}-%` } })).map((day) => day.date));
    let workingDays = 0;
    for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1))
      if (calendar.isWorkingDay(date)) workingDays++;
    const days = calendar.days(year).map((entry) =>
      Object.assign(new CalendarDate(), {
        date: entry.date,
        type: calendar.dayType(entry.date) as DayType,
        kind: entry.kind as CalendarDayKind,
        name: entry.name,
        edited: edited.has(entry.date),
      }),
    );
    return Object.assign(new HolidayCalendarYear(), {
      year,
      source: DEFAULT_CALENDAR_SOURCE,
      covered: calendar.covers(`${year}-01-01`),
      workingDays,
      days,
    });
  }

  /**
   * Open to every signed-in caller, partners included: a subgraph computing a partner's clocks reads the calendar
   * with the partner's token, and holidays are no secret.
   */
  @Query(() => [CalendarDay], { nullable: true, description: '本局对日历的全部调整(其他子图计算时限时读取)' })
  calendarOverrides(@Ctx() ctx: Context) {
    return ctx.em.find(CalendarDay, {}, { orderBy: { date: 'asc' } });
  }

  @Mutation(() => CalendarDay, { description: '调整某日为放假或上班(覆盖默认安排)' })
  async setCalendarDay(
    @Arg('input', () => CalendarDayInput) input: CalendarDayInput,
    @Ctx() ctx: Context,
  ): Promise<CalendarDay> {
    requireDistrictWriter(ctx);
    const date = localDate(input.date, 'date', '日期');
    const name = requiredText(input.name, 'name', '名称', 60);
    const problem = validateCalendarDay({ date, kind: input.kind, name });
    if (problem) throw userInputError(problem, 'date');
    const existing = await ctx.em.findOne(CalendarDay, { date });
    const day =
      existing ?? ctx.em.create(CalendarDay, { date, kind: input.kind, name, updatedBy: ctx.identity.username });
    Object.assign(day, { kind: input.kind, name, updatedBy: ctx.identity.username });
    await ctx.em.flush();
    return day;
  }

  @Mutation(() => Boolean, { description: '撤销本局对某日的调整(恢复默认安排)' })
  async removeCalendarDay(@Arg('date', () => String) date: string, @Ctx() ctx: Context): Promise<boolean> {
    requireDistrictWriter(ctx);
    localDate(date, 'date', '日期');
    return (await ctx.em.nativeDelete(CalendarDay, { date })) > 0;
  }

  @Query(() => [ClockRuleView], { nullable: true, description: '抽检监测的法定时限规则' })
  async clockRules(@Ctx() ctx: Context): Promise<ClockRuleView[]> {
    requireBureau(ctx);
    const { rules } = await clockContext(ctx);
    const edited = new Set((await ctx.em.find(ClockRuleSetting, {})).map((row) => row.code));
    return [...rules.values()].map((rule) =>
      Object.assign(new ClockRuleView(), {
        code: rule.code,
        name: rule.name,
        unit: rule.unit as ClockUnit,
        amount: rule.amount,
        extension: rule.extension,
        period: describePeriod(rule),
        duty: rule.duty,
        source: rule.source,
        edited: edited.has(rule.code),
      }),
    );
  }

  @Mutation(() => ClockRuleView, { description: '修改时限规则(如法规修订)' })
  async updateClockRule(
    @Arg('input', () => ClockRuleInput) input: ClockRuleInput,
    @Ctx() ctx: Context,
  ): Promise<ClockRuleView> {
    requireDistrictWriter(ctx);
    const base = DEFAULT_CLOCK_RULES.find((rule) => rule.code === input.code);
    if (!base) throw userInputError(`没有该时限规则:${input.code}`, 'code');
    const source = requiredText(input.source, 'source', '依据', 300);
    const candidate = { ...base, unit: input.unit, amount: input.amount, extension: input.extension, source };
    const [problem] = validateRule(candidate);
    if (problem) throw userInputError(problem.message, problem.field);
    const row =
      (await ctx.em.findOne(ClockRuleSetting, { code: base.code })) ??
      ctx.em.create(ClockRuleSetting, {
        code: base.code,
        unit: input.unit,
        amount: input.amount,
        extension: input.extension,
        source,
        updatedBy: ctx.identity.username,
      });
    Object.assign(row, {
      unit: input.unit,
      amount: input.amount,
      extension: input.extension,
      source,
      updatedBy: ctx.identity.username,
    });
    await ctx.em.flush();
    return Object.assign(new ClockRuleView(), { ...candidate, period: describePeriod(candidate), edited: true });
  }
}
