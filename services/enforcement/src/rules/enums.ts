/**
 * The enforcement domain's closed vocabularies. Plain TypeScript enums so that the rules stay free of framework
 * imports; the GraphQL and database layers register these same enums (src/entities/enums.ts).
 */
export enum InspectionKind {
  ROUTINE = 'ROUTINE',
  RANDOM = 'RANDOM',
  SPECIAL = 'SPECIAL',
  FLYING = 'FLYING',
}

export enum InspectionVerdict {
  COMPLIANT = 'COMPLIANT',
  BASICALLY_COMPLIANT = 'BASICALLY_COMPLIANT',
  NON_COMPLIANT = 'NON_COMPLIANT',
}

export enum CampaignKind {
  ENFORCEMENT = 'ENFORCEMENT',
  RECTIFICATION = 'RECTIFICATION',
}

export enum DrawStatus {
  DRAWN = 'DRAWN',
  PUBLISHED = 'PUBLISHED',
}

export enum CaseSource {
  SAMPLING = 'SAMPLING',
  COMPLAINT = 'COMPLAINT',
  INSPECTION = 'INSPECTION',
  PUBLIC_OPINION = 'PUBLIC_OPINION',
  REFERRAL = 'REFERRAL',
}

export enum CaseStatus {
  CLUE = 'CLUE',
  FILED = 'FILED',
  INVESTIGATING = 'INVESTIGATING',
  NOTIFIED = 'NOTIFIED',
  DECIDED = 'DECIDED',
  EXECUTING = 'EXECUTING',
  CLOSED = 'CLOSED',
  NOT_FILED = 'NOT_FILED',
  TRANSFERRED = 'TRANSFERRED',
}

export enum Violation {
  PESTICIDE_RESIDUE = 'PESTICIDE_RESIDUE',
  ADDITIVE_ABUSE = 'ADDITIVE_ABUSE',
  ILLEGAL_ADDITION = 'ILLEGAL_ADDITION',
  MICROBIAL = 'MICROBIAL',
  SUBSTANDARD = 'SUBSTANDARD',
  EXPIRED = 'EXPIRED',
  NO_LICENSE = 'NO_LICENSE',
  PURCHASE_RECORDS = 'PURCHASE_RECORDS',
  HYGIENE = 'HYGIENE',
  LABELING = 'LABELING',
  COUNTERFEIT = 'COUNTERFEIT',
  UNINSPECTED_MEAT = 'UNINSPECTED_MEAT',
  HEALTH_CERTIFICATE = 'HEALTH_CERTIFICATE',
}

export enum PenaltyKind {
  WARNING = 'WARNING',
  FINE = 'FINE',
  CONFISCATE_GAINS = 'CONFISCATE_GAINS',
  CONFISCATE_GOODS = 'CONFISCATE_GOODS',
  SUSPEND = 'SUSPEND',
  REVOKE_LICENSE = 'REVOKE_LICENSE',
}

/** What stops a case's clocks: time that the regulations say does not count. */
export enum PauseKind {
  TESTING = 'TESTING',
  APPRAISAL = 'APPRAISAL',
  HEARING = 'HEARING',
  NOTICE = 'NOTICE',
}

/** Where a case or clue goes: the criminal-justice partners, and departments that have jurisdiction. */
export enum PartnerDepartment {
  POLICE = 'POLICE',
  PROCURATORATE = 'PROCURATORATE',
  EDUCATION = 'EDUCATION',
  AGRICULTURE = 'AGRICULTURE',
}

export enum TransferKind {
  CRIMINAL = 'CRIMINAL',
  JURISDICTION = 'JURISDICTION',
}

export enum TransferStatus {
  SENT = 'SENT',
  RECEIVED = 'RECEIVED',
  ANSWERED = 'ANSWERED',
}

export enum TransferOutcome {
  FILED = 'FILED',
  DECLINED = 'DECLINED',
  PROSECUTED = 'PROSECUTED',
  CONCLUDED = 'CONCLUDED',
}

export enum JointOperationStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
}

export enum SeizureKind {
  SEIZE = 'SEIZE',
  SEAL = 'SEAL',
}

export enum SeizedItemStatus {
  SEIZED = 'SEIZED',
  SEALED = 'SEALED',
  RETURNED = 'RETURNED',
  CONFISCATED = 'CONFISCATED',
  DESTROYED = 'DESTROYED',
  HANDED_OVER = 'HANDED_OVER',
}

export enum HistoryRecordType {
  CASE = 'CASE',
  TRANSFER = 'TRANSFER',
  SEIZED_ITEM = 'SEIZED_ITEM',
}

/** The labels the UI shows (zh-CN), also used in GraphQL descriptions and history summaries. */
export const LABELS = {
  InspectionKind: { ROUTINE: '日常检查', RANDOM: '双随机抽查', SPECIAL: '专项检查', FLYING: '飞行检查' },
  InspectionVerdict: { COMPLIANT: '符合', BASICALLY_COMPLIANT: '基本符合', NON_COMPLIANT: '不符合' },
  CampaignKind: { ENFORCEMENT: '专项执法行动', RECTIFICATION: '专项治理' },
  DrawStatus: { DRAWN: '已抽取', PUBLISHED: '已公示' },
  CaseSource: {
    SAMPLING: '抽检不合格',
    COMPLAINT: '投诉举报',
    INSPECTION: '监督检查',
    PUBLIC_OPINION: '舆情',
    REFERRAL: '部门移送',
  },
  CaseStatus: {
    CLUE: '线索',
    FILED: '立案',
    INVESTIGATING: '调查取证',
    NOTIFIED: '告知',
    DECIDED: '决定',
    EXECUTING: '执行',
    CLOSED: '结案',
    NOT_FILED: '不予立案',
    TRANSFERRED: '移送',
  },
  Violation: {
    PESTICIDE_RESIDUE: '农兽药残留超标',
    ADDITIVE_ABUSE: '超范围、超限量使用食品添加剂',
    ILLEGAL_ADDITION: '非法添加非食用物质',
    MICROBIAL: '微生物污染',
    SUBSTANDARD: '生产经营不符合食品安全标准的食品',
    EXPIRED: '经营超过保质期的食品',
    NO_LICENSE: '未取得许可从事食品生产经营',
    PURCHASE_RECORDS: '未履行进货查验记录义务',
    HYGIENE: '食品安全管理、卫生规范不符合要求',
    LABELING: '标签、说明书不符合规定',
    COUNTERFEIT: '以假充真、侵权假冒',
    UNINSPECTED_MEAT: '经营未经检验检疫的肉类',
    HEALTH_CERTIFICATE: '从业人员未取得健康证明',
  },
  PenaltyKind: {
    WARNING: '警告',
    FINE: '罚款',
    CONFISCATE_GAINS: '没收违法所得',
    CONFISCATE_GOODS: '没收违法生产经营的食品和工具',
    SUSPEND: '责令停产停业',
    REVOKE_LICENSE: '吊销许可证',
  },
  PauseKind: { TESTING: '检测检验', APPRAISAL: '鉴定', HEARING: '听证', NOTICE: '公告' },
  PartnerDepartment: {
    POLICE: '区公安分局',
    PROCURATORATE: '区人民检察院',
    EDUCATION: '区教育科技局',
    AGRICULTURE: '区农业农村局',
  },
  TransferKind: { CRIMINAL: '涉嫌犯罪移送(行刑衔接)', JURISDICTION: '移送管辖' },
  TransferStatus: { SENT: '已移送', RECEIVED: '已接收', ANSWERED: '已答复' },
  TransferOutcome: {
    FILED: '已立案(受理)',
    DECLINED: '不予立案(退回)',
    PROSECUTED: '已移送审查起诉',
    CONCLUDED: '已办结',
  },
  JointOperationStatus: { PLANNED: '计划中', ONGOING: '进行中', COMPLETED: '已完成' },
  SeizureKind: { SEIZE: '扣押', SEAL: '查封' },
  SeizedItemStatus: {
    SEIZED: '扣押',
    SEALED: '查封',
    RETURNED: '退还',
    CONFISCATED: '没收',
    DESTROYED: '销毁',
    HANDED_OVER: '随案移交',
  },
  HistoryRecordType: { CASE: '案件', TRANSFER: '移送', SEIZED_ITEM: '涉案财物' },
} as const;

/** The partner department a token's `department` claim stands for (@shian/auth's Department). */
export const DEPARTMENT_OF_CLAIM: Record<string, PartnerDepartment> = {
  police: PartnerDepartment.POLICE,
  education: PartnerDepartment.EDUCATION,
  agriculture: PartnerDepartment.AGRICULTURE,
};
