import { registerEnumType } from 'type-graphql';
import {
  ConsumerRequestStatus,
  DisposalAction,
  Duty,
  FailureKind,
  FoodCategory,
  LABELS,
  ObjectionKind,
  ObjectionStatus,
  PlanLevel,
  PlanPurpose,
  RecheckStatus,
  SampleStatus,
  Verdict,
} from '../rules/enums';
import { FOCUS_LABELS, FocusArea, FocusPeriod, FocusVariety } from '../rules/focus';

export {
  ConsumerRequestStatus,
  DisposalAction,
  Duty,
  FailureKind,
  FocusArea,
  FocusPeriod,
  FocusVariety,
  FoodCategory,
  ObjectionKind,
  ObjectionStatus,
  PlanLevel,
  PlanPurpose,
  RecheckStatus,
  SampleStatus,
  Verdict,
};

/** Clock vocabularies of @shian/clock, as GraphQL enums (the package itself stays framework-free). */
export enum ClockUnit {
  WORKING_DAYS = 'WORKING_DAYS',
  CALENDAR_DAYS = 'CALENDAR_DAYS',
  MONTHS = 'MONTHS',
}
export enum ClockStatus {
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  OVERDUE = 'OVERDUE',
  MET = 'MET',
  LATE = 'LATE',
}
export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}
export enum DayType {
  WORKING_DAY = 'WORKING_DAY',
  WEEKEND = 'WEEKEND',
  HOLIDAY = 'HOLIDAY',
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}

const described = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

const register = (enumObject: object, name: string, description: string, labels: Record<string, string>) =>
  registerEnumType(enumObject, { name, description, valuesConfig: described(labels) });

register(PlanLevel, 'PlanLevel', '抽检计划层级', LABELS.PlanLevel);
register(PlanPurpose, 'PlanPurpose', '抽检目的', LABELS.PlanPurpose);
register(SampleStatus, 'SampleStatus', '样品状态', LABELS.SampleStatus);
register(FoodCategory, 'FoodCategory', '食品类别', LABELS.FoodCategory);
register(Verdict, 'Verdict', '检验结论', LABELS.Verdict);
register(FailureKind, 'FailureKind', '不合格类型', LABELS.FailureKind);
register(DisposalAction, 'DisposalAction', '处置措施', LABELS.DisposalAction);
register(RecheckStatus, 'RecheckStatus', '复检状态', LABELS.RecheckStatus);
register(ObjectionStatus, 'ObjectionStatus', '异议状态', LABELS.ObjectionStatus);
register(ObjectionKind, 'ObjectionKind', '异议事项', LABELS.ObjectionKind);
register(ConsumerRequestStatus, 'ConsumerRequestStatus', '你点我检征集状态', LABELS.ConsumerRequestStatus);
register(FocusVariety, 'FocusVariety', '重点品种', FOCUS_LABELS.FocusVariety);
register(FocusPeriod, 'FocusPeriod', '重点时段', FOCUS_LABELS.FocusPeriod);
register(FocusArea, 'FocusArea', '重点区域', FOCUS_LABELS.FocusArea);
register(Duty, 'ClockDuty', '时限性质', LABELS.Duty);
register(ClockUnit, 'ClockUnit', '计时单位', { WORKING_DAYS: '工作日', CALENDAR_DAYS: '自然日', MONTHS: '月' });
register(ClockStatus, 'ClockStatus', '时限状态', {
  RUNNING: '计时中',
  PAUSED: '暂停计时',
  OVERDUE: '已超期',
  MET: '按期完成',
  LATE: '超期完成',
});
register(CalendarDayKind, 'CalendarDayKind', '日历调整类型', { HOLIDAY: '放假', WORKDAY: '上班(调休)' });
register(DayType, 'DayType', '日期类型', {
  WORKING_DAY: '工作日',
  WEEKEND: '周末',
  HOLIDAY: '法定节假日',
  MAKEUP_WORKDAY: '调休上班',
});
