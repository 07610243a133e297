/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AssignmentInput = {
  endsOn?: string | null | undefined;
  entityId: string | number;
  officialId: string | number;
  startsOn: string;
};

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

/** 登记主体 */
export type EntityInput = {
  address: string;
  category: EntityCategory;
  creditCode: string;
  legalRepresentative: string;
  name: string;
  phone?: string | null | undefined;
  /** 默认 OPERATING(在营) */
  status?: EntityStatus | null | undefined;
  townshipId: string | number;
  /** 所在村(社区)代码;须属于所在乡镇(街道) */
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

/** 修改主体(统一社会信用代码不可修改) */
export type EntityUpdateInput = {
  address?: string | null | undefined;
  category?: EntityCategory | null | undefined;
  legalRepresentative?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  status?: EntityStatus | null | undefined;
  townshipId?: string | number | null | undefined;
  /** 读到的主体版本号(Entity.version);他人已修改则为 CONFLICT,不写入 */
  version?: number | null | undefined;
  /** 所在村(社区)代码;不传不变,传 null 清除;改乡镇(街道)而不传时清除 */
  villageId?: string | number | null | undefined;
};

/** 登记隐患(所属乡镇(街道)取自主体登记信息) */
export type HazardInput = {
  /** 由此移交的执法线索或案件 */
  caseId?: string | number | null | undefined;
  /** 隐患描述 */
  description: string;
  /** 隐患所在主体 */
  entityId: string | number;
  /** 发现日期 */
  foundOn: string;
  /** 所属排查 */
  investigationId: string | number;
  /** 整改期限 */
  rectifyBy: string;
  /** 所属风险 */
  riskId?: string | number | null | undefined;
  /** 可不填;填写时须与主体登记的乡镇(街道)一致 */
  townshipId?: string | number | null | undefined;
  /** 由村(社区)报告转来时:报告ID(由报告的分办写入) */
  villageReportId?: string | number | null | undefined;
};

/** 隐患排查筛选 */
export type HazardInvestigationFilter = {
  /** 主题或编号包含 */
  search?: string | null | undefined;
  status?: InvestigationStatus | null | undefined;
  /** 涉及该乡镇(街道) */
  townshipId?: string | number | null | undefined;
  /** 开始日期所在年度 */
  year?: number | null | undefined;
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

/** 隐患排查状态 */
export type InvestigationStatus =
  /** 已结束 */
  | 'FINISHED'
  /** 排查中 */
  | 'ONGOING'
  /** 计划中 */
  | 'PLANNED';

export type LicenseInput = {
  entityId: string | number;
  issuedOn: string;
  kind: LicenseKind;
  number: string;
  validUntil: string;
};

/** 许可证类型 */
export type LicenseKind =
  /** 食品经营许可证 */
  | 'BUSINESS'
  /** 食品生产许可证 */
  | 'PRODUCTION'
  /** 小作坊登记证 */
  | 'SMALL_WORKSHOP';

export type NoticeFilter = {
  kind?: NoticeKind | null | undefined;
  townshipId?: string | number | null | undefined;
  year?: number | null | undefined;
};

export type NoticeInput = {
  content: string;
  dueOn?: string | null | undefined;
  kind: NoticeKind;
  sentOn: string;
  title: string;
  townshipId: string | number;
};

/** 函件类型 */
export type NoticeKind =
  /** 提示函 */
  | 'PROMPT_LETTER'
  /** 整改通知 */
  | 'RECTIFICATION_NOTICE'
  /** 督办函 */
  | 'SUPERVISION_LETTER';

/** 包保干部层级 */
export type OfficialLevel =
  /** 区级 */
  | 'DISTRICT'
  /** 乡镇级 */
  | 'TOWNSHIP'
  /** 村(社区)级 */
  | 'VILLAGE';

/** 风险分级评定;等级由规则计算,不可指定 */
export type RiskAssessmentInput = {
  assessedOn: string;
  dynamicScore: number;
  entityId: string | number;
  staticScore: number;
  year: number;
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

/** 样品状态 */
export type SampleStatus =
  /** 已处置 */
  | 'DISPOSED'
  /** 核查处置 */
  | 'DISPOSING'
  /** 已公开 */
  | 'PUBLISHED'
  /** 合格 */
  | 'QUALIFIED'
  /** 复检中 */
  | 'RECHECKING'
  /** 已抽样 */
  | 'SAMPLED'
  /** 检验中 */
  | 'TESTING'
  /** 不合格 */
  | 'UNQUALIFIED';

/** 乡镇(街道)类型 */
export type TownshipKind =
  /** 街道 */
  | 'SUBDISTRICT'
  /** 镇 */
  | 'TOWN'
  /** 乡 */
  | 'TOWNSHIP';

/** 检验结论 */
export type Verdict =
  /** 合格 */
  | 'QUALIFIED'
  /** 不合格 */
  | 'UNQUALIFIED';

/** 村(社区)类型 */
export type VillageKind =
  /** 社区 */
  | 'COMMUNITY'
  /** 村 */
  | 'VILLAGE';

/** 村(社区)报告筛选 */
export type VillageReportFilter = {
  entityId?: string | number | null | undefined;
  kind?: VillageReportKind | null | undefined;
  /** true:待分办且已超过分办期限;false:其余 */
  overdue?: boolean | null | undefined;
  status?: VillageReportStatus | null | undefined;
  townshipId?: string | number | null | undefined;
  villageId?: string | number | null | undefined;
};

/** 村(社区)报告 */
export type VillageReportInput = {
  /** 所见情况 */
  description: string;
  /** 本村(社区)已登记的主体;与 entityName 二选一 */
  entityId?: string | number | null | undefined;
  /** 未登记(或找不到)的主体名称 */
  entityName?: string | null | undefined;
  kind: VillageReportKind;
  photos?: Array<VillageReportPhotoInput> | null | undefined;
};

/** 村(社区)报告类型 */
export type VillageReportKind =
  /** 线索 */
  | 'CLUE'
  /** 隐患 */
  | 'HAZARD';

/** 照片(Base64,JPEG/PNG/WebP;每张不超过700KB,合计不超过720KB,最多6张) */
export type VillageReportPhotoInput = {
  /** image/jpeg、image/png 或 image/webp */
  contentType: string;
  /** 照片内容的 Base64(可带 data:…;base64, 前缀) */
  dataBase64: string;
};

/** 村(社区)报告分办状态 */
export type VillageReportStatus =
  /** 已转线索 */
  | 'CLUE'
  /** 不予处理 */
  | 'DISMISSED'
  /** 已转隐患 */
  | 'HAZARD'
  /** 待分办 */
  | 'PENDING';

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

export type VisitInput = {
  assignmentId: string | number;
  findings: string;
  visitedOn: string;
};

export type EntityAuditTrailQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntityAuditTrailQuery = { auditTrail: { entities: { nodes: Array<{ id: string, at: string, kind: AuditKind, recordType: string, recordId: string, parentId: string | null, operation: string | null, action: string | null, cursor: string, actor: { username: string, name: string, role: string, department: string | null }, changes: Array<{ field: string, label: string | null, from: string | null, to: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type AddLicenseMutationVariables = Exact<{
  input: LicenseInput;
}>;


export type AddLicenseMutation = { addLicense: { id: string, kind: LicenseKind, number: string, issuedOn: string, validUntil: string, expired: boolean } };

export type AssessRiskMutationVariables = Exact<{
  input: RiskAssessmentInput;
}>;


export type AssessRiskMutation = { assessRisk: { id: string, grade: RiskGrade, totalScore: number } };

export type AssignOfficialMutationVariables = Exact<{
  input: AssignmentInput;
}>;


export type AssignOfficialMutation = { assignOfficial: { id: string } };

export type RecordVisitMutationVariables = Exact<{
  input: VisitInput;
}>;


export type RecordVisitMutation = { recordVisit: { id: string } };

export type AssignableOfficialsQueryVariables = Exact<{
  townshipId: string | number;
}>;


export type AssignableOfficialsQuery = { district: { nodes: Array<{ id: string, name: string, title: string, level: OfficialLevel }> } | null, local: { nodes: Array<{ id: string, name: string, title: string, level: OfficialLevel }> } | null };

export type EntityRegisterQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntityRegisterQuery = { entities: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ riskGrade: RiskGrade | null, id: string, name: string, creditCode: string, category: EntityCategory, status: EntityStatus, address: string, legalRepresentative: string, phone: string | null, township: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type MyVillageReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyVillageReportsQuery = { villageReports: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, kind: VillageReportKind, entityName: string, description: string, receivedAt: string, dueOn: string, status: VillageReportStatus, dismissReason: string | null, hazardId: string | null, caseId: string | null, triagedAt: string | null, photos: Array<{ index: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordNoticeReplyMutationVariables = Exact<{
  id: string | number;
  repliedOn: string;
  reply: string;
}>;


export type RecordNoticeReplyMutation = { recordNoticeReply: { id: string, repliedOn: string | null, reply: string | null } };

export type SendNoticeMutationVariables = Exact<{
  input: NoticeInput;
}>;


export type SendNoticeMutation = { sendNotice: { id: string, number: string } };

export type GradingRuleQueryVariables = Exact<{ [key: string]: never; }>;


export type GradingRuleQuery = { gradingRule: { aMax: number, bMax: number, cMax: number, inspectionsPerYear: Array<{ grade: RiskGrade, min: number, max: number }> } | null };

export type UpdateGradingRuleMutationVariables = Exact<{
  aMax: number;
  bMax: number;
  cMax: number;
}>;


export type UpdateGradingRuleMutation = { updateGradingRule: { aMax: number, bMax: number, cMax: number } };

export type VillageReportSettingQueryVariables = Exact<{ [key: string]: never; }>;


export type VillageReportSettingQuery = { villageReportSetting: { triageWorkingDays: number, updatedBy: string | null, updatedAt: string } };

export type SetVillageReportTriageDaysMutationVariables = Exact<{
  workingDays: number;
}>;


export type SetVillageReportTriageDaysMutation = { setVillageReportTriageDays: { triageWorkingDays: number } };

export type DismissVillageReportMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type DismissVillageReportMutation = { dismissVillageReport: { id: string, status: VillageReportStatus, version: number, dismissReason: string | null, hazardId: string | null, caseId: string | null, triagedBy: string | null, triagedAt: string | null } };

export type RecordHazardFromVillageReportMutationVariables = Exact<{
  input: HazardInput;
}>;


export type RecordHazardFromVillageReportMutation = { recordHazard: { id: string } };

export type CreateClueFromVillageReportMutationVariables = Exact<{
  input: ClueInput;
}>;


export type CreateClueFromVillageReportMutation = { createClue: { id: string } };

export type TurnVillageReportIntoHazardMutationVariables = Exact<{
  id: string | number;
  version: number;
  hazardId: string | number;
}>;


export type TurnVillageReportIntoHazardMutation = { turnVillageReportIntoHazard: { id: string, status: VillageReportStatus, version: number, dismissReason: string | null, hazardId: string | null, caseId: string | null, triagedBy: string | null, triagedAt: string | null } };

export type TurnVillageReportIntoClueMutationVariables = Exact<{
  id: string | number;
  version: number;
  caseId: string | number;
}>;


export type TurnVillageReportIntoClueMutation = { turnVillageReportIntoClue: { id: string, status: VillageReportStatus, version: number, dismissReason: string | null, hazardId: string | null, caseId: string | null, triagedBy: string | null, triagedAt: string | null } };

export type TriageInvestigationsQueryVariables = Exact<{
  filter?: HazardInvestigationFilter | null | undefined;
}>;


export type TriageInvestigationsQuery = { hazardInvestigations: { nodes: Array<{ id: string, code: string, theme: string, status: InvestigationStatus }> } };

export type VillageEntityOptionsQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type VillageEntityOptionsQuery = { entities: { totalCount: number, nodes: Array<{ id: string, name: string, address: string }> } | null };

export type ReportFromVillageMutationVariables = Exact<{
  input: VillageReportInput;
}>;


export type ReportFromVillageMutation = { reportFromVillage: { id: string, status: VillageReportStatus, dueOn: string } };

export type AssignmentScheduleFieldsFragment = { id: string, startsOn: string, endsOn: string | null, visitsPerYear: number, lastVisitOn: string | null, nextVisitDue: string | null, visitOverdue: boolean };

export type LicenseFieldsFragment = { id: string, kind: LicenseKind, number: string, issuedOn: string, validUntil: string, expired: boolean };

export type NoticeFieldsFragment = { id: string, kind: NoticeKind, number: string, title: string, sentOn: string, dueOn: string | null, content: string, repliedOn: string | null, reply: string | null };

export type EntityRecordFieldsFragment = { id: string, name: string, creditCode: string, category: EntityCategory, status: EntityStatus, address: string, legalRepresentative: string, phone: string | null, township: { id: string, name: string } };

export type TriageOutcomeFieldsFragment = { id: string, status: VillageReportStatus, version: number, dismissReason: string | null, hazardId: string | null, caseId: string | null, triagedBy: string | null, triagedAt: string | null };

export type EntityForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityForEditQuery = { entity: { version: number, id: string, name: string, creditCode: string, category: EntityCategory, status: EntityStatus, address: string, legalRepresentative: string, phone: string | null, township: { id: string, name: string } } | null };

export type CreateEntityMutationVariables = Exact<{
  input: EntityInput;
}>;


export type CreateEntityMutation = { createEntity: { id: string } };

export type UpdateEntityMutationVariables = Exact<{
  id: string | number;
  input: EntityUpdateInput;
}>;


export type UpdateEntityMutation = { updateEntity: { version: number, id: string, name: string, creditCode: string, category: EntityCategory, status: EntityStatus, address: string, legalRepresentative: string, phone: string | null, township: { id: string, name: string } } };

export type EntityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailQuery = { entity: { riskGrade: RiskGrade | null, createdAt: string, updatedAt: string, id: string, name: string, creditCode: string, category: EntityCategory, status: EntityStatus, address: string, legalRepresentative: string, phone: string | null, licenses: Array<{ id: string, kind: LicenseKind, number: string, issuedOn: string, validUntil: string, expired: boolean }>, riskAssessments: Array<{ id: string, year: number, staticScore: number, dynamicScore: number, totalScore: number, grade: RiskGrade, assessedOn: string, assessor: string }>, assignments: Array<{ id: string, startsOn: string, endsOn: string | null, visitsPerYear: number, lastVisitOn: string | null, nextVisitDue: string | null, visitOverdue: boolean, official: { id: string, name: string, title: string, level: OfficialLevel } }>, visits: Array<{ id: string, visitedOn: string, findings: string, official: { id: string, name: string } }>, samples: { totalCount: number, nodes: Array<{ id: string, number: string, foodName: string, sampledOn: string, status: SampleStatus, verdict: Verdict | null }> } | null, inspections: Array<{ id: string, inspectedOn: string, kind: InspectionKind, verdict: InspectionVerdict, rectificationDeadline: string | null, rectifiedOn: string | null }> | null, cases: Array<{ id: string, number: string | null, title: string, status: CaseStatus, receivedOn: string }> | null, township: { id: string, name: string } } | null };

export type NoticeListQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NoticeListQuery = { notices: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, kind: NoticeKind, number: string, title: string, sentOn: string, dueOn: string | null, content: string, repliedOn: string | null, reply: string | null, township: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ResponsibilityOverviewQueryVariables = Exact<{
  year: number;
}>;


export type ResponsibilityOverviewQuery = { responsibilityOverview: { year: number, leaders: number, entitiesCovered: number, visits: number, overdueAssignments: number, officials: Array<{ id: string, name: string, title: string, level: OfficialLevel, township: { id: string, name: string } | null, assignments: Array<{ id: string, startsOn: string, endsOn: string | null, visitsPerYear: number, lastVisitOn: string | null, nextVisitDue: string | null, visitOverdue: boolean, entity: { riskGrade: RiskGrade | null, id: string, name: string } }> }> } | null };

export type TownshipDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TownshipDetailQuery = { township: { id: string, name: string, kind: TownshipKind, entityCount: number, supervisionRounds: Array<{ id: string, year: number, batch: number, inspectedOn: string, findings: string }>, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, sentOn: string, dueOn: string | null }> } | null };

export type TownshipListQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipListQuery = { townships: Array<{ id: string, name: string, kind: TownshipKind, entityCount: number }> | null };

export type VillageQueueQueryVariables = Exact<{
  filter?: VillageReportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VillageQueueQuery = { villageReports: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ kind: VillageReportKind, entityName: string, description: string, reporterName: string, receivedAt: string, receivedOn: string, dueOn: string, overdue: boolean, id: string, status: VillageReportStatus, version: number, dismissReason: string | null, hazardId: string | null, caseId: string | null, triagedBy: string | null, triagedAt: string | null, village: { id: string, name: string }, township: { id: string, name: string }, entity: { id: string, name: string } | null, photos: Array<{ index: number, size: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VillageOptionsQueryVariables = Exact<{
  townshipId?: string | number | null | undefined;
}>;


export type VillageOptionsQuery = { villages: Array<{ id: string, name: string }> };

export type NoticePrintQueryVariables = Exact<{
  townshipId: string | number;
}>;


export type NoticePrintQuery = { township: { id: string, name: string, notices: Array<{ id: string, kind: NoticeKind, number: string, title: string, sentOn: string, dueOn: string | null, content: string, repliedOn: string | null, reply: string | null }> } | null };

export type StationChecklistFieldsFragment = { id: string, version: number, updatedAt: string, checklistDone: number, checklist: Array<{ key: string, label: string, done: boolean, doneOn: string | null }> };

export type SupervisionStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionStationsQuery = { supervisionStations: Array<{ name: string, id: string, version: number, updatedAt: string, checklistDone: number, townships: Array<{ id: string, name: string }>, officers: Array<{ name: string, title: string }>, checklist: Array<{ key: string, label: string, done: boolean, doneOn: string | null }> }> };

export type SetStationChecklistItemMutationVariables = Exact<{
  stationId: string | number;
  version: number;
  key: string;
  done: boolean;
  doneOn?: string | null | undefined;
}>;


export type SetStationChecklistItemMutation = { setStationChecklistItem: { id: string, version: number, updatedAt: string, checklistDone: number, checklist: Array<{ key: string, label: string, done: boolean, doneOn: string | null }> } };

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

export const AssignmentScheduleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextVisitDue"}},{"kind":"Field","name":{"kind":"Name","value":"visitOverdue"}}]}}]} as unknown as DocumentNode<AssignmentScheduleFieldsFragment, unknown>;
export const LicenseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]} as unknown as DocumentNode<LicenseFieldsFragment, unknown>;
export const NoticeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]} as unknown as DocumentNode<NoticeFieldsFragment, unknown>;
export const TownshipRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<TownshipRefFragment, unknown>;
export const EntityRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRecordFieldsFragment, unknown>;
export const TriageOutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VillageReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"triagedBy"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}}]}}]} as unknown as DocumentNode<TriageOutcomeFieldsFragment, unknown>;
export const StationChecklistFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionStation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklistDone"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}}]}}]}}]} as unknown as DocumentNode<StationChecklistFieldsFragment, unknown>;
export const CaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]} as unknown as DocumentNode<CaseRowFragment, unknown>;
export const AuditPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AuditPageFieldsFragment, unknown>;
export const PagingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PagingFragment, unknown>;
export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const EntityAuditTrailDocument = {"__meta__":{"hash":"sha256:4b92b6ae7a688b4aad63db5f23842bb52a70452949a5e818a178bd6a41b9dd8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<EntityAuditTrailQuery, EntityAuditTrailQueryVariables>;
export const AddLicenseDocument = {"__meta__":{"hash":"sha256:ec22116c64a53d93e928ff3c0e9cff5e1201da60674a3bda140033211627ca4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLicense"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LicenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLicense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LicenseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]} as unknown as DocumentNode<AddLicenseMutation, AddLicenseMutationVariables>;
export const AssessRiskDocument = {"__meta__":{"hash":"sha256:e0ee149f7191362765ae6bc17db3f74cd7cdcd64250493b28a58850ed81abefb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}}]}}]}}]} as unknown as DocumentNode<AssessRiskMutation, AssessRiskMutationVariables>;
export const AssignOfficialDocument = {"__meta__":{"hash":"sha256:e16542c4b70ed02144bee74df1e15d9f0a6326596832b282715fc02157500798"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignOfficialMutation, AssignOfficialMutationVariables>;
export const RecordVisitDocument = {"__meta__":{"hash":"sha256:3ef0b9b81d97df587d459f9262ba4db1a2e1c933bd0b6004d8baee42b7b1b765"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordVisitMutation, RecordVisitMutationVariables>;
export const AssignableOfficialsDocument = {"__meta__":{"hash":"sha256:3c21bac1570d24684527db431c692dc26854419b0381a420d5325f8d411391e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableOfficials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"district"},"name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DISTRICT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"local"},"name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"townshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<AssignableOfficialsQuery, AssignableOfficialsQueryVariables>;
export const EntityRegisterDocument = {"__meta__":{"hash":"sha256:720eb0f7d639e538a13f8300b09a42d66d02937b983ab76d9f2f65a49e5dc7e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]} as unknown as DocumentNode<EntityRegisterQuery, EntityRegisterQueryVariables>;
export const MyVillageReportsDocument = {"__meta__":{"hash":"sha256:a7d5a038d5eff3073fbe0679a4b00c5841e46055aadd09c9ec5b9591408ecf58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVillageReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<MyVillageReportsQuery, MyVillageReportsQueryVariables>;
export const RecordNoticeReplyDocument = {"__meta__":{"hash":"sha256:fd3ad037642a714fd5f41d21530c141606a46d7af6e7ac547203359fa605ec95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNoticeReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repliedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNoticeReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"repliedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repliedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]}}]} as unknown as DocumentNode<RecordNoticeReplyMutation, RecordNoticeReplyMutationVariables>;
export const SendNoticeDocument = {"__meta__":{"hash":"sha256:c448fe3ffef2a516215be37a9528fbceecc80b66395c5d1b9d8dc0e209164bd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<SendNoticeMutation, SendNoticeMutationVariables>;
export const GradingRuleDocument = {"__meta__":{"hash":"sha256:7351f1742997ef2a78083fbb5f4695741497b3eaaeb0ad21f05424c4a5113077"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradingRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradingRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aMax"}},{"kind":"Field","name":{"kind":"Name","value":"bMax"}},{"kind":"Field","name":{"kind":"Name","value":"cMax"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionsPerYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<GradingRuleQuery, GradingRuleQueryVariables>;
export const UpdateGradingRuleDocument = {"__meta__":{"hash":"sha256:5eee7fd10c5b99a88e2921d04df85850f1ada8d83996ed4616a03c7f5f49e050"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGradingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aMax"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bMax"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cMax"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGradingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aMax"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aMax"}}},{"kind":"Argument","name":{"kind":"Name","value":"bMax"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bMax"}}},{"kind":"Argument","name":{"kind":"Name","value":"cMax"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cMax"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aMax"}},{"kind":"Field","name":{"kind":"Name","value":"bMax"}},{"kind":"Field","name":{"kind":"Name","value":"cMax"}}]}}]}}]} as unknown as DocumentNode<UpdateGradingRuleMutation, UpdateGradingRuleMutationVariables>;
export const VillageReportSettingDocument = {"__meta__":{"hash":"sha256:bc3a7ef83d388b330909d4d0ccc195ab4da176be80eac528b2bb3e574370bba7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageReportSetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageReportSetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<VillageReportSettingQuery, VillageReportSettingQueryVariables>;
export const SetVillageReportTriageDaysDocument = {"__meta__":{"hash":"sha256:ba6e48d6af61a9f48bf5b1aae9cf9311232c0ea10329141a56ee879d7959ef49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetVillageReportTriageDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVillageReportTriageDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageWorkingDays"}}]}}]}}]} as unknown as DocumentNode<SetVillageReportTriageDaysMutation, SetVillageReportTriageDaysMutationVariables>;
export const DismissVillageReportDocument = {"__meta__":{"hash":"sha256:7bd655bdb0064b4e1d6dbc1156bd76928ddf69de1e00cb70bc8ef8ee085c3071"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissVillageReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissVillageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageOutcomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VillageReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"triagedBy"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}}]}}]} as unknown as DocumentNode<DismissVillageReportMutation, DismissVillageReportMutationVariables>;
export const RecordHazardFromVillageReportDocument = {"__meta__":{"hash":"sha256:f1b285fe11bbf13e40384dc98f4db7b1cb8ba6bd31ba8f7d1193cd81b57747a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHazardFromVillageReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HazardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordHazardFromVillageReportMutation, RecordHazardFromVillageReportMutationVariables>;
export const CreateClueFromVillageReportDocument = {"__meta__":{"hash":"sha256:a526a29e5fa932ca52711f08929d514a886240920bc3def739d3b913fe8b49b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClueFromVillageReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateClueFromVillageReportMutation, CreateClueFromVillageReportMutationVariables>;
export const TurnVillageReportIntoHazardDocument = {"__meta__":{"hash":"sha256:cd361588e123b79d9b28711c8ba5af35ef5e76695cd075951862e4ba3e53f323"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TurnVillageReportIntoHazard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hazardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turnVillageReportIntoHazard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"hazardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hazardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageOutcomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VillageReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"triagedBy"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}}]}}]} as unknown as DocumentNode<TurnVillageReportIntoHazardMutation, TurnVillageReportIntoHazardMutationVariables>;
export const TurnVillageReportIntoClueDocument = {"__meta__":{"hash":"sha256:7ce5e5e72b3468849d3619ad3c12c8d880e1882d0496f17350db4e5e66893702"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TurnVillageReportIntoClue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turnVillageReportIntoClue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageOutcomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VillageReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"triagedBy"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}}]}}]} as unknown as DocumentNode<TurnVillageReportIntoClueMutation, TurnVillageReportIntoClueMutationVariables>;
export const TriageInvestigationsDocument = {"__meta__":{"hash":"sha256:9e210c76161885b55d6ecbef1475ac3fc81b67f5c8ec7bb916cde019d668b356"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TriageInvestigations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HazardInvestigationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazardInvestigations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TriageInvestigationsQuery, TriageInvestigationsQueryVariables>;
export const VillageEntityOptionsDocument = {"__meta__":{"hash":"sha256:a26db3cb401c864fb2fbcc6913760af0d20505a1702fbe3cf930b5282d467683"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageEntityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<VillageEntityOptionsQuery, VillageEntityOptionsQueryVariables>;
export const ReportFromVillageDocument = {"__meta__":{"hash":"sha256:8f425e1f95d6c4d89042f8a4e4e66b08685255aca80787e3aff2d3be7efda68c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFromVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VillageReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFromVillage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<ReportFromVillageMutation, ReportFromVillageMutationVariables>;
export const EntityForEditDocument = {"__meta__":{"hash":"sha256:e2b2bb542068994780aae4fc9e2d0d3398b838a42b04f5baf6ce992d2660e9cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]} as unknown as DocumentNode<EntityForEditQuery, EntityForEditQueryVariables>;
export const CreateEntityDocument = {"__meta__":{"hash":"sha256:41ce1d502d8d9e629760a89114c1be99a628474a2be06bd34e477021a5fbe6fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateEntityMutation, CreateEntityMutationVariables>;
export const UpdateEntityDocument = {"__meta__":{"hash":"sha256:52f64b2dfc5397ef0e54781b1720770a14be7c95083034775ad1b4e360e0fef1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]} as unknown as DocumentNode<UpdateEntityMutation, UpdateEntityMutationVariables>;
export const EntityDetailDocument = {"__meta__":{"hash":"sha256:4f28326b6101b4e37ae10bc8fe7481b595e20b252102c12f57adf3bdf031fc8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRecordFields"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LicenseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"staticScore"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicScore"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentScheduleFields"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextVisitDue"}},{"kind":"Field","name":{"kind":"Name","value":"visitOverdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]} as unknown as DocumentNode<EntityDetailQuery, EntityDetailQueryVariables>;
export const NoticeListDocument = {"__meta__":{"hash":"sha256:dc1298fdec31a46d88fdcf08421f0d20027c8e113dfa909671661e745a541f53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<NoticeListQuery, NoticeListQueryVariables>;
export const ResponsibilityOverviewDocument = {"__meta__":{"hash":"sha256:53b1a1092fbb4d16e9d3fc8ed62a9a6ec08ec7d7692807481cf815f99affaa44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponsibilityOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibilityOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"entitiesCovered"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAssignments"}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentScheduleFields"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextVisitDue"}},{"kind":"Field","name":{"kind":"Name","value":"visitOverdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ResponsibilityOverviewQuery, ResponsibilityOverviewQueryVariables>;
export const TownshipDetailDocument = {"__meta__":{"hash":"sha256:7b5a689dad2ff2ab19c0019206daab456d02b05954d8172cfcf335c92adbf22c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<TownshipDetailQuery, TownshipDetailQueryVariables>;
export const TownshipListDocument = {"__meta__":{"hash":"sha256:5d99e5c1174df67aecf083274b6b9fdc7318db95288b1cd95e7f91e7d8948e8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}}]}}]}}]} as unknown as DocumentNode<TownshipListQuery, TownshipListQueryVariables>;
export const VillageQueueDocument = {"__meta__":{"hash":"sha256:edc8dfe38b73b8f07c2d74aea856e00ae679814cc7297abf3fe63a7aaf590b75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VillageReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villageReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TriageOutcomeFields"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TriageOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VillageReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"hazardId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"triagedBy"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<VillageQueueQuery, VillageQueueQueryVariables>;
export const VillageOptionsDocument = {"__meta__":{"hash":"sha256:70a6428b7868662cd516ef355840d674fa47787d007249ec6ba75d3308e96753"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VillageOptionsQuery, VillageOptionsQueryVariables>;
export const NoticePrintDocument = {"__meta__":{"hash":"sha256:0b18393b0de865992611d1293ad94e3dc76e847bce5763a94944eae9f809aad2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticePrint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]} as unknown as DocumentNode<NoticePrintQuery, NoticePrintQueryVariables>;
export const SupervisionStationsDocument = {"__meta__":{"hash":"sha256:c46727131c530a0bc0dea46374749b584efc3bd3785a52fabf60f045ab44894a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationChecklistFields"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionStation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklistDone"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SupervisionStationsQuery, SupervisionStationsQueryVariables>;
export const SetStationChecklistItemDocument = {"__meta__":{"hash":"sha256:bf338db401cc447eee4f242c6939fff9efbba00514d83600db085c36d448ba9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStationChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doneOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStationChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}},{"kind":"Argument","name":{"kind":"Name","value":"doneOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doneOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationChecklistFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionStation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checklistDone"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}}]}}]}}]} as unknown as DocumentNode<SetStationChecklistItemMutation, SetStationChecklistItemMutationVariables>;
export const CaseOptionsDocument = {"__meta__":{"hash":"sha256:e27ec116c8afdeb7b46cba93006201aca5e5d347dfa669257b8a33574538dffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOptionsQuery, CaseOptionsQueryVariables>;
export const EntityOptionsDocument = {"__meta__":{"hash":"sha256:e09ac7c097b2dabb63d14e98e88c68184091e52a071abf32d71bdafd484423c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityOptionsQuery, EntityOptionsQueryVariables>;
export const VisibleVillagesDocument = {"__meta__":{"hash":"sha256:4b22fecefa11e868281405962efb3df352df43b624a17631c11ee70625538605"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleVillages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<VisibleVillagesQuery, VisibleVillagesQueryVariables>;
export const TownshipOptionsDocument = {"__meta__":{"hash":"sha256:c35371ba8aae1aa9f567d502abf3611690b8947de83ee15fe55af1f163d8b1e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<TownshipOptionsQuery, TownshipOptionsQueryVariables>;