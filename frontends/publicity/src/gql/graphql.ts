/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 发布渠道 */
export type ArticleChannel =
  /** 巴州新闻网 */
  | 'BAZHOU_NEWS'
  /** 大美巴州App */
  | 'DAMEI_BAZHOU_APP'
  /** 抖音 */
  | 'DOUYIN'
  /** 微信公众号 */
  | 'WECHAT'
  /** 政务微博 */
  | 'WEIBO';

/** 文章筛选 */
export type ArticleFilter = {
  channel?: ArticleChannel | null | undefined;
  kind?: ArticleKind | null | undefined;
  /** 标题、作者或摘要包含 */
  search?: string | null | undefined;
  /** 发布年份 */
  year?: number | null | undefined;
};

/** 登记或修改文章 */
export type ArticleInput = {
  /** 作者或供稿单位 */
  author: string;
  channel: ArticleChannel;
  kind: ArticleKind;
  publishedAt: string;
  /** 阅读量 */
  reach?: number;
  summary?: string;
  title: string;
  url?: string | null | undefined;
};

/** 文章类别 */
export type ArticleKind =
  /** 辟谣 */
  | 'RUMOUR_REFUTATION'
  /** 科普 */
  | 'SCIENCE'
  /** 警示 */
  | 'WARNING';

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

/** 舆情筛选 */
export type OpinionEventFilter = {
  entityId?: string | number | null | undefined;
  /** 是否曾升级上报 */
  escalated?: boolean | null | undefined;
  /** 标题、内容或平台包含 */
  search?: string | null | undefined;
  severity?: OpinionSeverity | null | undefined;
  status?: OpinionStatus | null | undefined;
  /** 发现年份 */
  year?: number | null | undefined;
};

/** 登记舆情(阶段为「发现」) */
export type OpinionEventInput = {
  /** 关联案件编号 */
  caseId?: string | number | null | undefined;
  content: string;
  detectedAt: string;
  /** 涉及主体 */
  entityId?: string | number | null | undefined;
  /** 发现平台 */
  platform: string;
  severity: OpinionSeverity;
  sourceUrl?: string | null | undefined;
  title: string;
  /** 涉及主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝 */
  townshipId?: string | number | null | undefined;
};

/** 舆情阶段变更 */
export type OpinionMoveInput = {
  /** 关联案件编号(处置中立案时填写) */
  caseId?: string | number | null | undefined;
  /** 升级上报单位(变更为「升级上报」时必填) */
  escalatedTo?: string | null | undefined;
  /** 处理情况 */
  note: string;
  /** 变更后的阶段 */
  to: OpinionStatus;
};

/** 舆情等级 */
export type OpinionSeverity =
  /** 一般 */
  | 'GENERAL'
  /** 较大 */
  | 'MAJOR'
  /** 重大 */
  | 'SERIOUS';

/** 舆情处置阶段 */
export type OpinionStatus =
  /** 办结 */
  | 'CLOSED'
  /** 发现 */
  | 'DETECTED'
  /** 升级上报 */
  | 'ESCALATED'
  /** 处置 */
  | 'HANDLING'
  /** 回应 */
  | 'RESPONDED'
  /** 核实 */
  | 'VERIFYING';

/** 宣传活动筛选 */
export type OutreachEventFilter = {
  /** 起始日期(含),用于日历 */
  from?: string | null | undefined;
  kind?: OutreachKind | null | undefined;
  /** 名称、主题或地点包含 */
  search?: string | null | undefined;
  /** 截止日期(含) */
  to?: string | null | undefined;
  townshipId?: string | number | null | undefined;
  weekId?: string | number | null | undefined;
  year?: number | null | undefined;
};

/** 登记宣传活动 */
export type OutreachEventInput = {
  heldOn: string;
  kind: OutreachKind;
  /** 发放宣传资料(份) */
  materials: number;
  organizer: string;
  /** 受众人数 */
  peopleReached: number;
  place: string;
  theme: string;
  title: string;
  /** 所在乡镇(街道)代码;为空表示全区 */
  townshipId?: string | number | null | undefined;
  /** 所属宣传周 */
  weekId?: string | number | null | undefined;
};

/** 宣传活动形式 */
export type OutreachKind =
  /** 进课堂 */
  | 'CLASSROOM'
  /** 进社区 */
  | 'COMMUNITY'
  /** 进企业 */
  | 'ENTERPRISE'
  /** 进市场 */
  | 'MARKET';

/** 登记宣传周 */
export type PublicityWeekInput = {
  endsOn: string;
  name: string;
  organizer: string;
  startsOn: string;
  theme: string;
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

/** 乡镇(街道)类型 */
export type TownshipKind =
  /** 街道 */
  | 'SUBDISTRICT'
  /** 镇 */
  | 'TOWN'
  /** 乡 */
  | 'TOWNSHIP';

/** 村(社区)类型 */
export type VillageKind =
  /** 社区 */
  | 'COMMUNITY'
  /** 村 */
  | 'VILLAGE';

export type RecordAuditTrailQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecordAuditTrailQuery = { auditTrail: { publicity: { nodes: Array<{ id: string, at: string, kind: AuditKind, recordType: string, recordId: string, parentId: string | null, operation: string | null, action: string | null, cursor: string, actor: { username: string, name: string, role: string, department: string | null }, changes: Array<{ field: string, label: string | null, from: string | null, to: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type CreateArticleMutationVariables = Exact<{
  input: ArticleInput;
}>;


export type CreateArticleMutation = { createArticle: { id: string } };

export type UpdateArticleMutationVariables = Exact<{
  id: string | number;
  input: ArticleInput;
}>;


export type UpdateArticleMutation = { updateArticle: { id: string } };

export type LinkOpinionEventMutationVariables = Exact<{
  id: string | number;
  entityId?: string | number | null | undefined;
  townshipId?: string | number | null | undefined;
  caseId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type LinkOpinionEventMutation = { linkOpinionEvent: { id: string, version: number } };

export type MoveOpinionEventMutationVariables = Exact<{
  id: string | number;
  input: OpinionMoveInput;
  expectedVersion?: number | null | undefined;
}>;


export type MoveOpinionEventMutation = { moveOpinionEvent: { id: string, status: OpinionStatus, version: number } };

export type OpinionEventListQueryVariables = Exact<{
  filter?: OpinionEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpinionEventListQuery = { opinionEvents: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ escalatedTo: string | null, closedAt: string | null, id: string, title: string, platform: string, severity: OpinionSeverity, status: OpinionStatus, detectedAt: string, township: { id: string, name: string } | null, entity: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CreateOutreachEventMutationVariables = Exact<{
  input: OutreachEventInput;
}>;


export type CreateOutreachEventMutation = { createOutreachEvent: { id: string } };

export type CreatePublicityWeekMutationVariables = Exact<{
  input: PublicityWeekInput;
}>;


export type CreatePublicityWeekMutation = { createPublicityWeek: { id: string } };

export type ReportOpinionEventMutationVariables = Exact<{
  input: OpinionEventInput;
}>;


export type ReportOpinionEventMutation = { reportOpinionEvent: { id: string } };

export type OpinionEventSummaryFragment = { id: string, title: string, platform: string, severity: OpinionSeverity, status: OpinionStatus, detectedAt: string, entity: { id: string, name: string } | null };

export type ArticleListQueryVariables = Exact<{
  filter?: ArticleFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticleListQuery = { articles: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, title: string, kind: ArticleKind, channel: ArticleChannel, publishedAt: string, reach: number, author: string, summary: string, url: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PublicityFiguresQueryVariables = Exact<{
  year: number;
}>;


export type PublicityFiguresQuery = { workReport: { year: number, publicity: { posts: number, reach: number, opinionEvents: number, opinionEventsHandled: number, outreachEvents: number, materials: number } | null } | null };

export type OpinionBoardQueryVariables = Exact<{
  year?: number | null | undefined;
  filter?: OpinionEventFilter | null | undefined;
}>;


export type OpinionBoardQuery = { opinionBoard: Array<{ status: OpinionStatus, count: number }> | null, opinionEvents: { totalCount: number, nodes: Array<{ escalated: boolean, id: string, title: string, platform: string, severity: OpinionSeverity, status: OpinionStatus, detectedAt: string, entity: { id: string, name: string } | null }> } | null };

export type OpinionEventDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OpinionEventDetailQuery = { opinionEvent: { id: string, title: string, content: string, platform: string, sourceUrl: string | null, detectedAt: string, severity: OpinionSeverity, status: OpinionStatus, version: number, escalatedTo: string | null, caseId: string | null, closedAt: string | null, transitions: Array<OpinionStatus>, case: { id: string, number: string | null, title: string } | null, cases: Array<{ id: string, number: string | null, title: string, status: CaseStatus, receivedOn: string }> | null, entity: { id: string, name: string } | null, township: { id: string, name: string } | null, steps: Array<{ id: string, fromStatus: OpinionStatus | null, toStatus: OpinionStatus, at: string, byName: string, note: string }> } | null };

export type OutreachListQueryVariables = Exact<{
  filter?: OutreachEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OutreachListQuery = { outreachEvents: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, title: string, theme: string, kind: OutreachKind, heldOn: string, place: string, organizer: string, materials: number, peopleReached: number, township: { id: string, name: string } | null, week: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PublicityWeeksQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicityWeeksQuery = { publicityWeeks: Array<{ id: string, year: number, name: string, theme: string, startsOn: string, endsOn: string, organizer: string, activityCount: number, materials: number, peopleReached: number }> | null };

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

export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const OpinionEventSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionEventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<OpinionEventSummaryFragment, unknown>;
export const CaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]} as unknown as DocumentNode<CaseRowFragment, unknown>;
export const AuditPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AuditPageFieldsFragment, unknown>;
export const PagingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PagingFragment, unknown>;
export const TownshipRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<TownshipRefFragment, unknown>;
export const RecordAuditTrailDocument = {"__meta__":{"hash":"sha256:2fe2737841268065bb4518095ebce39315acc49a884b626c9d8be2148902230e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<RecordAuditTrailQuery, RecordAuditTrailQueryVariables>;
export const CreateArticleDocument = {"__meta__":{"hash":"sha256:242d8290c8f5ee9baa8696c1b68e69fae323c61ceb41e5b6c1a6b3777ea9d904"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateArticleMutation, CreateArticleMutationVariables>;
export const UpdateArticleDocument = {"__meta__":{"hash":"sha256:619b7114b9f1413fafae84d84e221cae898e3dd7696adf31ba6ce0637c2d9cd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateArticleMutation, UpdateArticleMutationVariables>;
export const LinkOpinionEventDocument = {"__meta__":{"hash":"sha256:c734f1a2e97950151b3ac0b0aa95d039840affec7611a6ac35943d0990e3770c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkOpinionEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkOpinionEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LinkOpinionEventMutation, LinkOpinionEventMutationVariables>;
export const MoveOpinionEventDocument = {"__meta__":{"hash":"sha256:de60bbe6b4ead6c2d74c49de01e1d560b8209dfe2e9f0fb0d04bfd5b0d521004"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOpinionEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionMoveInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOpinionEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveOpinionEventMutation, MoveOpinionEventMutationVariables>;
export const OpinionEventListDocument = {"__meta__":{"hash":"sha256:2fc1a5160b132c89fd78b36a5e054b0d3a41bebdb3b935a0429071a30c69b8bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionEventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionEventSummary"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionEventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<OpinionEventListQuery, OpinionEventListQueryVariables>;
export const CreateOutreachEventDocument = {"__meta__":{"hash":"sha256:745bf932fac13b38eb758f07e804fd9aac4f1f2db221e71aadd161d3e8e0dd0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOutreachEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOutreachEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOutreachEventMutation, CreateOutreachEventMutationVariables>;
export const CreatePublicityWeekDocument = {"__meta__":{"hash":"sha256:0ceeacf7d4db17b6e2e18fd15430d1df4274dbedfcf52deee1f1cfbf771a2498"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePublicityWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicityWeekInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPublicityWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePublicityWeekMutation, CreatePublicityWeekMutationVariables>;
export const ReportOpinionEventDocument = {"__meta__":{"hash":"sha256:e1e1ad08547f70e45e013dc827e53969e49f974e9facc2f8b0f23695549e8b4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportOpinionEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportOpinionEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportOpinionEventMutation, ReportOpinionEventMutationVariables>;
export const ArticleListDocument = {"__meta__":{"hash":"sha256:6c1d0c2cbe040932d06032f2c07da469ef1db3d60ceab411f7744755020715df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<ArticleListQuery, ArticleListQueryVariables>;
export const PublicityFiguresDocument = {"__meta__":{"hash":"sha256:c0cd5f6b2f66b6aae17bc98420bbd1f32d9e583220eb82f968d33b725e05a5e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicityFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"}},{"kind":"Field","name":{"kind":"Name","value":"opinionEventsHandled"}},{"kind":"Field","name":{"kind":"Name","value":"outreachEvents"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}}]}}]}}]} as unknown as DocumentNode<PublicityFiguresQuery, PublicityFiguresQueryVariables>;
export const OpinionBoardDocument = {"__meta__":{"hash":"sha256:0d05051315ae902c66a913c36ac940ffe18dc47f5ef7bdaa48501413f43f0b0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpinionEventSummary"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpinionEventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}}]} as unknown as DocumentNode<OpinionBoardQuery, OpinionBoardQueryVariables>;
export const OpinionEventDetailDocument = {"__meta__":{"hash":"sha256:c79b7628d1d9aa00fd7ceeafcb10c2dcd7ca5676a9f55267a8e7802a7ea5dfcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionEventDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<OpinionEventDetailQuery, OpinionEventDetailQueryVariables>;
export const OutreachListDocument = {"__meta__":{"hash":"sha256:c71e463247b102b2b2dd235fe969e90d0f82e75e6086c3445c7f95bc2df041b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutreachList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreachEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<OutreachListQuery, OutreachListQueryVariables>;
export const PublicityWeeksDocument = {"__meta__":{"hash":"sha256:72fd6d4f6e04e1ea0c42daa914cb0b7a2331b8a18c8f0cc8ded3788f0faad693"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicityWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicityWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}}]}}]}}]} as unknown as DocumentNode<PublicityWeeksQuery, PublicityWeeksQueryVariables>;
export const CaseOptionsDocument = {"__meta__":{"hash":"sha256:e27ec116c8afdeb7b46cba93006201aca5e5d347dfa669257b8a33574538dffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOptionsQuery, CaseOptionsQueryVariables>;
export const EntityOptionsDocument = {"__meta__":{"hash":"sha256:e09ac7c097b2dabb63d14e98e88c68184091e52a071abf32d71bdafd484423c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityOptionsQuery, EntityOptionsQueryVariables>;
export const VisibleVillagesDocument = {"__meta__":{"hash":"sha256:4b22fecefa11e868281405962efb3df352df43b624a17631c11ee70625538605"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleVillages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<VisibleVillagesQuery, VisibleVillagesQueryVariables>;
export const TownshipOptionsDocument = {"__meta__":{"hash":"sha256:c35371ba8aae1aa9f567d502abf3611690b8947de83ee15fe55af1f163d8b1e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<TownshipOptionsQuery, TownshipOptionsQueryVariables>;