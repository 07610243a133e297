/**
 * The domain's closed vocabularies. Plain TypeScript enums so that the rules stay free of framework imports; the
 * GraphQL and database layers register these same enums (src/entities/enums.ts).
 */
export enum TownshipKind {
  TOWN = 'TOWN',
  SUBDISTRICT = 'SUBDISTRICT',
  TOWNSHIP = 'TOWNSHIP',
}

export enum EntityCategory {
  FOOD_PRODUCER = 'FOOD_PRODUCER',
  FOOD_SELLER = 'FOOD_SELLER',
  CATERING = 'CATERING',
  SMALL_WORKSHOP = 'SMALL_WORKSHOP',
  FOOD_VENDOR = 'FOOD_VENDOR',
  SCHOOL_CANTEEN = 'SCHOOL_CANTEEN',
  COLLECTIVE_DINING = 'COLLECTIVE_DINING',
  ONLINE_CATERING = 'ONLINE_CATERING',
}

export enum EntityStatus {
  OPERATING = 'OPERATING',
  SUSPENDED = 'SUSPENDED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
}

export enum RiskGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

export enum LicenseKind {
  PRODUCTION = 'PRODUCTION',
  BUSINESS = 'BUSINESS',
  SMALL_WORKSHOP = 'SMALL_WORKSHOP',
}

export enum OfficialLevel {
  DISTRICT = 'DISTRICT',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}

export enum NoticeKind {
  PROMPT_LETTER = 'PROMPT_LETTER',
  SUPERVISION_LETTER = 'SUPERVISION_LETTER',
  RECTIFICATION_NOTICE = 'RECTIFICATION_NOTICE',
}

/** The labels the UI shows (zh-CN), also used in GraphQL descriptions. */
export const LABELS = {
  TownshipKind: { TOWN: '镇', SUBDISTRICT: '街道', TOWNSHIP: '乡' },
  EntityCategory: {
    FOOD_PRODUCER: '食品生产企业',
    FOOD_SELLER: '食品销售者',
    CATERING: '餐饮服务',
    SMALL_WORKSHOP: '食品小作坊',
    FOOD_VENDOR: '食品摊贩',
    SCHOOL_CANTEEN: '学校食堂',
    COLLECTIVE_DINING: '集中用餐单位',
    ONLINE_CATERING: '网络餐饮',
  },
  EntityStatus: { OPERATING: '在营', SUSPENDED: '停业', CANCELLED: '注销', REVOKED: '吊销' },
  LicenseKind: { PRODUCTION: '食品生产许可证', BUSINESS: '食品经营许可证', SMALL_WORKSHOP: '小作坊登记证' },
  OfficialLevel: { DISTRICT: '区级', TOWNSHIP: '乡镇级', VILLAGE: '村(社区)级' },
  NoticeKind: { PROMPT_LETTER: '提示函', SUPERVISION_LETTER: '督办函', RECTIFICATION_NOTICE: '整改通知' },
} as const;

/** 村 (村民委员会) or 社区 (居民委员会): the level below a township. */
export enum VillageKind {
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
}

/** What a village liaison reports: a hazard (隐患) for the risk domain, or a clue (线索) for enforcement. */
export enum VillageReportKind {
  HAZARD = 'HAZARD',
  CLUE = 'CLUE',
}

/** Where a village report stands: waiting for the township's triage, or what the triage made of it. */
export enum VillageReportStatus {
  PENDING = 'PENDING',
  DISMISSED = 'DISMISSED',
  HAZARD = 'HAZARD',
  CLUE = 'CLUE',
}

export const VILLAGE_LABELS = {
  VillageKind: { VILLAGE: '村', COMMUNITY: '社区' } satisfies Record<VillageKind, string>,
  VillageReportKind: { HAZARD: '隐患', CLUE: '线索' } satisfies Record<VillageReportKind, string>,
  VillageReportStatus: {
    PENDING: '待分办',
    DISMISSED: '不予处理',
    HAZARD: '已转隐患',
    CLUE: '已转线索',
  } satisfies Record<VillageReportStatus, string>,
};
