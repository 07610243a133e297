import type { LabelMap } from '@shian/ui-kit';
import type {
  ClockDuty,
  ClockStatus,
  ConsumerRequestStatus,
  DisposalAction,
  FailureKind,
  FoodCategory,
  ObjectionKind,
  ObjectionStatus,
  PlanLevel,
  PlanPurpose,
  SampleStatus,
  Verdict,
} from './gql/graphql';

/** Every enum of the sampling subgraph as the UI shows it (the glossary of domain.md). */
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

export const CLOCK_STATUS: LabelMap<ClockStatus> = {
  RUNNING: { label: '计时中', color: 'processing' },
  PAUSED: { label: '暂停计时', color: 'default' },
  OVERDUE: { label: '已超期', color: 'red' },
  MET: { label: '按期完成', color: 'green' },
  LATE: { label: '超期完成', color: 'orange' },
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

/** The labs the district contracts (forms offer them; any other can be typed). */
export const LABS = [
  '巴中市食品药品检验检测中心',
  '四川省食品检验研究院',
  '四川省产品质量监督检验检测院',
  '成都市食品检验研究院',
  '谱尼测试集团四川有限公司',
  '华测检测认证集团四川有限公司',
];
