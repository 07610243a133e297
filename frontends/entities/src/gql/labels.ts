// The labels of the API's enums, from the schema's enum value descriptions (@shian/graphql-client/enum-labels).
import type { AuditKind, CaseSource, CaseStatus, EntityCategory, EntityStatus, InspectionKind, InspectionVerdict, InvestigationStatus, LicenseKind, NoticeKind, OfficialLevel, RiskGrade, SampleStatus, TownshipKind, Verdict, VillageKind, VillageReportKind, VillageReportStatus, Violation } from './graphql';

export const AuditKindLabels: Readonly<Record<AuditKind, string>> = {
  CREATE: "新建",
  UPDATE: "修改",
  DELETE: "删除",
  READ: "查阅个人信息",
  OPERATION: "其他操作(记录其参数)",
};

export const CaseSourceLabels: Readonly<Record<CaseSource, string>> = {
  SAMPLING: "抽检不合格",
  COMPLAINT: "投诉举报",
  INSPECTION: "监督检查",
  PUBLIC_OPINION: "舆情",
  REFERRAL: "部门移送",
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

export const InspectionKindLabels: Readonly<Record<InspectionKind, string>> = {
  ROUTINE: "日常检查",
  RANDOM: "双随机抽查",
  SPECIAL: "专项检查",
  FLYING: "飞行检查",
};

export const InspectionVerdictLabels: Readonly<Record<InspectionVerdict, string>> = {
  COMPLIANT: "符合",
  BASICALLY_COMPLIANT: "基本符合",
  NON_COMPLIANT: "不符合",
};

export const InvestigationStatusLabels: Readonly<Record<InvestigationStatus, string>> = {
  PLANNED: "计划中",
  ONGOING: "排查中",
  FINISHED: "已结束",
};

export const LicenseKindLabels: Readonly<Record<LicenseKind, string>> = {
  PRODUCTION: "食品生产许可证",
  BUSINESS: "食品经营许可证",
  SMALL_WORKSHOP: "小作坊登记证",
};

export const NoticeKindLabels: Readonly<Record<NoticeKind, string>> = {
  PROMPT_LETTER: "提示函",
  SUPERVISION_LETTER: "督办函",
  RECTIFICATION_NOTICE: "整改通知",
};

export const OfficialLevelLabels: Readonly<Record<OfficialLevel, string>> = {
  DISTRICT: "区级",
  TOWNSHIP: "乡镇级",
  VILLAGE: "村(社区)级",
};

export const RiskGradeLabels: Readonly<Record<RiskGrade, string>> = {
  A: "A级",
  B: "B级",
  C: "C级",
  D: "D级",
};

export const SampleStatusLabels: Readonly<Record<SampleStatus, string>> = {
  SAMPLED: "已抽样",
  TESTING: "检验中",
  QUALIFIED: "合格",
  UNQUALIFIED: "不合格",
  RECHECKING: "复检中",
  DISPOSING: "核查处置",
  DISPOSED: "已处置",
  PUBLISHED: "已公开",
};

export const TownshipKindLabels: Readonly<Record<TownshipKind, string>> = {
  TOWN: "镇",
  SUBDISTRICT: "街道",
  TOWNSHIP: "乡",
};

export const VerdictLabels: Readonly<Record<Verdict, string>> = {
  QUALIFIED: "合格",
  UNQUALIFIED: "不合格",
};

export const VillageKindLabels: Readonly<Record<VillageKind, string>> = {
  VILLAGE: "村",
  COMMUNITY: "社区",
};

export const VillageReportKindLabels: Readonly<Record<VillageReportKind, string>> = {
  HAZARD: "隐患",
  CLUE: "线索",
};

export const VillageReportStatusLabels: Readonly<Record<VillageReportStatus, string>> = {
  PENDING: "待分办",
  DISMISSED: "不予处理",
  HAZARD: "已转隐患",
  CLUE: "已转线索",
};

export const ViolationLabels: Readonly<Record<Violation, string>> = {
  PESTICIDE_RESIDUE: "农兽药残留超标",
  ADDITIVE_ABUSE: "超范围、超限量使用食品添加剂",
  ILLEGAL_ADDITION: "非法添加非食用物质",
  MICROBIAL: "微生物污染",
  SUBSTANDARD: "生产经营不符合食品安全标准的食品",
  EXPIRED: "经营超过保质期的食品",
  NO_LICENSE: "未取得许可从事食品生产经营",
  PURCHASE_RECORDS: "未履行进货查验记录义务",
  HYGIENE: "食品安全管理、卫生规范不符合要求",
  LABELING: "标签、说明书不符合规定",
  COUNTERFEIT: "以假充真、侵权假冒",
  UNINSPECTED_MEAT: "经营未经检验检疫的肉类",
  HEALTH_CERTIFICATE: "从业人员未取得健康证明",
};
