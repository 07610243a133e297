/**
 * The training domain's closed vocabularies: plain enums so that the rules stay free of framework imports; the
 * GraphQL and database layers register these same enums (src/entities/enums.ts).
 */
export enum TrainingAudience {
  SMALL_WORKSHOP = 'SMALL_WORKSHOP',
  SCHOOL_CANTEEN = 'SCHOOL_CANTEEN',
  ONLINE_CATERING = 'ONLINE_CATERING',
  COLLECTIVE_DINING = 'COLLECTIVE_DINING',
  CATERING = 'CATERING',
  FOOD_SELLER = 'FOOD_SELLER',
  FOOD_PRODUCER = 'FOOD_PRODUCER',
  /** 执法人员专业化规范化培训: the bureau's own enforcement staff, not a business's practitioners. */
  ENFORCEMENT_OFFICERS = 'ENFORCEMENT_OFFICERS',
}

/** Whom a session trains: practitioners of businesses (the 2024 figures), or the bureau's enforcement staff. */
export enum TrainingKind {
  BUSINESS = 'BUSINESS',
  OFFICERS = 'OFFICERS',
}

export const kindOf = (audience: TrainingAudience): TrainingKind =>
  audience === TrainingAudience.ENFORCEMENT_OFFICERS ? TrainingKind.OFFICERS : TrainingKind.BUSINESS;

export enum TrainingMode {
  ONSITE = 'ONSITE',
  ONLINE = 'ONLINE',
}

/** 小作坊 levels, lowest first: an upgrade moves a workshop up this ladder. */
export enum WorkshopLevel {
  BASIC = 'BASIC',
  STANDARD = 'STANDARD',
  MODEL = 'MODEL',
}

export const LABELS = {
  TrainingAudience: {
    SMALL_WORKSHOP: '食品小作坊',
    SCHOOL_CANTEEN: '学校食堂',
    ONLINE_CATERING: '网络餐饮',
    COLLECTIVE_DINING: '集中用餐单位',
    CATERING: '餐饮服务',
    FOOD_SELLER: '食品销售者',
    FOOD_PRODUCER: '食品生产企业',
    ENFORCEMENT_OFFICERS: '执法人员',
  },
  TrainingKind: { BUSINESS: '从业人员培训', OFFICERS: '执法人员专业化规范化培训' },
  TrainingMode: { ONSITE: '线下', ONLINE: '线上' },
  WorkshopLevel: { BASIC: '基础级', STANDARD: '规范级', MODEL: '示范级' },
} as const;
