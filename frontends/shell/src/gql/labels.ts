// The labels of the API's enums, from the schema's enum value descriptions (@shian/graphql-client/enum-labels).
import type { ArticleChannel, CampaignKind, CaseSource, CaseStatus, ComplaintChannel, ComplaintKind, ComplaintOutcome, EntityCategory, InboxItemState, IncidentLevel, PlanLevel, ReminderAudience, ReminderChannelKind, ReminderDeliveryKind, ReminderDeliveryStatus, RiskGrade, RiskLevel, TrainingAudience, Verdict, VillageKind, VillageReportKind, VillageReportStatus } from './graphql';

export const ArticleChannelLabels: Readonly<Record<ArticleChannel, string>> = {
  DAMEI_BAZHOU_APP: "大美巴州App",
  BAZHOU_NEWS: "巴州新闻网",
  WECHAT: "微信公众号",
  WEIBO: "政务微博",
  DOUYIN: "抖音",
};

export const CampaignKindLabels: Readonly<Record<CampaignKind, string>> = {
  ENFORCEMENT: "专项执法行动",
  RECTIFICATION: "专项治理",
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

export const ComplaintChannelLabels: Readonly<Record<ComplaintChannel, string>> = {
  PLATFORM_12315: "12315平台",
  PHONE: "电话",
  LETTER: "来信",
  VISIT: "来访",
  ONLINE: "网络",
};

export const ComplaintKindLabels: Readonly<Record<ComplaintKind, string>> = {
  COMPLAINT: "投诉",
  REPORT: "举报",
};

export const ComplaintOutcomeLabels: Readonly<Record<ComplaintOutcome, string>> = {
  PENDING: "办理中",
  REFUSED: "不予受理",
  MEDIATED: "调解",
  REFERRED: "转线索(立案)",
  ANSWERED: "答复办结",
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

export const InboxItemStateLabels: Readonly<Record<InboxItemState, string>> = {
  DUE_SOON: "即将到期",
  OVERDUE: "已超期",
};

export const IncidentLevelLabels: Readonly<Record<IncidentLevel, string>> = {
  I: "Ⅰ级(特别重大)",
  II: "Ⅱ级(重大)",
  III: "Ⅲ级(较大)",
  IV: "Ⅳ级(一般)",
};

export const PlanLevelLabels: Readonly<Record<PlanLevel, string>> = {
  NATIONAL: "国抽",
  PROVINCIAL: "省抽",
  CITY: "市抽",
  DISTRICT: "区抽",
};

export const ReminderAudienceLabels: Readonly<Record<ReminderAudience, string>> = {
  LEADER: "局领导",
  OFFICER: "执法人员",
  TOWNSHIP: "乡镇(街道)监管员(须指定乡镇)",
};

export const ReminderChannelKindLabels: Readonly<Record<ReminderChannelKind, string>> = {
  WECOM: "企业微信群机器人",
  DINGTALK: "钉钉群机器人",
  JSON: "通用 JSON 回调",
};

export const ReminderDeliveryKindLabels: Readonly<Record<ReminderDeliveryKind, string>> = {
  DIGEST: "每日汇总",
  OVERDUE_ALERT: "超期即时提醒",
};

export const ReminderDeliveryStatusLabels: Readonly<Record<ReminderDeliveryStatus, string>> = {
  PENDING: "发送中",
  SENT: "已送达",
  FAILED: "发送失败",
  BASELINE: "通道启用时已超期,只记录不单独提醒(见每日汇总)",
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

export const TrainingAudienceLabels: Readonly<Record<TrainingAudience, string>> = {
  SMALL_WORKSHOP: "食品小作坊",
  SCHOOL_CANTEEN: "学校食堂",
  ONLINE_CATERING: "网络餐饮",
  COLLECTIVE_DINING: "集中用餐单位",
  CATERING: "餐饮服务",
  FOOD_SELLER: "食品销售者",
  FOOD_PRODUCER: "食品生产企业",
  ENFORCEMENT_OFFICERS: "执法人员",
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
