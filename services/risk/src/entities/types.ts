import { ClockCalendar, DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RiskLevel } from './enums';

/** Object types computed from records rather than stored. */

/** A duty clock's state, as @shian/clock's computeClock names it (a type of its own: sampling owns `ClockStatus`). */
export enum DutyClockStatus {
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  OVERDUE = 'OVERDUE',
  MET = 'MET',
  LATE = 'LATE',
}

registerEnumType(DutyClockStatus, {
  name: 'DutyClockStatus',
  description: '责任时限状态',
  valuesConfig: {
    RUNNING: { description: '计时中' },
    PAUSED: { description: '暂停计时' },
    OVERDUE: { description: '已超期' },
    MET: { description: '按期完成' },
    LATE: { description: '超期完成' },
  },
});

@ObjectType({ description: '责任时限(计时器)' })
export class DutyClock {
  @Field(() => LocalDate, { nullable: true, description: '截止日期;无完成时限时为空' })
  deadline!: string | null;

  @Field(() => Int, { nullable: true, description: '剩余天数(0 为当日截止,负数为已超期);已完成或无时限为空' })
  remaining!: number | null;

  @Field(() => DutyClockStatus)
  status!: DutyClockStatus;

  @Field({ description: '是否超期(未按期完成,或超期完成)' })
  overdue!: boolean;

  @Field(() => ClockCalendar, { description: '计算所用的节假日日历' })
  calendar!: ClockCalendar;

  @Field(() => String, { nullable: true, description: '日历说明(本局日历不可用时说明按默认日历计算)' })
  calendarNote!: string | null;
}

@ObjectType({ description: '风险矩阵(可能性 × 严重性 → 风险等级)' })
export class RiskMatrix {
  @Field(() => Int, { description: '可能性档数' })
  likelihoods!: number;

  @Field(() => Int, { description: '严重性档数' })
  severities!: number;

  @Field(() => [[RiskLevel]], { description: 'cells[可能性-1][严重性-1]' })
  cells!: RiskLevel[][];

  @Field(() => DateTimeISO, { nullable: true, description: '最近修改时间;从未修改(默认矩阵)为空' })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '最近修改人' })
  updatedBy!: string | null;
}
