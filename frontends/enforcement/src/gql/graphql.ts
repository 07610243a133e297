/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 操作记录的筛选条件(均可省略) */
export type AuditFilter = {
  /** 操作人账号 */
  actor?: string | null | undefined;
  /** 起(含) */
  from?: string | null | undefined;
  kind?: AuditKind | null | undefined;
  /** 记录ID(含以它为上级的记录) */
  recordId?: string | number | null | undefined;
  /** 记录类型(实体名) */
  recordType?: string | null | undefined;
  /** 止(不含) */
  to?: string | null | undefined;
};

/** 操作记录的类别 */
export type AuditKind =
  /** 新建 */
  | 'CREATE'
  /** 删除 */
  | 'DELETE'
  /** 其他操作(记录其参数) */
  | 'OPERATION'
  /** 查阅个人信息 */
  | 'READ'
  /** 修改 */
  | 'UPDATE';

/** 专项筛选 */
export type CampaignFilter = {
  kind?: CampaignKind | null | undefined;
  year?: number | null | undefined;
};

/** 新建专项 */
export type CampaignInput = {
  endsOn: string;
  focus: string;
  kind: CampaignKind;
  lead: string;
  name: string;
  startsOn: string;
};

/** 专项类型 */
export type CampaignKind =
  /** 专项执法行动 */
  | 'ENFORCEMENT'
  /** 专项治理 */
  | 'RECTIFICATION';

/** 可经批准延长的办案期限 */
export type CaseClockKind =
  /** 处罚决定期限 */
  | 'DECISION'
  /** 立案期限 */
  | 'FILING';

/** 批准延长办案期限 */
export type CaseExtensionInput = {
  caseId: string | number;
  clock: CaseClockKind;
  version: number;
};

/** 案件筛选 */
export type CaseFilter = {
  campaignId?: string | number | null | undefined;
  entityId?: string | number | null | undefined;
  /** true:只看已立案的(不含线索、不予立案) */
  filed?: boolean | null | undefined;
  /** true:有法定时限已超期的 */
  overdue?: boolean | null | undefined;
  /** 案由、立案编号包含 */
  search?: string | null | undefined;
  source?: CaseSource | null | undefined;
  status?: CaseStatus | null | undefined;
  townshipId?: string | number | null | undefined;
  /** 移送给该部门的案件 */
  transferredTo?: PartnerDepartment | null | undefined;
  violation?: Violation | null | undefined;
  /** 立案年度(线索为受理年度) */
  year?: number | null | undefined;
};

/** 案件流转:按流转表从当前状态变更到 to */
export type CaseMoveInput = {
  caseId: string | number;
  legalBasis?: string | null | undefined;
  /** 立案时:办案人员(至少2名) */
  officerIds?: Array<string | number> | null | undefined;
  /** 该环节的日期 */
  on: string;
  penalty?: PenaltyInput | null | undefined;
  /** 不予立案、撤销立案、不予处罚、继续调查的理由 */
  reason?: string | null | undefined;
  to: CaseStatus;
  transfer?: TransferInput | null | undefined;
  /** 修改前读到的版本号 */
  version: number;
  violations?: Array<Violation> | null | undefined;
};

/** 开始不计入期限的期间 */
export type CasePauseInput = {
  caseId: string | number;
  kind: PauseKind;
  reason: string;
  startsOn: string;
  version: number;
};

/** 结束不计入期限的期间 */
export type CaseResumeInput = {
  caseId: string | number;
  /** 暂停的最后一日 */
  endsOn: string;
  version: number;
};

/** 案件来源 */
export type CaseSource =
  /** 投诉举报 */
  | 'COMPLAINT'
  /** 监督检查 */
  | 'INSPECTION'
  /** 舆情 */
  | 'PUBLIC_OPINION'
  /** 部门移送 */
  | 'REFERRAL'
  /** 抽检不合格 */
  | 'SAMPLING';

/** 案件状态 */
export type CaseStatus =
  /** 结案 */
  | 'CLOSED'
  /** 线索 */
  | 'CLUE'
  /** 决定 */
  | 'DECIDED'
  /** 执行 */
  | 'EXECUTING'
  /** 立案 */
  | 'FILED'
  /** 调查取证 */
  | 'INVESTIGATING'
  /** 告知 */
  | 'NOTIFIED'
  /** 不予立案 */
  | 'NOT_FILED'
  /** 移送 */
  | 'TRANSFERRED';

/** 修改案件信息 */
export type CaseUpdateInput = {
  campaignId?: string | number | null | undefined;
  caseId: string | number;
  description?: string | null | undefined;
  legalBasis?: string | null | undefined;
  officerIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
  /** 修改前读到的版本号 */
  version: number;
  violations?: Array<Violation> | null | undefined;
};

/** 登记线索 */
export type ClueInput = {
  campaignId?: string | number | null | undefined;
  description: string;
  /** 来源为抽检不合格时:处置ID */
  disposalId?: string | number | null | undefined;
  entityId: string | number;
  /** 来源为监督检查时:检查ID */
  inspectionId?: string | number | null | undefined;
  /** 来源为舆情时:舆情ID */
  opinionEventId?: string | number | null | undefined;
  receivedOn: string;
  /** 来源为部门移送时:移送部门 */
  referredBy?: string | null | undefined;
  source: CaseSource;
  title: string;
  /** 当事人所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝 */
  townshipId?: string | number | null | undefined;
  /** 由村(社区)报告转来时:报告ID(来源为投诉举报;由报告的分办写入) */
  villageReportId?: string | number | null | undefined;
  violations?: Array<Violation> | null | undefined;
};

/** 投诉举报人(举报可匿名) */
export type ComplainantInput = {
  /** 身份证号码(选填) */
  idNumber?: string | null | undefined;
  /** 姓名;投诉必填,举报可匿名 */
  name?: string | null | undefined;
  /** 联系电话;投诉必填 */
  phone?: string | null | undefined;
};

/** 投诉举报渠道 */
export type ComplaintChannel =
  /** 来信 */
  | 'LETTER'
  /** 网络 */
  | 'ONLINE'
  /** 电话 */
  | 'PHONE'
  /** 12315平台 */
  | 'PLATFORM_12315'
  /** 来访 */
  | 'VISIT';

/** 经批准延长举报核查期限(一次,15个工作日) */
export type ComplaintExtensionInput = {
  complaintId: string | number;
  version: number;
};

/** 投诉举报筛选 */
export type ComplaintFilter = {
  channel?: ComplaintChannel | null | undefined;
  entityId?: string | number | null | undefined;
  kind?: ComplaintKind | null | undefined;
  outcome?: ComplaintOutcome | null | undefined;
  /** true:受理(核查)期限已过仍未决定 */
  overdue?: boolean | null | undefined;
  /** 登记编号、内容或被投诉举报主体名称 */
  search?: string | null | undefined;
  status?: ComplaintStatus | null | undefined;
  townshipId?: string | number | null | undefined;
  /** 收到年份 */
  year?: number | null | undefined;
};

/** 登记投诉举报 */
export type ComplaintInput = {
  channel: ComplaintChannel;
  complainant?: ComplainantInput | null | undefined;
  /** 投诉举报内容 */
  content: string;
  /** 被投诉举报主体 */
  entityId: string | number;
  kind: ComplaintKind;
  /** 收到日期 */
  receivedOn: string;
  /** 可不填:取主体登记的乡镇(街道);填写的须一致 */
  townshipId?: string | number | null | undefined;
};

/** 投诉或举报 */
export type ComplaintKind =
  /** 投诉 */
  | 'COMPLAINT'
  /** 举报 */
  | 'REPORT';

/** 投诉举报办理:按流转表从当前状态变更到 to */
export type ComplaintMoveInput = {
  /** 答复内容 */
  answer?: string | null | undefined;
  /** 转线索(立案):关联已有的线索或案件 */
  caseId?: string | number | null | undefined;
  /** 转线索(立案):新登记线索的案由 */
  caseTitle?: string | null | undefined;
  complaintId: string | number;
  /** 调解情况 */
  mediationNote?: string | null | undefined;
  mediationResult?: MediationResult | null | undefined;
  /** 办理日期 */
  on: string;
  /** 不予受理理由 */
  reason?: string | null | undefined;
  to: ComplaintStatus;
  version: number;
  /** 转线索(立案):涉嫌违法行为 */
  violations?: Array<Violation> | null | undefined;
};

/** 投诉举报处理结果 */
export type ComplaintOutcome =
  /** 答复办结 */
  | 'ANSWERED'
  /** 调解 */
  | 'MEDIATED'
  /** 办理中 */
  | 'PENDING'
  /** 转线索(立案) */
  | 'REFERRED'
  /** 不予受理 */
  | 'REFUSED';

/** 投诉举报办理状态 */
export type ComplaintStatus =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已答复 */
  | 'ANSWERED'
  /** 已调解 */
  | 'MEDIATED'
  /** 待处理 */
  | 'RECEIVED'
  /** 已转线索(立案) */
  | 'REFERRED'
  /** 不予受理 */
  | 'REFUSED';

/** 修改投诉举报登记信息(提交读到的版本号) */
export type ComplaintUpdateInput = {
  channel?: ComplaintChannel | null | undefined;
  /** 给出则整体替换 */
  complainant?: ComplainantInput | null | undefined;
  complaintId: string | number;
  content?: string | null | undefined;
  version: number;
};

/** 检查对象名录中的一户 */
export type DrawCandidateInput = {
  entityId: string | number;
  /** 主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝 */
  townshipId?: string | number | null | undefined;
};

/** 双随机抽查状态 */
export type DrawStatus =
  /** 已抽取 */
  | 'DRAWN'
  /** 已公示 */
  | 'PUBLISHED';

/** 时限状态 */
export type EnforcementClockStatus =
  /** 超期完成 */
  | 'LATE'
  /** 按期完成 */
  | 'MET'
  /** 已超期 */
  | 'OVERDUE'
  /** 暂停计时 */
  | 'PAUSED'
  /** 计时中 */
  | 'RUNNING';

/** 主体业态 */
export type EntityCategory =
  /** 餐饮服务 */
  | 'CATERING'
  /** 集中用餐单位 */
  | 'COLLECTIVE_DINING'
  /** 食品生产企业 */
  | 'FOOD_PRODUCER'
  /** 食品销售者 */
  | 'FOOD_SELLER'
  /** 食品摊贩 */
  | 'FOOD_VENDOR'
  /** 网络餐饮 */
  | 'ONLINE_CATERING'
  /** 学校食堂 */
  | 'SCHOOL_CANTEEN'
  /** 食品小作坊 */
  | 'SMALL_WORKSHOP';

/** 主体筛选 */
export type EntityFilter = {
  category?: EntityCategory | null | undefined;
  /** 只看这些主体(最多100个);不在本人辖区内的不返回 */
  ids?: Array<string | number> | null | undefined;
  riskGrade?: RiskGrade | null | undefined;
  /** 名称、统一社会信用代码或地址包含 */
  search?: string | null | undefined;
  status?: EntityStatus | null | undefined;
  townshipId?: string | number | null | undefined;
  /** 所在村(社区)代码 */
  villageId?: string | number | null | undefined;
};

/** 经营状态 */
export type EntityStatus =
  /** 注销 */
  | 'CANCELLED'
  /** 在营 */
  | 'OPERATING'
  /** 吊销 */
  | 'REVOKED'
  /** 停业 */
  | 'SUSPENDED';

/** 留痕记录类型 */
export type HistoryRecordType =
  /** 案件 */
  | 'CASE'
  /** 涉案财物 */
  | 'SEIZED_ITEM'
  /** 移送 */
  | 'TRANSFER';

/** 监督检查筛选 */
export type InspectionFilter = {
  campaignId?: string | number | null | undefined;
  entityId?: string | number | null | undefined;
  kind?: InspectionKind | null | undefined;
  /** true:整改期限已过仍未整改 */
  rectificationOverdue?: boolean | null | undefined;
  townshipId?: string | number | null | undefined;
  /** true:结果尚未公开 */
  unpublished?: boolean | null | undefined;
  verdict?: InspectionVerdict | null | undefined;
  year?: number | null | undefined;
};

/** 登记监督检查 */
export type InspectionInput = {
  campaignId?: string | number | null | undefined;
  /** 双随机抽取结果ID(按抽查任务检查时) */
  drawItemId?: string | number | null | undefined;
  entityId: string | number;
  findings: string;
  inspectedOn: string;
  /** 检查人员(至少2名) */
  inspectorIds: Array<string | number>;
  kind: InspectionKind;
  /** 整改期限(基本符合、不符合时必填) */
  rectificationDeadline?: string | null | undefined;
  /** 主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝 */
  townshipId?: string | number | null | undefined;
  verdict: InspectionVerdict;
};

/** 检查类型 */
export type InspectionKind =
  /** 飞行检查 */
  | 'FLYING'
  /** 双随机抽查 */
  | 'RANDOM'
  /** 日常检查 */
  | 'ROUTINE'
  /** 专项检查 */
  | 'SPECIAL';

/** 检查结果 */
export type InspectionVerdict =
  /** 基本符合 */
  | 'BASICALLY_COMPLIANT'
  /** 符合 */
  | 'COMPLIANT'
  /** 不符合 */
  | 'NON_COMPLIANT';

/** 参加部门确认并报送本部门工作情况 */
export type JointOperationConfirmationInput = {
  operationId: string | number;
  /** 出动人员(人次) */
  personnel: number;
  report: string;
};

/** 联合执法筛选 */
export type JointOperationFilter = {
  department?: PartnerDepartment | null | undefined;
  status?: JointOperationStatus | null | undefined;
  year?: number | null | undefined;
};

/** 新建联合执法 */
export type JointOperationInput = {
  campaignId?: string | number | null | undefined;
  departments: Array<PartnerDepartment>;
  endsOn: string;
  scope: string;
  startsOn: string;
  title: string;
};

/** 联合执法状态 */
export type JointOperationStatus =
  /** 已完成 */
  | 'COMPLETED'
  /** 进行中 */
  | 'ONGOING'
  /** 计划中 */
  | 'PLANNED';

/** 联合执法进展 */
export type JointOperationUpdateInput = {
  entitiesInspected?: number | null | undefined;
  operationId: string | number;
  problemsFound?: number | null | undefined;
  status?: JointOperationStatus | null | undefined;
  summary?: string | null | undefined;
};

/** 调解结果 */
export type MediationResult =
  /** 调解不成 */
  | 'FAILED'
  /** 调解成功 */
  | 'SETTLED';

/** 协作(接收)部门 */
export type PartnerDepartment =
  /** 区农业农村局 */
  | 'AGRICULTURE'
  /** 区教育科技局 */
  | 'EDUCATION'
  /** 区公安分局 */
  | 'POLICE'
  /** 区人民检察院 */
  | 'PROCURATORATE';

/** 不计入办案期限的事项 */
export type PauseKind =
  /** 鉴定 */
  | 'APPRAISAL'
  /** 听证 */
  | 'HEARING'
  /** 公告 */
  | 'NOTICE'
  /** 检测检验 */
  | 'TESTING';

/** 处罚内容 */
export type PenaltyInput = {
  /** 没收违法所得(元) */
  confiscatedGains?: number | null | undefined;
  /** 罚款(元) */
  fine?: number | null | undefined;
  kinds: Array<PenaltyKind>;
};

/** 处罚种类 */
export type PenaltyKind =
  /** 没收违法所得 */
  | 'CONFISCATE_GAINS'
  /** 没收违法生产经营的食品和工具 */
  | 'CONFISCATE_GOODS'
  /** 罚款 */
  | 'FINE'
  /** 吊销许可证 */
  | 'REVOKE_LICENSE'
  /** 责令停产停业 */
  | 'SUSPEND'
  /** 警告 */
  | 'WARNING';

/** 处罚执行情况 */
export type PenaltyProgressInput = {
  caseId: string | number;
  /** 罚没款缴纳日期 */
  paidOn?: string | null | undefined;
  /** 信用公示日期 */
  publishedOn?: string | null | undefined;
  version: number;
};

/** 双随机抽查筛选 */
export type RandomDrawFilter = {
  status?: DrawStatus | null | undefined;
  year?: number | null | undefined;
};

/** 双随机抽取 */
export type RandomDrawInput = {
  campaignId?: string | number | null | undefined;
  drawnOn: string;
  entityCount: number;
  /** 执法人员所属科室(所);为空为全部在岗人员 */
  inspectorUnits?: Array<string> | null | undefined;
  /** 每户检查人员数,至少2名 */
  inspectorsPerEntity: number;
  /** 检查对象名录(按筛选条件从主体名录取得) */
  population: Array<DrawCandidateInput>;
  /** 检查对象范围的说明(如:食品销售者、C级以上) */
  populationCriteria: string;
  /** 随机种子;为空时系统生成 */
  seed?: string | null | undefined;
  title: string;
};

/** 风险等级(A 最低,D 最高) */
export type RiskGrade =
  /** A级 */
  | 'A'
  /** B级 */
  | 'B'
  /** C级 */
  | 'C'
  /** D级 */
  | 'D';

/** 涉案财物筛选 */
export type SeizedItemFilter = {
  caseId?: string | number | null | undefined;
  /** true:仍在查封扣押中 */
  held?: boolean | null | undefined;
  status?: SeizedItemStatus | null | undefined;
};

/** 登记涉案财物(查封扣押) */
export type SeizedItemInput = {
  caseId: string | number;
  custodian: string;
  location: string;
  measure: SeizureKind;
  name: string;
  note?: string | null | undefined;
  quantity: number;
  seizedOn: string;
  unit: string;
};

/** 涉案财物状态 */
export type SeizedItemStatus =
  /** 没收 */
  | 'CONFISCATED'
  /** 销毁 */
  | 'DESTROYED'
  /** 随案移交 */
  | 'HANDED_OVER'
  /** 退还 */
  | 'RETURNED'
  /** 查封 */
  | 'SEALED'
  /** 扣押 */
  | 'SEIZED';

/** 涉案财物保管、处置 */
export type SeizedItemUpdateInput = {
  custodian?: string | null | undefined;
  /** 批准延长查封扣押期限 */
  extended?: boolean | null | undefined;
  itemId: string | number;
  location?: string | null | undefined;
  note?: string | null | undefined;
  /** 处置日期(变更为处置结果时必填) */
  releasedOn?: string | null | undefined;
  /** 处置结果(退还、没收、销毁、随案移交) */
  status?: SeizedItemStatus | null | undefined;
  /** 读到的涉案财物版本号(SeizedItem.version);他人已修改则为 CONFLICT,不写入 */
  version?: number | null | undefined;
};

/** 强制措施 */
export type SeizureKind =
  /** 查封 */
  | 'SEAL'
  /** 扣押 */
  | 'SEIZE';

/** 乡镇(街道)类型 */
export type TownshipKind =
  /** 街道 */
  | 'SUBDISTRICT'
  /** 镇 */
  | 'TOWN'
  /** 乡 */
  | 'TOWNSHIP';

/** 答复移送(处理结果) */
export type TransferAnswerInput = {
  answeredOn: string;
  note: string;
  outcome: TransferOutcome;
  /** 本单位案件编号 */
  partnerCaseNumber?: string | null | undefined;
  transferId: string | number;
};

/** 移送筛选 */
export type TransferFilter = {
  department?: PartnerDepartment | null | undefined;
  kind?: TransferKind | null | undefined;
  status?: TransferStatus | null | undefined;
  year?: number | null | undefined;
};

/** 移送信息 */
export type TransferInput = {
  /** 抄送检察院(涉嫌犯罪移送时) */
  copiedToProcuratorate?: boolean | null | undefined;
  department: PartnerDepartment;
  /** 涉案财物随案移交 */
  handOverSeizedItems?: boolean | null | undefined;
  kind: TransferKind;
  reason: string;
};

/** 移送类型 */
export type TransferKind =
  /** 涉嫌犯罪移送(行刑衔接) */
  | 'CRIMINAL'
  /** 移送管辖 */
  | 'JURISDICTION';

/** 接收部门处理结果 */
export type TransferOutcome =
  /** 已办结 */
  | 'CONCLUDED'
  /** 不予立案(退回) */
  | 'DECLINED'
  /** 已立案(受理) */
  | 'FILED'
  /** 已移送审查起诉 */
  | 'PROSECUTED';

/** 接收移送(回执) */
export type TransferReceiptInput = {
  receiptNumber: string;
  receivedBy: string;
  receivedOn: string;
  transferId: string | number;
};

/** 移送状态 */
export type TransferStatus =
  /** 已答复 */
  | 'ANSWERED'
  /** 已接收 */
  | 'RECEIVED'
  /** 已移送 */
  | 'SENT';

/** 村(社区)类型 */
export type VillageKind =
  /** 社区 */
  | 'COMMUNITY'
  /** 村 */
  | 'VILLAGE';

/** 违法行为类别 */
export type Violation =
  /** 超范围、超限量使用食品添加剂 */
  | 'ADDITIVE_ABUSE'
  /** 以假充真、侵权假冒 */
  | 'COUNTERFEIT'
  /** 经营超过保质期的食品 */
  | 'EXPIRED'
  /** 从业人员未取得健康证明 */
  | 'HEALTH_CERTIFICATE'
  /** 食品安全管理、卫生规范不符合要求 */
  | 'HYGIENE'
  /** 非法添加非食用物质 */
  | 'ILLEGAL_ADDITION'
  /** 标签、说明书不符合规定 */
  | 'LABELING'
  /** 微生物污染 */
  | 'MICROBIAL'
  /** 未取得许可从事食品生产经营 */
  | 'NO_LICENSE'
  /** 农兽药残留超标 */
  | 'PESTICIDE_RESIDUE'
  /** 未履行进货查验记录义务 */
  | 'PURCHASE_RECORDS'
  /** 生产经营不符合食品安全标准的食品 */
  | 'SUBSTANDARD'
  /** 经营未经检验检疫的肉类 */
  | 'UNINSPECTED_MEAT';

export type CaseAuditTrailQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseAuditTrailQuery = { auditTrail: { enforcement: { nodes: Array<{ id: string, at: string, kind: AuditKind, recordType: string, recordId: string, parentId: string | null, operation: string | null, action: string | null, cursor: string, actor: { username: string, name: string, role: string, department: string | null }, changes: Array<{ field: string, label: string | null, from: string | null, to: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type EnforcementCampaignOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnforcementCampaignOptionsQuery = { campaigns: { nodes: Array<{ id: string, name: string, year: number }> } | null };

export type MoveCaseMutationVariables = Exact<{
  input: CaseMoveInput;
}>;


export type MoveCaseMutation = { moveCase: { id: string, status: CaseStatus, version: number } };

export type PauseCaseClockMutationVariables = Exact<{
  input: CasePauseInput;
}>;


export type PauseCaseClockMutation = { pauseCaseClock: { id: string, version: number } };

export type ResumeCaseClockMutationVariables = Exact<{
  input: CaseResumeInput;
}>;


export type ResumeCaseClockMutation = { resumeCaseClock: { id: string, version: number } };

export type ExtendCaseClockMutationVariables = Exact<{
  input: CaseExtensionInput;
}>;


export type ExtendCaseClockMutation = { extendCaseClock: { id: string, version: number } };

export type UpdateCaseMutationVariables = Exact<{
  input: CaseUpdateInput;
}>;


export type UpdateCaseMutation = { updateCase: { id: string } };

export type UpdatePenaltyProgressMutationVariables = Exact<{
  input: PenaltyProgressInput;
}>;


export type UpdatePenaltyProgressMutation = { updatePenaltyProgress: { id: string } };

export type MoveComplaintMutationVariables = Exact<{
  input: ComplaintMoveInput;
}>;


export type MoveComplaintMutation = { moveComplaint: { id: string } };

export type ExtendComplaintClockMutationVariables = Exact<{
  input: ComplaintExtensionInput;
}>;


export type ExtendComplaintClockMutation = { extendComplaintClock: { id: string } };

export type UpdateComplaintMutationVariables = Exact<{
  input: ComplaintUpdateInput;
}>;


export type UpdateComplaintMutation = { updateComplaint: { id: string } };

export type PublishInspectionMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type PublishInspectionMutation = { publishInspection: { id: string, publishedOn: string | null } };

export type RecordRectificationMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type RecordRectificationMutation = { recordRectification: { id: string, rectifiedOn: string | null } };

export type InspectionStepFieldsFragment = { id: string, rectificationDeadline: string | null, rectifiedOn: string | null, rectificationOverdue: boolean, publishedOn: string | null, publicationClock: { status: EnforcementClockStatus, remaining: number | null, period: string } };

export type CreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string } };

export type CreateClueMutationVariables = Exact<{
  input: ClueInput;
}>;


export type CreateClueMutation = { createClue: { id: string } };

export type CreateComplaintMutationVariables = Exact<{
  input: ComplaintInput;
}>;


export type CreateComplaintMutation = { createComplaint: { id: string, code: string } };

export type CreateInspectionMutationVariables = Exact<{
  input: InspectionInput;
}>;


export type CreateInspectionMutation = { createInspection: { id: string } };

export type CreateJointOperationMutationVariables = Exact<{
  input: JointOperationInput;
}>;


export type CreateJointOperationMutation = { createJointOperation: { id: string } };

export type UpdateJointOperationMutationVariables = Exact<{
  input: JointOperationUpdateInput;
}>;


export type UpdateJointOperationMutation = { updateJointOperation: { id: string } };

export type ConfirmJointOperationMutationVariables = Exact<{
  input: JointOperationConfirmationInput;
}>;


export type ConfirmJointOperationMutation = { confirmJointOperation: { id: string } };

export type RecordSeizureMutationVariables = Exact<{
  input: SeizedItemInput;
}>;


export type RecordSeizureMutation = { recordSeizure: { id: string } };

export type UpdateSeizedItemMutationVariables = Exact<{
  input: SeizedItemUpdateInput;
}>;


export type UpdateSeizedItemMutation = { updateSeizedItem: { id: string, status: SeizedItemStatus, version: number } };

export type SeizedItemFieldsFragment = { id: string, name: string, quantity: number, unit: string, measure: SeizureKind, seizedOn: string, status: SeizedItemStatus, custodian: string, location: string, extended: boolean, version: number, releasedOn: string | null, clock: { status: EnforcementClockStatus, deadline: string | null, remaining: number | null, period: string } };

export type ClueSourcesQueryVariables = Exact<{
  entityId: string | number;
  inspections: boolean;
  disposals: boolean;
}>;


export type ClueSourcesQuery = { entity: { id: string, inspections?: Array<{ id: string, inspectedOn: string, kind: InspectionKind, verdict: InspectionVerdict }> | null, samples?: { nodes: Array<{ id: string, number: string, foodName: string, disposal: { id: string } | null }> } | null } | null };

export type ClueOpinionEventsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ClueOpinionEventsQuery = { opinionEvents: { nodes: Array<{ id: string, title: string, detectedAt: string }> } | null };

export type ReceiveTransferMutationVariables = Exact<{
  input: TransferReceiptInput;
}>;


export type ReceiveTransferMutation = { receiveTransfer: { id: string, status: TransferStatus, receivedOn: string | null, receiptNumber: string | null, receivedBy: string | null } };

export type AnswerTransferMutationVariables = Exact<{
  input: TransferAnswerInput;
}>;


export type AnswerTransferMutation = { answerTransfer: { id: string, status: TransferStatus, outcome: TransferOutcome | null, answeredOn: string | null, outcomeNote: string | null, partnerCaseNumber: string | null } };

export type EnforcementInspectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnforcementInspectorsQuery = { inspectors: { nodes: Array<{ id: string, name: string, unit: string, badgeNumber: string }> } | null };

export type CampaignListQueryVariables = Exact<{
  filter?: CampaignFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CampaignListQuery = { campaigns: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, name: string, kind: CampaignKind, year: number, startsOn: string, endsOn: string, lead: string, focus: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
  bureau: boolean;
}>;


export type CaseDetailQuery = { case: { id: string, number: string | null, title: string, source: CaseSource, status: CaseStatus, version: number, description: string, violations: Array<Violation>, legalBasis: string | null, receivedOn: string, filedOn: string | null, decidedOn: string | null, closedOn: string | null, closingNote: string | null, filingExtended: boolean, decisionExtended: boolean, overdue: boolean, nextStatuses: Array<CaseStatus>, referredBy: string | null, entity: { id: string, name: string } | null, township: { id: string, name: string } | null, officers: Array<{ id: string, name: string }>, campaign?: { id: string, name: string } | null, inspection?: { id: string, inspectedOn: string, verdict: InspectionVerdict } | null, complaints?: Array<{ id: string, code: string }> | null, disposal: { id: string, sample?: { id: string, number: string } } | null, opinionEvent: { id: string, title?: string } | null, clocks: Array<{ code: string, name: string, period: string, extension: number, source: string, startedOn: string, deadline: string | null, remaining: number | null, status: EnforcementClockStatus, extended: boolean, completedOn: string | null, pausedDays: number, calendarNote: string | null }>, pauses: Array<{ id: string, kind: PauseKind, startsOn: string, endsOn: string | null, reason: string }>, penalty: { id: string, decisionNumber: string, kinds: Array<PenaltyKind>, fine: number, confiscatedGains: number, paidOn: string | null, publishedOn: string | null } | null, transfers: Array<{ id: string, department: PartnerDepartment, kind: TransferKind, transferredOn: string, reason: string, copiedToProcuratorate: boolean, status: TransferStatus, receivedOn: string | null, receiptNumber: string | null, receivedBy: string | null, answeredOn: string | null, outcome: TransferOutcome | null, outcomeNote: string | null, partnerCaseNumber: string | null, answerClock: { status: EnforcementClockStatus, deadline: string | null, remaining: number | null, period: string } | null }>, seizedItems: Array<{ id: string, name: string, quantity: number, unit: string, measure: SeizureKind, seizedOn: string, status: SeizedItemStatus, custodian: string, location: string, extended: boolean, version: number, releasedOn: string | null, clock: { status: EnforcementClockStatus, deadline: string | null, remaining: number | null, period: string } }>, timeline: Array<{ status: CaseStatus, label: string, on: string, note: string | null }>, documents: Array<{ title: string, number: string | null, issuedOn: string }>, history: Array<{ id: string, at: string, actor: string, username: string, action: string, recordType: HistoryRecordType, changes: Array<{ field: string, label: string, from: string | null, to: string | null }> }> } | null };

export type CaseListQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseListQuery = { cases: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, number: string | null, title: string, status: CaseStatus, source: CaseSource, receivedOn: string, filedOn: string | null, overdue: boolean, entity: { id: string, name: string } | null, township: { id: string, name: string } | null, transfer: { department: PartnerDepartment, status: TransferStatus } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ComplaintListQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ComplaintListQuery = { complaints: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, code: string, kind: ComplaintKind, channel: ComplaintChannel, status: ComplaintStatus, outcome: ComplaintOutcome, version: number, content: string, receivedOn: string, decidedOn: string | null, answeredOn: string | null, extended: boolean, overdue: boolean, nextStatuses: Array<ComplaintStatus>, complainant: { name: string | null, phone: string | null, idNumber: string | null, masked: boolean, anonymous: boolean }, maskedComplainant: { name: string | null, phone: string | null }, entity: { id: string, name: string }, township: { id: string, name: string }, clock: { deadline: string | null, status: EnforcementClockStatus }, case: { id: string, number: string | null, title: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RandomDrawDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type RandomDrawDetailQuery = { randomDraw: { id: string, title: string, drawnOn: string, drawnBy: string, seed: string, status: DrawStatus, publishedOn: string | null, populationCriteria: string, populationSize: number, poolCriteria: string, poolSize: number, entityCount: number, inspectorsPerEntity: number, inspectedCount: number, reproducible: boolean, items: Array<{ id: string, position: number, entity: { id: string, name: string } | null, inspectors: Array<{ id: string, name: string, unit: string }>, inspection: { id: string, inspectedOn: string, verdict: InspectionVerdict } | null }> } | null };

export type PublishDrawMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type PublishDrawMutation = { publishDraw: { id: string, status: DrawStatus, publishedOn: string | null } };

export type RandomDrawListQueryVariables = Exact<{
  filter?: RandomDrawFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RandomDrawListQuery = { randomDraws: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, title: string, drawnOn: string, status: DrawStatus, publishedOn: string | null, populationCriteria: string, populationSize: number, entityCount: number, inspectedCount: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type InspectionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionDetailQuery = { inspection: { id: string, townshipId: string, inspectedOn: string, kind: InspectionKind, verdict: InspectionVerdict, findings: string, rectificationDeadline: string | null, rectifiedOn: string | null, rectificationOverdue: boolean, publishedOn: string | null, entity: { id: string, name: string } | null, township: { id: string, name: string } | null, inspectors: Array<{ id: string, name: string }>, campaign: { id: string, name: string } | null, draw: { id: string, title: string } | null, cases: Array<{ id: string, number: string | null, title: string, status: CaseStatus, receivedOn: string }>, publicationClock: { status: EnforcementClockStatus, remaining: number | null, period: string } } | null };

export type InspectionListQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectionListQuery = { inspections: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, inspectedOn: string, kind: InspectionKind, verdict: InspectionVerdict, findings: string, rectificationDeadline: string | null, rectifiedOn: string | null, rectificationOverdue: boolean, publishedOn: string | null, township: { id: string, name: string } | null, entity: { id: string, name: string } | null, inspectors: Array<{ id: string, name: string }>, campaign: { id: string, name: string } | null, publicationClock: { status: EnforcementClockStatus, remaining: number | null, period: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type JointOperationListQueryVariables = Exact<{
  filter?: JointOperationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JointOperationListQuery = { jointOperations: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, title: string, departments: Array<PartnerDepartment>, startsOn: string, endsOn: string, scope: string, status: JointOperationStatus, entitiesInspected: number, problemsFound: number, summary: string | null, participants: Array<{ id: string, department: PartnerDepartment, confirmedOn: string | null, personnel: number, report: string | null, confirmedBy: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type DrawPopulationQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DrawPopulationQuery = { entities: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, township: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type RunDrawMutationVariables = Exact<{
  input: RandomDrawInput;
}>;


export type RunDrawMutation = { runDraw: { id: string } };

export type SeizedItemListQueryVariables = Exact<{
  filter?: SeizedItemFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SeizedItemListQuery = { seizedItems: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, name: string, quantity: number, unit: string, measure: SeizureKind, seizedOn: string, status: SeizedItemStatus, custodian: string, location: string, extended: boolean, version: number, releasedOn: string | null, case: { id: string, title: string }, clock: { status: EnforcementClockStatus, deadline: string | null, remaining: number | null, period: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type TransferListQueryVariables = Exact<{
  filter?: TransferFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TransferListQuery = { transfers: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, department: PartnerDepartment, kind: TransferKind, transferredOn: string, reason: string, receivedBy: string | null, outcomeNote: string | null, partnerCaseNumber: string | null, status: TransferStatus, receivedOn: string | null, receiptNumber: string | null, outcome: TransferOutcome | null, answeredOn: string | null, answerClock: { status: EnforcementClockStatus, remaining: number | null, period: string } | null, case: { id: string, number: string | null, title: string, entity: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type InspectionPrintQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionPrintQuery = { inspection: { id: string, inspectedOn: string, kind: InspectionKind, verdict: InspectionVerdict, findings: string, rectificationDeadline: string | null, rectifiedOn: string | null, publishedOn: string | null, entity: { id: string, name: string, address: string, legalRepresentative: string, phone: string | null } | null, township: { id: string, name: string } | null, inspectors: Array<{ id: string, name: string, badgeNumber: string }>, campaign: { id: string, name: string } | null } | null };

export type CaseOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  entityId?: string | number | null | undefined;
}>;


export type CaseOptionsQuery = { cases: { nodes: Array<{ id: string, number: string | null, title: string }> } | null };

export type CaseRowFragment = { id: string, number: string | null, title: string, status: CaseStatus, receivedOn: string };

export type EntityOptionsQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
}>;


export type EntityOptionsQuery = { entities: { nodes: Array<{ id: string, name: string, township: { id: string, name: string } }> } | null };

export type AuditPageFieldsFragment = { nodes: Array<{ id: string, at: string, kind: AuditKind, recordType: string, recordId: string, parentId: string | null, operation: string | null, action: string | null, cursor: string, actor: { username: string, name: string, role: string, department: string | null }, changes: Array<{ field: string, label: string | null, from: string | null, to: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_ArticleConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_AttendanceConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_CampaignConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_CaseConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_ComplaintConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_ConsultationConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_ConsumerRequestConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_DisposalConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_DrillConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_DutyConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_EntityConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_HazardConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_HazardInvestigationConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_IncidentConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_InfantFormulaBatchConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_InspectionConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_InspectorConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_JointOperationConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_NoticeConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_OfficerAttendanceConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_OfficerTrainingHoursConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_OfficialConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_OpinionEventConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_OutreachEventConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_RandomDrawConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_ReminderDeliveryConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_RiskConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_SampleConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_SamplingPlanConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_SeizedItemConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_TrainingAssessmentConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_TrainingSessionConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_TransferConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_VillageReportConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type Paging_WorkshopUpgradeConnection_Fragment = { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type PagingFragment =
  | Paging_ArticleConnection_Fragment
  | Paging_AttendanceConnection_Fragment
  | Paging_CampaignConnection_Fragment
  | Paging_CaseConnection_Fragment
  | Paging_ComplaintConnection_Fragment
  | Paging_ConsultationConnection_Fragment
  | Paging_ConsumerRequestConnection_Fragment
  | Paging_DisposalConnection_Fragment
  | Paging_DrillConnection_Fragment
  | Paging_DutyConnection_Fragment
  | Paging_EntityConnection_Fragment
  | Paging_HazardConnection_Fragment
  | Paging_HazardInvestigationConnection_Fragment
  | Paging_IncidentConnection_Fragment
  | Paging_InfantFormulaBatchConnection_Fragment
  | Paging_InspectionConnection_Fragment
  | Paging_InspectorConnection_Fragment
  | Paging_JointOperationConnection_Fragment
  | Paging_NoticeConnection_Fragment
  | Paging_OfficerAttendanceConnection_Fragment
  | Paging_OfficerTrainingHoursConnection_Fragment
  | Paging_OfficialConnection_Fragment
  | Paging_OpinionEventConnection_Fragment
  | Paging_OutreachEventConnection_Fragment
  | Paging_RandomDrawConnection_Fragment
  | Paging_ReminderDeliveryConnection_Fragment
  | Paging_RiskConnection_Fragment
  | Paging_SampleConnection_Fragment
  | Paging_SamplingPlanConnection_Fragment
  | Paging_SeizedItemConnection_Fragment
  | Paging_TrainingAssessmentConnection_Fragment
  | Paging_TrainingSessionConnection_Fragment
  | Paging_TransferConnection_Fragment
  | Paging_VillageReportConnection_Fragment
  | Paging_WorkshopUpgradeConnection_Fragment
;

export type EntityRefFragment = { id: string, name: string };

export type TownshipRefFragment = { id: string, name: string };

export type VisibleVillagesQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibleVillagesQuery = { villages: Array<{ id: string, name: string, kind: VillageKind, township: { id: string, name: string } }> };

export type TownshipOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipOptionsQuery = { townships: Array<{ id: string, name: string, kind: TownshipKind }> | null };

export const InspectionStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicationClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<InspectionStepFieldsFragment, unknown>;
export const SeizedItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeizedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeizedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"seizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"custodian"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"releasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<SeizedItemFieldsFragment, unknown>;
export const CaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]} as unknown as DocumentNode<CaseRowFragment, unknown>;
export const AuditPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AuditPageFieldsFragment, unknown>;
export const PagingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PagingFragment, unknown>;
export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const TownshipRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<TownshipRefFragment, unknown>;
export const CaseAuditTrailDocument = {"__meta__":{"hash":"sha256:b62ac1b82952dc236d67fef5d2208e59d68eabd47fb4914fb1506a4c5ecf6db5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<CaseAuditTrailQuery, CaseAuditTrailQueryVariables>;
export const EnforcementCampaignOptionsDocument = {"__meta__":{"hash":"sha256:f991bb9c8f9b93f0be78ddc1d51d0334eaae4ab801fa72cb8dab3a13d23dd3be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnforcementCampaignOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<EnforcementCampaignOptionsQuery, EnforcementCampaignOptionsQueryVariables>;
export const MoveCaseDocument = {"__meta__":{"hash":"sha256:b7c89e4aebf9d95a1afcd7a8988582f1860096ea9d6e07dbc05c3ffcf2be2bc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveCaseMutation, MoveCaseMutationVariables>;
export const PauseCaseClockDocument = {"__meta__":{"hash":"sha256:9a37411240c4a1d710b0798556f089815bb743df3b0b9b33c943a4b1687c21bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseCaseClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CasePauseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCaseClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PauseCaseClockMutation, PauseCaseClockMutationVariables>;
export const ResumeCaseClockDocument = {"__meta__":{"hash":"sha256:47e990cb66c197358bb929b148ff76ad2cb91cc3594eed298b90dbfcddb9b26e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCaseClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseResumeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCaseClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResumeCaseClockMutation, ResumeCaseClockMutationVariables>;
export const ExtendCaseClockDocument = {"__meta__":{"hash":"sha256:ee3530b7394de039f73dba9933fff9212cc8c7ad27c487443189be16a8a52f9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendCaseClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendCaseClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ExtendCaseClockMutation, ExtendCaseClockMutationVariables>;
export const UpdateCaseDocument = {"__meta__":{"hash":"sha256:4098f3917318996f03567492e8baf7966a9454f8b71d115f5dcac72638f431a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const UpdatePenaltyProgressDocument = {"__meta__":{"hash":"sha256:8a8729eda5b54f1e7f16f4dad8bd5803b5c1358216875deb1cf16e804f21cb2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePenaltyProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePenaltyProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePenaltyProgressMutation, UpdatePenaltyProgressMutationVariables>;
export const MoveComplaintDocument = {"__meta__":{"hash":"sha256:c0bf170e9bfd1fc1b68d7f8aa920894d26a8402a5356c7185a755b06afcccbc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveComplaintMutation, MoveComplaintMutationVariables>;
export const ExtendComplaintClockDocument = {"__meta__":{"hash":"sha256:34de3d3f9bb3179a096d26a0f3e6363121cabf0ffb4a7bbeaf0d0c4403bac5ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendComplaintClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendComplaintClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ExtendComplaintClockMutation, ExtendComplaintClockMutationVariables>;
export const UpdateComplaintDocument = {"__meta__":{"hash":"sha256:95a0cbc0874e57e46e56d72ec4367e794cc5c4ec35f750b3d162ca2a744f7e29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateComplaintMutation, UpdateComplaintMutationVariables>;
export const PublishInspectionDocument = {"__meta__":{"hash":"sha256:e3c712ebe969fd57665fd728f8688bac380d38d1e2c2be5db4e6baea493f2bc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<PublishInspectionMutation, PublishInspectionMutationVariables>;
export const RecordRectificationDocument = {"__meta__":{"hash":"sha256:c302bc48f79d11c9a9d23c6162d6c26fff3297a579523b02ceb6807659cf26b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"rectifiedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}}]}}]}}]} as unknown as DocumentNode<RecordRectificationMutation, RecordRectificationMutationVariables>;
export const CreateCampaignDocument = {"__meta__":{"hash":"sha256:1e26d1bb0726cca5becd3da62e13e77f20abae35a8accc8575f8def13def40f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const CreateClueDocument = {"__meta__":{"hash":"sha256:539a96b1f732366823efd88d39ff26244ac5902a96bcced4f02741141cdfefc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateClueMutation, CreateClueMutationVariables>;
export const CreateComplaintDocument = {"__meta__":{"hash":"sha256:0b331e861a6ce36ff18065f87252a71727537dc8e09656b7f07e3db02fdfb136"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateComplaintMutation, CreateComplaintMutationVariables>;
export const CreateInspectionDocument = {"__meta__":{"hash":"sha256:2c20a2d3c0d4408800ca113f7eb008382e6be160a2f38d6539b4b75483ad3fa2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateInspectionMutation, CreateInspectionMutationVariables>;
export const CreateJointOperationDocument = {"__meta__":{"hash":"sha256:2380f9c6ed9f172aaa8e88d07be991f2118ef4af389cf47b1801e82dcbfef6b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJointOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JointOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJointOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateJointOperationMutation, CreateJointOperationMutationVariables>;
export const UpdateJointOperationDocument = {"__meta__":{"hash":"sha256:fec49a8d4e0cabcbe27bf6bc3dcc343d5680cc2945fbecaeea2761dc675ac44c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateJointOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JointOperationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJointOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateJointOperationMutation, UpdateJointOperationMutationVariables>;
export const ConfirmJointOperationDocument = {"__meta__":{"hash":"sha256:195960b521731d1091c417852189adda46429444d16125ecfa4fc4654419fb6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmJointOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JointOperationConfirmationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmJointOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConfirmJointOperationMutation, ConfirmJointOperationMutationVariables>;
export const RecordSeizureDocument = {"__meta__":{"hash":"sha256:50325a927c51846e44a579cdb5c3d7691dd2153963dc9153a928a371a588ccd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSeizure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeizedItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSeizure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordSeizureMutation, RecordSeizureMutationVariables>;
export const UpdateSeizedItemDocument = {"__meta__":{"hash":"sha256:b3bfa219a9f1e5fec6bd21c178d191b20469de2fc4ea346e21c2b82e9fdc2b67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSeizedItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeizedItemUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSeizedItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSeizedItemMutation, UpdateSeizedItemMutationVariables>;
export const ClueSourcesDocument = {"__meta__":{"hash":"sha256:c7441262b6da9ee5af0ee32d43ec9756d4c3efe681463069c75f9ef9601fb789"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClueSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inspections"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disposals"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inspections"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"verdict"},"value":{"kind":"EnumValue","value":"UNQUALIFIED"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disposals"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"disposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClueSourcesQuery, ClueSourcesQueryVariables>;
export const ClueOpinionEventsDocument = {"__meta__":{"hash":"sha256:11614da0ff2403c6c4719ed081b4a596c80f7b2147c6613af77d345b0afd8a73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClueOpinionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClueOpinionEventsQuery, ClueOpinionEventsQueryVariables>;
export const ReceiveTransferDocument = {"__meta__":{"hash":"sha256:3bcdb0a7b32c4d5fe50e24d9a5dc5482fd757dbc4aec1458d4fc031dacff6962"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}}]}}]}}]} as unknown as DocumentNode<ReceiveTransferMutation, ReceiveTransferMutationVariables>;
export const AnswerTransferDocument = {"__meta__":{"hash":"sha256:df7664eea1857b71bff72b61b50cb6d4e95a5ef9392d297cb71f0be738e44d20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCaseNumber"}}]}}]}}]} as unknown as DocumentNode<AnswerTransferMutation, AnswerTransferMutationVariables>;
export const EnforcementInspectorsDocument = {"__meta__":{"hash":"sha256:61c818a3ce2b692dab372f812ee9ba4ffe8d77463a0b42cf50096ed36a117651"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnforcementInspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}}]}}]}}]}}]} as unknown as DocumentNode<EnforcementInspectorsQuery, EnforcementInspectorsQueryVariables>;
export const CampaignListDocument = {"__meta__":{"hash":"sha256:63eadf2bea15f3f341e5193291dec5f2c173a6869839cb3651e729932e67ff84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<CampaignListQuery, CampaignListQueryVariables>;
export const CaseDetailDocument = {"__meta__":{"hash":"sha256:46cf9b490a898b19e3c86b6b3f6abaf49666600241987bd3a7029113d267139b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"filingExtended"}},{"kind":"Field","name":{"kind":"Name","value":"decisionExtended"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureau"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureau"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureau"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureau"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureau"}}}]}]}]}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pausedDays"}},{"kind":"Field","name":{"kind":"Name","value":"calendarNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"fine"}},{"kind":"Field","name":{"kind":"Name","value":"confiscatedGains"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"copiedToProcuratorate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"answerClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"seizedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeizedItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeizedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeizedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"seizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"custodian"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"releasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseListDocument = {"__meta__":{"hash":"sha256:2c8886fea3672f2f34749a25ae32aa386a552ef31a08fc29942598e85f6ef741"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
export const ComplaintListDocument = {"__meta__":{"hash":"sha256:e559da8e95e98434fd96af60848a496063a4d316e163eecf9228b8b7b820c98d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"maskedComplainant"},"name":{"kind":"Name","value":"complainant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"masked"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ComplaintListQuery, ComplaintListQueryVariables>;
export const RandomDrawDetailDocument = {"__meta__":{"hash":"sha256:11e4ae812d79890618a24163ca66bf5b797ceb7de8fef0883d831870e6d41a61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RandomDrawDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"randomDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"drawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"drawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"populationCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"poolCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsPerEntity"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reproducible"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<RandomDrawDetailQuery, RandomDrawDetailQueryVariables>;
export const PublishDrawDocument = {"__meta__":{"hash":"sha256:0cf92b3fbc97971d2ae26ba026d8cd12fbf93f2d23f54fe89f8233d6a04c90fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<PublishDrawMutation, PublishDrawMutationVariables>;
export const RandomDrawListDocument = {"__meta__":{"hash":"sha256:3fedb51582a80aa1270fe13c82d903f188862b73cc4177c6cd8b155362807469"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RandomDrawList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RandomDrawFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"randomDraws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"drawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"populationCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"populationSize"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<RandomDrawListQuery, RandomDrawListQueryVariables>;
export const InspectionDetailDocument = {"__meta__":{"hash":"sha256:3d1b98e8cfa048f2a0b87c56fec3b341448379c36efcf548b3a0151cfcbe740c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRow"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicationClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<InspectionDetailQuery, InspectionDetailQueryVariables>;
export const InspectionListDocument = {"__meta__":{"hash":"sha256:0495d755be30ada46e878dcd8a01b92d8db49347b04a3546d46c4fc334ffa63f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionStepFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicationClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<InspectionListQuery, InspectionListQueryVariables>;
export const JointOperationListDocument = {"__meta__":{"hash":"sha256:648c5aed39bcd0803af2bc2ee9503821873d582341ab0eab0f06dec896481f90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointOperationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JointOperationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitiesInspected"}},{"kind":"Field","name":{"kind":"Name","value":"problemsFound"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedOn"}},{"kind":"Field","name":{"kind":"Name","value":"personnel"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<JointOperationListQuery, JointOperationListQueryVariables>;
export const DrawPopulationDocument = {"__meta__":{"hash":"sha256:da22684bb471cb590a57d5f0ed670fa1e87ad591b262c94cd9fdb7105a6584a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawPopulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<DrawPopulationQuery, DrawPopulationQueryVariables>;
export const RunDrawDocument = {"__meta__":{"hash":"sha256:457629b94aaf0cdf728ab42b3406a98501980e2e3a6c44548341a6c46170ed00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RandomDrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RunDrawMutation, RunDrawMutationVariables>;
export const SeizedItemListDocument = {"__meta__":{"hash":"sha256:2788835bffb9a2b62fc0a37116eb58fe75adfd91c30e2f9c4822e06e4e4cf109"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeizedItemList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SeizedItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seizedItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeizedItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeizedItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeizedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"seizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"custodian"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"releasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<SeizedItemListQuery, SeizedItemListQueryVariables>;
export const TransferListDocument = {"__meta__":{"hash":"sha256:30e81e078e941d83317fc2fc14b40403ca76ee8d70a8fb17a755c151dcad0c68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<TransferListQuery, TransferListQueryVariables>;
export const InspectionPrintDocument = {"__meta__":{"hash":"sha256:a0cf14bf2285c991e1cbeb8dff59e46679385d1568eeeff373eef2db72c656a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionPrint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<InspectionPrintQuery, InspectionPrintQueryVariables>;
export const CaseOptionsDocument = {"__meta__":{"hash":"sha256:e27ec116c8afdeb7b46cba93006201aca5e5d347dfa669257b8a33574538dffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOptionsQuery, CaseOptionsQueryVariables>;
export const EntityOptionsDocument = {"__meta__":{"hash":"sha256:e09ac7c097b2dabb63d14e98e88c68184091e52a071abf32d71bdafd484423c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityOptionsQuery, EntityOptionsQueryVariables>;
export const VisibleVillagesDocument = {"__meta__":{"hash":"sha256:4b22fecefa11e868281405962efb3df352df43b624a17631c11ee70625538605"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleVillages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<VisibleVillagesQuery, VisibleVillagesQueryVariables>;
export const TownshipOptionsDocument = {"__meta__":{"hash":"sha256:c35371ba8aae1aa9f567d502abf3611690b8947de83ee15fe55af1f163d8b1e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<TownshipOptionsQuery, TownshipOptionsQueryVariables>;