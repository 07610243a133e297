import type { LabelMap } from '@shian/ui-kit';
import type {
  CampaignKind,
  CaseSource,
  CaseStatus,
  ComplaintChannel,
  ComplaintKind,
  ComplaintOutcome,
  ComplaintStatus,
  DrawStatus,
  InspectionKind,
  InspectionVerdict,
  JointOperationStatus,
  MediationResult,
  PartnerDepartment,
  PauseKind,
  PenaltyKind,
  SeizedItemStatus,
  SeizureKind,
  TransferKind,
  TransferOutcome,
  TransferStatus,
  Violation,
} from './gql/graphql';

/** The clocks' states and the businesses' categories read as in every module. */
export { CLOCK_STATUS, ENTITY_CATEGORY as CATEGORY } from '@shian/remote-kit';

/** Every enum of the enforcement subgraph as the UI shows it (docs/domain.md#glossary). */
export const CASE_STATUS: LabelMap<CaseStatus> = {
  CLUE: { label: '线索', color: 'default' },
  FILED: { label: '立案', color: 'blue' },
  INVESTIGATING: { label: '调查取证', color: 'geekblue' },
  NOTIFIED: { label: '告知', color: 'purple' },
  DECIDED: { label: '决定', color: 'magenta' },
  EXECUTING: { label: '执行', color: 'orange' },
  CLOSED: { label: '结案', color: 'green' },
  NOT_FILED: { label: '不予立案', color: 'default' },
  TRANSFERRED: { label: '移送', color: 'red' },
};

export const CASE_SOURCE: LabelMap<CaseSource> = {
  SAMPLING: { label: '抽检不合格', color: 'volcano' },
  COMPLAINT: { label: '投诉举报', color: 'gold' },
  INSPECTION: { label: '监督检查', color: 'blue' },
  PUBLIC_OPINION: { label: '舆情', color: 'magenta' },
  REFERRAL: { label: '部门移送', color: 'cyan' },
};

export const VIOLATION: LabelMap<Violation> = {
  PESTICIDE_RESIDUE: { label: '农兽药残留超标' },
  ADDITIVE_ABUSE: { label: '超范围、超限量使用食品添加剂' },
  ILLEGAL_ADDITION: { label: '非法添加非食用物质' },
  MICROBIAL: { label: '微生物污染' },
  SUBSTANDARD: { label: '生产经营不符合食品安全标准的食品' },
  EXPIRED: { label: '经营超过保质期的食品' },
  NO_LICENSE: { label: '未取得许可从事食品生产经营' },
  PURCHASE_RECORDS: { label: '未履行进货查验记录义务' },
  HYGIENE: { label: '食品安全管理、卫生规范不符合要求' },
  LABELING: { label: '标签、说明书不符合规定' },
  COUNTERFEIT: { label: '以假充真、侵权假冒' },
  UNINSPECTED_MEAT: { label: '经营未经检验检疫的肉类' },
  HEALTH_CERTIFICATE: { label: '从业人员未取得健康证明' },
};

export const PENALTY_KIND: LabelMap<PenaltyKind> = {
  WARNING: { label: '警告' },
  FINE: { label: '罚款' },
  CONFISCATE_GAINS: { label: '没收违法所得' },
  CONFISCATE_GOODS: { label: '没收违法生产经营的食品和工具' },
  SUSPEND: { label: '责令停产停业' },
  REVOKE_LICENSE: { label: '吊销许可证' },
};

export const PAUSE_KIND: LabelMap<PauseKind> = {
  TESTING: { label: '检测检验' },
  APPRAISAL: { label: '鉴定' },
  HEARING: { label: '听证' },
  NOTICE: { label: '公告' },
};

export const DEPARTMENT: LabelMap<PartnerDepartment> = {
  POLICE: { label: '区公安分局', color: 'blue' },
  PROCURATORATE: { label: '区人民检察院', color: 'purple' },
  EDUCATION: { label: '区教育科技局', color: 'cyan' },
  AGRICULTURE: { label: '区农业农村局', color: 'green' },
};

export const TRANSFER_KIND: LabelMap<TransferKind> = {
  CRIMINAL: { label: '涉嫌犯罪移送', color: 'red' },
  JURISDICTION: { label: '移送管辖', color: 'default' },
};

export const TRANSFER_STATUS: LabelMap<TransferStatus> = {
  SENT: { label: '待接收', color: 'orange' },
  RECEIVED: { label: '已接收', color: 'blue' },
  ANSWERED: { label: '已答复', color: 'green' },
};

export const TRANSFER_OUTCOME: LabelMap<TransferOutcome> = {
  FILED: { label: '已立案(受理)', color: 'blue' },
  DECLINED: { label: '不予立案(退回)', color: 'default' },
  PROSECUTED: { label: '已移送审查起诉', color: 'red' },
  CONCLUDED: { label: '已办结', color: 'green' },
};

export const INSPECTION_KIND: LabelMap<InspectionKind> = {
  ROUTINE: { label: '日常检查' },
  RANDOM: { label: '双随机抽查', color: 'blue' },
  SPECIAL: { label: '专项检查', color: 'purple' },
  FLYING: { label: '飞行检查', color: 'red' },
};

export const VERDICT: LabelMap<InspectionVerdict> = {
  COMPLIANT: { label: '符合', color: 'green' },
  BASICALLY_COMPLIANT: { label: '基本符合', color: 'orange' },
  NON_COMPLIANT: { label: '不符合', color: 'red' },
};

export const CAMPAIGN_KIND: LabelMap<CampaignKind> = {
  ENFORCEMENT: { label: '专项执法行动', color: 'red' },
  RECTIFICATION: { label: '专项治理', color: 'blue' },
};

export const DRAW_STATUS: LabelMap<DrawStatus> = {
  DRAWN: { label: '已抽取', color: 'orange' },
  PUBLISHED: { label: '已公示', color: 'green' },
};

export const OPERATION_STATUS: LabelMap<JointOperationStatus> = {
  PLANNED: { label: '计划中', color: 'orange' },
  ONGOING: { label: '进行中', color: 'blue' },
  COMPLETED: { label: '已完成', color: 'green' },
};

export const SEIZED_STATUS: LabelMap<SeizedItemStatus> = {
  SEIZED: { label: '扣押', color: 'orange' },
  SEALED: { label: '查封', color: 'orange' },
  RETURNED: { label: '退还', color: 'default' },
  CONFISCATED: { label: '没收', color: 'red' },
  DESTROYED: { label: '销毁', color: 'default' },
  HANDED_OVER: { label: '随案移交', color: 'blue' },
};

export const SEIZURE_KIND: LabelMap<SeizureKind> = {
  SEIZE: { label: '扣押' },
  SEAL: { label: '查封' },
};

export const COMPLAINT_KIND: LabelMap<ComplaintKind> = {
  COMPLAINT: { label: '投诉', color: 'gold' },
  REPORT: { label: '举报', color: 'volcano' },
};

export const COMPLAINT_CHANNEL: LabelMap<ComplaintChannel> = {
  PLATFORM_12315: { label: '12315平台', color: 'blue' },
  PHONE: { label: '电话', color: 'cyan' },
  LETTER: { label: '来信', color: 'default' },
  VISIT: { label: '来访', color: 'purple' },
  ONLINE: { label: '网络', color: 'geekblue' },
};

export const COMPLAINT_STATUS: LabelMap<ComplaintStatus> = {
  RECEIVED: { label: '待处理', color: 'orange' },
  ACCEPTED: { label: '已受理', color: 'blue' },
  REFUSED: { label: '不予受理', color: 'default' },
  MEDIATED: { label: '已调解', color: 'cyan' },
  REFERRED: { label: '已转线索(立案)', color: 'magenta' },
  ANSWERED: { label: '已答复', color: 'green' },
};

export const COMPLAINT_OUTCOME: LabelMap<ComplaintOutcome> = {
  PENDING: { label: '办理中', color: 'orange' },
  REFUSED: { label: '不予受理', color: 'default' },
  MEDIATED: { label: '调解', color: 'cyan' },
  REFERRED: { label: '转线索(立案)', color: 'magenta' },
  ANSWERED: { label: '答复办结', color: 'green' },
};

export const MEDIATION_RESULT: LabelMap<MediationResult> = {
  SETTLED: { label: '调解成功', color: 'green' },
  FAILED: { label: '调解不成', color: 'red' },
};

/** The audit trail's record types (entity names) on a record's 操作记录: the record and what belongs to it. */
export const AUDIT_RECORD_TYPE: Record<string, string> = {
  Case: '案件',
  Transfer: '移送',
  SeizedItem: '涉案财物',
  CasePause: '期限中止',
  Penalty: '处罚决定',
  RandomDraw: '双随机抽查',
  DrawItem: '抽取结果',
};
