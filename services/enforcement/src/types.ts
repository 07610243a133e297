import { type ClockState, describePeriod } from '@shian/clock';
import { LocalDate } from '@shian/subgraph-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CaseStatus } from './entities/enums';

/** Object types computed from records rather than stored: clocks, a case's steps and documents. */

export enum EnforcementClockStatus {
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  OVERDUE = 'OVERDUE',
  MET = 'MET',
  LATE = 'LATE',
}

registerEnumType(EnforcementClockStatus, {
  name: 'EnforcementClockStatus',
  description: '时限状态',
  valuesConfig: {
    RUNNING: { description: '计时中' },
    PAUSED: { description: '暂停计时' },
    OVERDUE: { description: '已超期' },
    MET: { description: '按期完成' },
    LATE: { description: '超期完成' },
  },
});

@ObjectType({ description: '法定时限(由 @shian/clock 按规则与节假日计算)' })
export class EnforcementClock {
  @Field({ description: '规则代码' })
  code!: string;

  @Field({ description: '时限名称' })
  name!: string;

  @Field({ description: '期限(如 15个工作日)' })
  period!: string;

  @Field(() => Int, { description: '经批准可延长(同单位);0 为不可延长' })
  extension!: number;

  @Field({ description: '依据' })
  source!: string;

  @Field(() => LocalDate, { description: '起算日期(当日不计入)' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '截止日期;暂停计时中为空' })
  deadline!: string | null;

  @Field(() => Int, { nullable: true, description: '剩余天数(按规则单位,0 为当日截止,负数为已超期);已完成为空' })
  remaining!: number | null;

  @Field(() => EnforcementClockStatus)
  status!: EnforcementClockStatus;

  @Field({ description: '是否超期(未按期完成)' })
  overdue!: boolean;

  @Field({ description: '是否暂停计时中' })
  paused!: boolean;

  @Field({ description: '是否已延长' })
  extended!: boolean;

  @Field(() => LocalDate, { nullable: true, description: '完成日期' })
  completedOn!: string | null;

  @Field(() => Int, { description: '暂停(不计入)的自然日数' })
  pausedDays!: number;
}

export function toClock(state: ClockState): EnforcementClock {
  return Object.assign(new EnforcementClock(), {
    code: state.rule.code,
    name: state.rule.name,
    period: describePeriod(state.rule),
    extension: state.rule.extension,
    source: state.rule.source,
    startedOn: state.startedOn,
    deadline: state.deadline,
    remaining: state.remaining,
    status: state.status as EnforcementClockStatus,
    overdue: state.overdue,
    paused: state.paused,
    extended: state.extended,
    completedOn: state.completedOn,
    pausedDays: state.pausedDays,
  });
}

@ObjectType({ description: '办案环节' })
export class CaseStep {
  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field({ description: '环节名称' })
  label!: string;

  @Field(() => LocalDate)
  on!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: '案件文书' })
export class CaseDocument {
  @Field({ description: '文书名称' })
  title!: string;

  @Field(() => String, { nullable: true, description: '文号' })
  number!: string | null;

  @Field(() => LocalDate, { description: '制作日期' })
  issuedOn!: string;
}
