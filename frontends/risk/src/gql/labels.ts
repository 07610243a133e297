// The labels of the API's enums, from the schema's enum value descriptions (@shian/graphql-client/enum-labels).
import type { AuditKind, CaseStatus, DutyClockStatus, DutyFrequency, DutyOwnerKind, DutyStatus, EntityCategory, EntityStatus, HazardStatus, IncidentKind, IncidentLevel, IncidentReportStatus, IncidentStep, InvestigationStatus, RiskCategory, RiskGrade, RiskLevel, RiskStatus, TownshipKind, VillageKind } from './graphql';

export const AuditKindLabels: Readonly<Record<AuditKind, string>> = {
  CREATE: "新建",
  UPDATE: "修改",
  DELETE: "删除",
  READ: "查阅个人信息",
  OPERATION: "其他操作(记录其参数)",
};

export const CaseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  CLUE: "线索",
  FILED: "立案",
  INVESTIGATING: "调查取证",
  NOTIFIED: "告知",
  DECIDED: "决定",
  EXECUTING: "执行",
  CLOSED: "结案",
  NOT_FILED: "不予立案",
  TRANSFERRED: "移送",
};

export const DutyClockStatusLabels: Readonly<Record<DutyClockStatus, string>> = {
  RUNNING: "计时中",
  PAUSED: "暂停计时",
  OVERDUE: "已超期",
  MET: "按期完成",
  LATE: "超期完成",
};

export const DutyFrequencyLabels: Readonly<Record<DutyFrequency, string>> = {
  ONCE: "一次性",
  MONTHLY: "每月",
  QUARTERLY: "每季度",
  YEARLY: "每年",
};

export const DutyOwnerKindLabels: Readonly<Record<DutyOwnerKind, string>> = {
  DEPARTMENT: "部门",
  TOWNSHIP: "乡镇(街道)",
  OFFICIAL: "包保干部",
};

export const DutyStatusLabels: Readonly<Record<DutyStatus, string>> = {
  PENDING: "待落实",
  IN_PROGRESS: "落实中",
  DONE: "已完成",
};

export const EntityCategoryLabels: Readonly<Record<EntityCategory, string>> = {
  FOOD_PRODUCER: "食品生产企业",
  FOOD_SELLER: "食品销售者",
  CATERING: "餐饮服务",
  SMALL_WORKSHOP: "食品小作坊",
  FOOD_VENDOR: "食品摊贩",
  SCHOOL_CANTEEN: "学校食堂",
  COLLECTIVE_DINING: "集中用餐单位",
  ONLINE_CATERING: "网络餐饮",
};

export const EntityStatusLabels: Readonly<Record<EntityStatus, string>> = {
  OPERATING: "在营",
  SUSPENDED: "停业",
  CANCELLED: "注销",
  REVOKED: "吊销",
};

export const HazardStatusLabels: Readonly<Record<HazardStatus, string>> = {
  OPEN: "待整改",
  RECTIFIED: "已整改",
  VERIFIED: "已复核",
};

export const IncidentKindLabels: Readonly<Record<IncidentKind, string>> = {
  FOOD_POISONING: "食物中毒",
  CONTAMINATION: "食品污染",
  FAKE_PRODUCT: "假冒伪劣食品",
  OTHER: "其他",
};

export const IncidentLevelLabels: Readonly<Record<IncidentLevel, string>> = {
  I: "Ⅰ级(特别重大)",
  II: "Ⅱ级(重大)",
  III: "Ⅲ级(较大)",
  IV: "Ⅳ级(一般)",
};

export const IncidentReportStatusLabels: Readonly<Record<IncidentReportStatus, string>> = {
  RUNNING: "计时中",
  OVERDUE: "已超时未报",
  MET: "按时报告",
  LATE: "超时报告",
};

export const IncidentStepLabels: Readonly<Record<IncidentStep, string>> = {
  RECEIVED: "接报",
  VERIFIED: "核实",
  RESPONSE_STARTED: "启动响应",
  CONTROLLED: "控制",
  INVESTIGATED: "调查",
  CLOSED: "终止",
};

export const InvestigationStatusLabels: Readonly<Record<InvestigationStatus, string>> = {
  PLANNED: "计划中",
  ONGOING: "排查中",
  FINISHED: "已结束",
};

export const RiskCategoryLabels: Readonly<Record<RiskCategory, string>> = {
  CAMPUS: "校园食品",
  RURAL_BANQUET: "农村集体聚餐",
  WILD_MUSHROOM: "野生菌",
  SMALL_WORKSHOP: "小作坊",
  COLD_CHAIN: "冷链食品",
  ONLINE_CATERING: "网络餐饮",
  OTHER: "其他",
};

export const RiskGradeLabels: Readonly<Record<RiskGrade, string>> = {
  A: "A级",
  B: "B级",
  C: "C级",
  D: "D级",
};

export const RiskLevelLabels: Readonly<Record<RiskLevel, string>> = {
  LOW: "低风险",
  GENERAL: "一般风险",
  HIGH: "较大风险",
  MAJOR: "重大风险",
};

export const RiskStatusLabels: Readonly<Record<RiskStatus, string>> = {
  ACTIVE: "管控中",
  MONITORING: "持续监测",
  CLOSED: "已销号",
};

export const TownshipKindLabels: Readonly<Record<TownshipKind, string>> = {
  TOWN: "镇",
  SUBDISTRICT: "街道",
  TOWNSHIP: "乡",
};

export const VillageKindLabels: Readonly<Record<VillageKind, string>> = {
  VILLAGE: "村",
  COMMUNITY: "社区",
};
