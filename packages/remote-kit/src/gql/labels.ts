// The labels of the API's enums, from the schema's enum value descriptions (@shian/graphql-client/enum-labels).
import type { AuditKind, CaseStatus, EntityCategory, EntityStatus, RiskGrade, TownshipKind, VillageKind } from './graphql';

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

export const RiskGradeLabels: Readonly<Record<RiskGrade, string>> = {
  A: "A级",
  B: "B级",
  C: "C级",
  D: "D级",
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
