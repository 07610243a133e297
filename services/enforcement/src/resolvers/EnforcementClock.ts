import type { Context } from '@shian/subgraph-kit';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { ClockCalendar, clockContext, DEFAULT_CALENDAR_NOTE } from '@shian/subgraph-kit';
import { EnforcementClock } from '../types';

/**
 * Every clock says which calendar it was computed on: the request's (one per request, so every clock of an answer
 * says the same), read where the clocks themselves read it.
 */
@Resolver(() => EnforcementClock)
export class EnforcementClockResolver {
  @FieldResolver(() => ClockCalendar, { description: '计算所用的节假日日历' })
  async calendar(@Ctx() ctx: Context): Promise<ClockCalendar> {
    return (await clockContext(ctx)).calendarSource;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '日历说明:本局节假日日历暂不可用、按默认日历计算时给出;否则为空',
  })
  async calendarNote(@Ctx() ctx: Context): Promise<string | null> {
    const source = (await clockContext(ctx)).calendarSource;
    return source === ClockCalendar.DEFAULT_UNAVAILABLE ? DEFAULT_CALENDAR_NOTE : null;
  }
}
