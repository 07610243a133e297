import { CLOCK_STATUS as CLOCK_STATES, withColors } from '@shian/remote-kit';
import type { LabelMap } from '@shian/ui-kit';
import type { ClockStatus, ClockUnit } from './gql/graphql';
import {
  ClockDutyLabels,
  ConsumerRequestStatusLabels,
  DisposalActionLabels,
  FailureKindLabels,
  FocusAreaLabels,
  FocusPeriodLabels,
  FocusVarietyLabels,
  FoodCategoryLabels,
  ObjectionKindLabels,
  ObjectionStatusLabels,
  PlanLevelLabels,
  PlanPurposeLabels,
  SampleStatusLabels,
  VerdictLabels,
} from './gql/labels';

/**
 * Every enum of the sampling subgraph as the UI shows it (docs/domain.md#glossary): the words are the API schema's (its
 * enum value descriptions, generated into src/gql/labels.ts), the colours this module's.
 */
export const LEVEL = withColors(PlanLevelLabels, {
  NATIONAL: 'red',
  PROVINCIAL: 'volcano',
  CITY: 'blue',
  DISTRICT: 'cyan',
});

export const PURPOSE = withColors(PlanPurposeLabels);

export const STATUS = withColors(SampleStatusLabels, {
  SAMPLED: 'default',
  TESTING: 'processing',
  QUALIFIED: 'green',
  UNQUALIFIED: 'red',
  RECHECKING: 'orange',
  DISPOSING: 'volcano',
  DISPOSED: 'purple',
  PUBLISHED: 'geekblue',
});

export const CATEGORY = withColors(FoodCategoryLabels);

export const VERDICT = withColors(VerdictLabels, { QUALIFIED: 'green', UNQUALIFIED: 'red' });

export const FAILURE_KIND = withColors(FailureKindLabels, {
  PESTICIDE_VET_RESIDUE: 'orange',
  ADDITIVE_MISUSE: 'gold',
  ILLEGAL_ADDITION: 'red',
  MICROBIAL: 'magenta',
  HEAVY_METAL: 'purple',
  QUALITY_INDICATOR: 'blue',
});

export const ACTION = withColors(DisposalActionLabels, {
  OFF_SHELF: 'orange',
  RECALL: 'volcano',
  SEAL: 'purple',
  FILE_CASE: 'red',
});

/** The kit's clock states, a running clock shown as under way (processing) like sampling's other stages in progress. */
export const CLOCK_STATUS: LabelMap<ClockStatus> = {
  ...CLOCK_STATES,
  RUNNING: { ...CLOCK_STATES.RUNNING, color: 'processing' },
};

export const DUTY = withColors(ClockDutyLabels);

export const REQUEST_STATUS = withColors(ConsumerRequestStatusLabels, {
  COLLECTING: 'processing',
  ACCEPTED: 'blue',
  ANSWERED: 'green',
  DECLINED: 'default',
});

export const OBJECTION_KIND = withColors(ObjectionKindLabels);

export const OBJECTION_STATUS = withColors(ObjectionStatusLabels, {
  PENDING: 'processing',
  UPHELD: 'orange',
  REJECTED: 'default',
});

/** 重点品种、重点时段、重点区域: the focus a plan declares and a sample carries (labels as the subgraph's enums say). */
export const FOCUS_VARIETY = withColors(FocusVarietyLabels, {
  INFANT_FORMULA_FOCUS: 'magenta',
  PRODUCE: 'green',
  LIVESTOCK_AQUATIC: 'red',
  CURED_MEAT: 'volcano',
  OIL: 'gold',
  MILK: 'cyan',
  LIQUOR: 'purple',
  DRINKING_WATER: 'blue',
  FESTIVE_FOOD: 'orange',
  MEALS: 'geekblue',
});

export const FOCUS_PERIOD = withColors(FocusPeriodLabels, {
  SPRING_FESTIVAL: 'red',
  DRAGON_BOAT: 'green',
  MID_AUTUMN: 'gold',
  SCHOOL_OPENING: 'blue',
  SUMMER_HEAT: 'volcano',
});

export const FOCUS_AREA = withColors(FocusAreaLabels, {
  CAMPUS: 'geekblue',
  RURAL_BANQUET: 'orange',
  SCENIC_SPOT: 'cyan',
  MARKET: 'green',
  URBAN_FRINGE: 'purple',
});

/**
 * The labs the district contracts (forms offer them; any other can be typed). A lab's name is data, saved with the
 * sample as chosen and shown as written in every language, like the names the server sends.
 */
export const LABS = [
  '巴中市食品药品检验检测中心', // i18n-check-ignore: a lab's name is data
  '四川省食品检验研究院', // i18n-check-ignore: a lab's name is data
  '四川省产品质量监督检验检测院', // i18n-check-ignore: a lab's name is data
  '成都市食品检验研究院', // i18n-check-ignore: a lab's name is data
  '谱尼测试集团四川有限公司', // i18n-check-ignore: a lab's name is data
  '华测检测认证集团四川有限公司', // i18n-check-ignore: a lab's name is data
];

/** A length of time in a clock's unit, as a message taking the number (`{{count}}`): t(DURATION[unit], { count }). */
export const DURATION: Record<ClockUnit, string> = {
  WORKING_DAYS: '{{count}}个工作日',
  CALENDAR_DAYS: '{{count}}日',
  MONTHS: '{{count}}个月',
};
