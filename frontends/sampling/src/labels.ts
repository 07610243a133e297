import { CLOCK_STATUS as CLOCK_STATES } from '@shian/remote-kit';
import type { LabelMap } from '@shian/ui-kit';
import type {
  ClockDuty,
  ClockStatus,
  ClockUnit,
  ConsumerRequestStatus,
  DisposalAction,
  FailureKind,
  FocusArea,
  FocusPeriod,
  FocusVariety,
  FoodCategory,
  ObjectionKind,
  ObjectionStatus,
  PlanLevel,
  PlanPurpose,
  SampleStatus,
  Verdict,
} from './gql/graphql';

/** Every enum of the sampling subgraph as the UI shows it (docs/domain.md#glossary). */
export const LEVEL: LabelMap<PlanLevel> = {
  NATIONAL: { label: '国抽', color: 'red' },
  PROVINCIAL: { label: '省抽', color: 'volcano' },
  CITY: { label: '市抽', color: 'blue' },
  DISTRICT: { label: '区抽', color: 'cyan' },
};

export const PURPOSE: LabelMap<PlanPurpose> = {
  SUPERVISION: { label: '监督抽检' },
  RISK_MONITORING: { label: '风险监测' },
  EVALUATION: { label: '评价性抽检' },
};

export const STATUS: LabelMap<SampleStatus> = {
  SAMPLED: { label: '已抽样', color: 'default' },
  TESTING: { label: '检验中', color: 'processing' },
  QUALIFIED: { label: '合格', color: 'green' },
  UNQUALIFIED: { label: '不合格', color: 'red' },
  RECHECKING: { label: '复检中', color: 'orange' },
  DISPOSING: { label: '核查处置', color: 'volcano' },
  DISPOSED: { label: '已处置', color: 'purple' },
  PUBLISHED: { label: '已公开', color: 'geekblue' },
};

export const CATEGORY: LabelMap<FoodCategory> = {
  GRAIN_PRODUCTS: { label: '粮食加工品' },
  EDIBLE_OIL: { label: '食用油、油脂及其制品' },
  CONDIMENTS: { label: '调味品' },
  MEAT_PRODUCTS: { label: '肉制品' },
  DAIRY: { label: '乳制品' },
  INFANT_FORMULA: { label: '婴幼儿配方食品' },
  BEVERAGES: { label: '饮料' },
  BOTTLED_WATER: { label: '桶装饮用水' },
  ALCOHOL: { label: '酒类' },
  PASTRY: { label: '糕点' },
  SOY_PRODUCTS: { label: '豆制品' },
  STARCH_PRODUCTS: { label: '淀粉及淀粉制品' },
  TEA: { label: '茶叶及相关制品' },
  CONVENIENCE_FOOD: { label: '方便食品' },
  VEGETABLES: { label: '蔬菜' },
  FRUIT: { label: '水果类' },
  LIVESTOCK_MEAT: { label: '畜禽肉及副产品' },
  AQUATIC: { label: '水产品' },
  EGGS: { label: '鲜蛋' },
  CATERING_FOOD: { label: '餐饮食品' },
};

export const VERDICT: LabelMap<Verdict> = {
  QUALIFIED: { label: '合格', color: 'green' },
  UNQUALIFIED: { label: '不合格', color: 'red' },
};

export const FAILURE_KIND: LabelMap<FailureKind> = {
  PESTICIDE_VET_RESIDUE: { label: '农兽药残留超标', color: 'orange' },
  ADDITIVE_MISUSE: { label: '超范围/超限量使用食品添加剂', color: 'gold' },
  ILLEGAL_ADDITION: { label: '非法添加非食用物质', color: 'red' },
  MICROBIAL: { label: '微生物污染', color: 'magenta' },
  HEAVY_METAL: { label: '重金属等污染物超标', color: 'purple' },
  QUALITY_INDICATOR: { label: '质量指标不达标', color: 'blue' },
  OTHER: { label: '其他' },
};

export const ACTION: LabelMap<DisposalAction> = {
  OFF_SHELF: { label: '下架', color: 'orange' },
  RECALL: { label: '召回', color: 'volcano' },
  SEAL: { label: '封存', color: 'purple' },
  FILE_CASE: { label: '立案', color: 'red' },
};

/** The kit's clock states, a running clock shown as under way (processing) like sampling's other stages in progress. */
export const CLOCK_STATUS: LabelMap<ClockStatus> = {
  ...CLOCK_STATES,
  RUNNING: { ...CLOCK_STATES.RUNNING, color: 'processing' },
};

export const DUTY: LabelMap<ClockDuty> = {
  BUREAU: { label: '监管时限' },
  BUSINESS: { label: '当事人权利期限' },
};

export const REQUEST_STATUS: LabelMap<ConsumerRequestStatus> = {
  COLLECTING: { label: '征集中', color: 'processing' },
  ACCEPTED: { label: '已采纳', color: 'blue' },
  ANSWERED: { label: '已公布结果', color: 'green' },
  DECLINED: { label: '未采纳', color: 'default' },
};

export const OBJECTION_KIND: LabelMap<ObjectionKind> = {
  SAMPLING_PROCEDURE: { label: '抽样过程' },
  SAMPLE_AUTHENTICITY: { label: '样品真实性' },
  TEST_METHOD: { label: '检验方法' },
  STANDARD_APPLIED: { label: '标准适用' },
};

export const OBJECTION_STATUS: LabelMap<ObjectionStatus> = {
  PENDING: { label: '审核中', color: 'processing' },
  UPHELD: { label: '异议成立', color: 'orange' },
  REJECTED: { label: '异议不成立', color: 'default' },
};

/** 重点品种、重点时段、重点区域: the focus a plan declares and a sample carries (labels as the subgraph's enums say). */
export const FOCUS_VARIETY: LabelMap<FocusVariety> = {
  INFANT_FORMULA_FOCUS: { label: '婴幼儿配方乳粉', color: 'magenta' },
  PRODUCE: { label: '蔬菜水果鲜蛋(食用农产品)', color: 'green' },
  LIVESTOCK_AQUATIC: { label: '畜禽肉及水产品', color: 'red' },
  CURED_MEAT: { label: '肉制品(腊肉香肠卤味)', color: 'volcano' },
  OIL: { label: '食用植物油', color: 'gold' },
  MILK: { label: '乳制品', color: 'cyan' },
  LIQUOR: { label: '白酒及配制酒', color: 'purple' },
  DRINKING_WATER: { label: '桶装饮用水', color: 'blue' },
  FESTIVE_FOOD: { label: '节令食品(月饼、粽子、汤圆)', color: 'orange' },
  MEALS: { label: '餐饮食品及餐饮具', color: 'geekblue' },
};

export const FOCUS_PERIOD: LabelMap<FocusPeriod> = {
  SPRING_FESTIVAL: { label: '元旦春节', color: 'red' },
  DRAGON_BOAT: { label: '端午', color: 'green' },
  MID_AUTUMN: { label: '中秋国庆', color: 'gold' },
  SCHOOL_OPENING: { label: '开学季', color: 'blue' },
  SUMMER_HEAT: { label: '夏季高温', color: 'volcano' },
};

export const FOCUS_AREA: LabelMap<FocusArea> = {
  CAMPUS: { label: '校园及周边', color: 'geekblue' },
  RURAL_BANQUET: { label: '农村集体聚餐', color: 'orange' },
  SCENIC_SPOT: { label: '旅游景区', color: 'cyan' },
  MARKET: { label: '农贸市场', color: 'green' },
  URBAN_FRINGE: { label: '城乡结合部', color: 'purple' },
};

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
