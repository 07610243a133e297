/**
 * The sampling domain's closed vocabularies: plain TypeScript enums so the rules stay free of framework imports;
 * src/entities/enums.ts registers these same enums with GraphQL.
 */
export enum PlanLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}

export enum PlanPurpose {
  SUPERVISION = 'SUPERVISION',
  RISK_MONITORING = 'RISK_MONITORING',
  EVALUATION = 'EVALUATION',
}

export enum SampleStatus {
  SAMPLED = 'SAMPLED',
  TESTING = 'TESTING',
  QUALIFIED = 'QUALIFIED',
  UNQUALIFIED = 'UNQUALIFIED',
  RECHECKING = 'RECHECKING',
  DISPOSING = 'DISPOSING',
  DISPOSED = 'DISPOSED',
  PUBLISHED = 'PUBLISHED',
}

/** 食品类别, after the SAMR sampling catalogue's top level (with 食用农产品 split as the bureau counts it). */
export enum FoodCategory {
  GRAIN_PRODUCTS = 'GRAIN_PRODUCTS',
  EDIBLE_OIL = 'EDIBLE_OIL',
  CONDIMENTS = 'CONDIMENTS',
  MEAT_PRODUCTS = 'MEAT_PRODUCTS',
  DAIRY = 'DAIRY',
  INFANT_FORMULA = 'INFANT_FORMULA',
  BEVERAGES = 'BEVERAGES',
  BOTTLED_WATER = 'BOTTLED_WATER',
  ALCOHOL = 'ALCOHOL',
  PASTRY = 'PASTRY',
  SOY_PRODUCTS = 'SOY_PRODUCTS',
  STARCH_PRODUCTS = 'STARCH_PRODUCTS',
  TEA = 'TEA',
  CONVENIENCE_FOOD = 'CONVENIENCE_FOOD',
  VEGETABLES = 'VEGETABLES',
  FRUIT = 'FRUIT',
  LIVESTOCK_MEAT = 'LIVESTOCK_MEAT',
  AQUATIC = 'AQUATIC',
  EGGS = 'EGGS',
  CATERING_FOOD = 'CATERING_FOOD',
}

export enum Verdict {
  QUALIFIED = 'QUALIFIED',
  UNQUALIFIED = 'UNQUALIFIED',
}

export enum FailureKind {
  PESTICIDE_VET_RESIDUE = 'PESTICIDE_VET_RESIDUE',
  ADDITIVE_MISUSE = 'ADDITIVE_MISUSE',
  ILLEGAL_ADDITION = 'ILLEGAL_ADDITION',
  MICROBIAL = 'MICROBIAL',
  HEAVY_METAL = 'HEAVY_METAL',
  QUALITY_INDICATOR = 'QUALITY_INDICATOR',
  OTHER = 'OTHER',
}

export enum DisposalAction {
  OFF_SHELF = 'OFF_SHELF',
  RECALL = 'RECALL',
  SEAL = 'SEAL',
  FILE_CASE = 'FILE_CASE',
}

export enum RecheckStatus {
  REQUESTED = 'REQUESTED',
  COMPLETED = 'COMPLETED',
}

export enum ObjectionStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}

export enum ObjectionKind {
  SAMPLING_PROCEDURE = 'SAMPLING_PROCEDURE',
  SAMPLE_AUTHENTICITY = 'SAMPLE_AUTHENTICITY',
  TEST_METHOD = 'TEST_METHOD',
  STANDARD_APPLIED = 'STANDARD_APPLIED',
}

export enum ConsumerRequestStatus {
  COLLECTING = 'COLLECTING',
  ACCEPTED = 'ACCEPTED',
  ANSWERED = 'ANSWERED',
  DECLINED = 'DECLINED',
}

export enum Duty {
  /** The bureau (or its contracted lab) must act in time: overdue flags the record. */
  BUREAU = 'BUREAU',
  /** A right of the business (复检, 异议): running out closes the window, it flags nothing. */
  BUSINESS = 'BUSINESS',
}

/** The labels the UI shows (zh-CN), also used in GraphQL descriptions and error messages. */
export const LABELS = {
  PlanLevel: { NATIONAL: '国抽', PROVINCIAL: '省抽', CITY: '市抽', DISTRICT: '区抽' },
  PlanPurpose: { SUPERVISION: '监督抽检', RISK_MONITORING: '风险监测', EVALUATION: '评价性抽检' },
  SampleStatus: {
    SAMPLED: '已抽样',
    TESTING: '检验中',
    QUALIFIED: '合格',
    UNQUALIFIED: '不合格',
    RECHECKING: '复检中',
    DISPOSING: '核查处置',
    DISPOSED: '已处置',
    PUBLISHED: '已公开',
  },
  FoodCategory: {
    GRAIN_PRODUCTS: '粮食加工品',
    EDIBLE_OIL: '食用油、油脂及其制品',
    CONDIMENTS: '调味品',
    MEAT_PRODUCTS: '肉制品',
    DAIRY: '乳制品',
    INFANT_FORMULA: '婴幼儿配方食品',
    BEVERAGES: '饮料',
    BOTTLED_WATER: '桶装饮用水',
    ALCOHOL: '酒类',
    PASTRY: '糕点',
    SOY_PRODUCTS: '豆制品',
    STARCH_PRODUCTS: '淀粉及淀粉制品',
    TEA: '茶叶及相关制品',
    CONVENIENCE_FOOD: '方便食品',
    VEGETABLES: '蔬菜',
    FRUIT: '水果类',
    LIVESTOCK_MEAT: '畜禽肉及副产品',
    AQUATIC: '水产品',
    EGGS: '鲜蛋',
    CATERING_FOOD: '餐饮食品',
  },
  Verdict: { QUALIFIED: '合格', UNQUALIFIED: '不合格' },
  FailureKind: {
    PESTICIDE_VET_RESIDUE: '农兽药残留超标',
    ADDITIVE_MISUSE: '超范围/超限量使用食品添加剂',
    ILLEGAL_ADDITION: '非法添加非食用物质',
    MICROBIAL: '微生物污染',
    HEAVY_METAL: '重金属等污染物超标',
    QUALITY_INDICATOR: '质量指标不达标',
    OTHER: '其他',
  },
  DisposalAction: { OFF_SHELF: '下架', RECALL: '召回', SEAL: '封存', FILE_CASE: '立案' },
  RecheckStatus: { REQUESTED: '复检中', COMPLETED: '已出结论' },
  ObjectionStatus: { PENDING: '审核中', UPHELD: '异议成立', REJECTED: '异议不成立' },
  ObjectionKind: {
    SAMPLING_PROCEDURE: '抽样过程',
    SAMPLE_AUTHENTICITY: '样品真实性',
    TEST_METHOD: '检验方法',
    STANDARD_APPLIED: '标准适用',
  },
  ConsumerRequestStatus: { COLLECTING: '征集中', ACCEPTED: '已采纳', ANSWERED: '已公布结果', DECLINED: '未采纳' },
  Duty: { BUREAU: '监管时限', BUSINESS: '当事人权利期限' },
} as const;

/** 两超一非: the failure kinds the bureau's reports group under that name. */
export const TWO_EXCEEDS_ONE_ILLEGAL: readonly FailureKind[] = [
  FailureKind.PESTICIDE_VET_RESIDUE,
  FailureKind.ADDITIVE_MISUSE,
  FailureKind.ILLEGAL_ADDITION,
];
