// The labels of the API's enums, from the schema's enum value descriptions (@shian/graphql-client/enum-labels).
import type { AuditKind, CampaignKind, CaseClockKind, CaseSource, CaseStatus, ComplaintChannel, ComplaintKind, ComplaintOutcome, ComplaintStatus, DrawStatus, EnforcementClockStatus, EntityCategory, EntityStatus, HistoryRecordType, InspectionKind, InspectionVerdict, JointOperationStatus, MediationResult, PartnerDepartment, PauseKind, PenaltyKind, RiskGrade, SeizedItemStatus, SeizureKind, TownshipKind, TransferKind, TransferOutcome, TransferStatus, VillageKind, Violation } from './graphql';

export const AuditKindLabels: Readonly<Record<AuditKind, string>> = {
  CREATE: "新建",
  UPDATE: "修改",
  DELETE: "删除",
  READ: "查阅个人信息",
  OPERATION: "其他操作(记录其参数)",
};

export const CampaignKindLabels: Readonly<Record<CampaignKind, string>> = {
  ENFORCEMENT: "专项执法行动",
  RECTIFICATION: "专项治理",
};

export const CaseClockKindLabels: Readonly<Record<CaseClockKind, string>> = {
  FILING: "立案期限",
  DECISION: "处罚决定期限",
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

export const ComplaintStatusLabels: Readonly<Record<ComplaintStatus, string>> = {
  RECEIVED: "待处理",
  ACCEPTED: "已受理",
  REFUSED: "不予受理",
  MEDIATED: "已调解",
  REFERRED: "已转线索(立案)",
  ANSWERED: "已答复",
};

export const DrawStatusLabels: Readonly<Record<DrawStatus, string>> = {
  DRAWN: "已抽取",
  PUBLISHED: "已公示",
};

export const EnforcementClockStatusLabels: Readonly<Record<EnforcementClockStatus, string>> = {
  RUNNING: "计时中",
  PAUSED: "暂停计时",
  OVERDUE: "已超期",
  MET: "按期完成",
  LATE: "超期完成",
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

export const HistoryRecordTypeLabels: Readonly<Record<HistoryRecordType, string>> = {
  CASE: "案件",
  TRANSFER: "移送",
  SEIZED_ITEM: "涉案财物",
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

export const JointOperationStatusLabels: Readonly<Record<JointOperationStatus, string>> = {
  PLANNED: "计划中",
  ONGOING: "进行中",
  COMPLETED: "已完成",
};

export const MediationResultLabels: Readonly<Record<MediationResult, string>> = {
  SETTLED: "调解成功",
  FAILED: "调解不成",
};

export const PartnerDepartmentLabels: Readonly<Record<PartnerDepartment, string>> = {
  POLICE: "区公安分局",
  PROCURATORATE: "区人民检察院",
  EDUCATION: "区教育科技局",
  AGRICULTURE: "区农业农村局",
};

export const PauseKindLabels: Readonly<Record<PauseKind, string>> = {
  TESTING: "检测检验",
  APPRAISAL: "鉴定",
  HEARING: "听证",
  NOTICE: "公告",
};

export const PenaltyKindLabels: Readonly<Record<PenaltyKind, string>> = {
  WARNING: "警告",
  FINE: "罚款",
  CONFISCATE_GAINS: "没收违法所得",
  CONFISCATE_GOODS: "没收违法生产经营的食品和工具",
  SUSPEND: "责令停产停业",
  REVOKE_LICENSE: "吊销许可证",
};

export const RiskGradeLabels: Readonly<Record<RiskGrade, string>> = {
  A: "A级",
  B: "B级",
  C: "C级",
  D: "D级",
};

export const SeizedItemStatusLabels: Readonly<Record<SeizedItemStatus, string>> = {
  SEIZED: "扣押",
  SEALED: "查封",
  RETURNED: "退还",
  CONFISCATED: "没收",
  DESTROYED: "销毁",
  HANDED_OVER: "随案移交",
};

export const SeizureKindLabels: Readonly<Record<SeizureKind, string>> = {
  SEIZE: "扣押",
  SEAL: "查封",
};

export const TownshipKindLabels: Readonly<Record<TownshipKind, string>> = {
  TOWN: "镇",
  SUBDISTRICT: "街道",
  TOWNSHIP: "乡",
};

export const TransferKindLabels: Readonly<Record<TransferKind, string>> = {
  CRIMINAL: "涉嫌犯罪移送(行刑衔接)",
  JURISDICTION: "移送管辖",
};

export const TransferOutcomeLabels: Readonly<Record<TransferOutcome, string>> = {
  FILED: "已立案(受理)",
  DECLINED: "不予立案(退回)",
  PROSECUTED: "已移送审查起诉",
  CONCLUDED: "已办结",
};

export const TransferStatusLabels: Readonly<Record<TransferStatus, string>> = {
  SENT: "已移送",
  RECEIVED: "已接收",
  ANSWERED: "已答复",
};

export const VillageKindLabels: Readonly<Record<VillageKind, string>> = {
  VILLAGE: "村",
  COMMUNITY: "社区",
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
