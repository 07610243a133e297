/**
 * The risk domain's closed vocabularies (risk-model.md): plain enums so that the rules stay free of framework
 * imports; the GraphQL and database layers register these same enums (src/entities/enums.ts), as training does.
 */
export enum RiskCategory {
  CAMPUS = 'CAMPUS',
  RURAL_BANQUET = 'RURAL_BANQUET',
  WILD_MUSHROOM = 'WILD_MUSHROOM',
  SMALL_WORKSHOP = 'SMALL_WORKSHOP',
  COLD_CHAIN = 'COLD_CHAIN',
  ONLINE_CATERING = 'ONLINE_CATERING',
  OTHER = 'OTHER',
}

/** Lowest first: the matrix's cells may only stay or rise along this order as likelihood or severity grow. */
export enum RiskLevel {
  LOW = 'LOW',
  GENERAL = 'GENERAL',
  HIGH = 'HIGH',
  MAJOR = 'MAJOR',
}

export enum RiskStatus {
  ACTIVE = 'ACTIVE',
  MONITORING = 'MONITORING',
  CLOSED = 'CLOSED',
}

export enum DutyOwnerKind {
  DEPARTMENT = 'DEPARTMENT',
  TOWNSHIP = 'TOWNSHIP',
  OFFICIAL = 'OFFICIAL',
}

export enum DutyStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

export enum DutyFrequency {
  ONCE = 'ONCE',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
}

export enum InvestigationStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  FINISHED = 'FINISHED',
}

export enum HazardStatus {
  OPEN = 'OPEN',
  RECTIFIED = 'RECTIFIED',
  VERIFIED = 'VERIFIED',
}

/** I is the gravest (特别重大), IV the least (一般). */
export enum IncidentLevel {
  I = 'I',
  II = 'II',
  III = 'III',
  IV = 'IV',
}

export enum IncidentKind {
  FOOD_POISONING = 'FOOD_POISONING',
  CONTAMINATION = 'CONTAMINATION',
  FAKE_PRODUCT = 'FAKE_PRODUCT',
  OTHER = 'OTHER',
}

/** In the only order a response may take (incident.ts). */
export enum IncidentStep {
  RECEIVED = 'RECEIVED',
  VERIFIED = 'VERIFIED',
  RESPONSE_STARTED = 'RESPONSE_STARTED',
  CONTROLLED = 'CONTROLLED',
  INVESTIGATED = 'INVESTIGATED',
  CLOSED = 'CLOSED',
}

export const LABELS = {
  RiskCategory: {
    CAMPUS: '校园食品',
    RURAL_BANQUET: '农村集体聚餐',
    WILD_MUSHROOM: '野生菌',
    SMALL_WORKSHOP: '小作坊',
    COLD_CHAIN: '冷链食品',
    ONLINE_CATERING: '网络餐饮',
    OTHER: '其他',
  },
  RiskLevel: { LOW: '低风险', GENERAL: '一般风险', HIGH: '较大风险', MAJOR: '重大风险' },
  RiskStatus: { ACTIVE: '管控中', MONITORING: '持续监测', CLOSED: '已销号' },
  DutyOwnerKind: { DEPARTMENT: '部门', TOWNSHIP: '乡镇(街道)', OFFICIAL: '包保干部' },
  DutyStatus: { PENDING: '待落实', IN_PROGRESS: '落实中', DONE: '已完成' },
  DutyFrequency: { ONCE: '一次性', MONTHLY: '每月', QUARTERLY: '每季度', YEARLY: '每年' },
  InvestigationStatus: { PLANNED: '计划中', ONGOING: '排查中', FINISHED: '已结束' },
  HazardStatus: { OPEN: '待整改', RECTIFIED: '已整改', VERIFIED: '已复核' },
  IncidentLevel: { I: 'Ⅰ级(特别重大)', II: 'Ⅱ级(重大)', III: 'Ⅲ级(较大)', IV: 'Ⅳ级(一般)' },
  IncidentKind: { FOOD_POISONING: '食物中毒', CONTAMINATION: '食品污染', FAKE_PRODUCT: '假冒伪劣食品', OTHER: '其他' },
  IncidentStep: {
    RECEIVED: '接报',
    VERIFIED: '核实',
    RESPONSE_STARTED: '启动响应',
    CONTROLLED: '控制',
    INVESTIGATED: '调查',
    CLOSED: '终止',
  },
} as const;
