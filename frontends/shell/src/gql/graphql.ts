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

/** 专项类型 */
export type CampaignKind =
  /** 专项执法行动 */
  | 'ENFORCEMENT'
  /** 专项治理 */
  | 'RECTIFICATION';

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

/** 投诉或举报 */
export type ComplaintKind =
  /** 投诉 */
  | 'COMPLAINT'
  /** 举报 */
  | 'REPORT';

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

/** 待办事项状态 */
export type InboxItemState =
  /** 即将到期 */
  | 'DUE_SOON'
  /** 已超期 */
  | 'OVERDUE';

/** 突发事件级别 */
export type IncidentLevel =
  /** Ⅰ级(特别重大) */
  | 'I'
  /** Ⅱ级(重大) */
  | 'II'
  /** Ⅲ级(较大) */
  | 'III'
  /** Ⅳ级(一般) */
  | 'IV';

/** 抽检计划层级 */
export type PlanLevel =
  /** 市抽 */
  | 'CITY'
  /** 区抽 */
  | 'DISTRICT'
  /** 国抽 */
  | 'NATIONAL'
  /** 省抽 */
  | 'PROVINCIAL';

/** 提醒对象 */
export type ReminderAudience =
  /** 局领导 */
  | 'LEADER'
  /** 执法人员 */
  | 'OFFICER'
  /** 乡镇(街道)监管员(须指定乡镇) */
  | 'TOWNSHIP';

/** 新建提醒通道 */
export type ReminderChannelInput = {
  active?: boolean | null | undefined;
  kind: ReminderChannelKind;
  /** 名称 */
  name: string;
  role?: ReminderAudience | null | undefined;
  /** 钉钉加签密钥(仅钉钉;保存后不再返回) */
  secret?: string | null | undefined;
  /** 乡镇(街道)代码;为空表示全区 */
  townshipId?: string | null | undefined;
  /** 回调地址(http/https) */
  url: string;
};

/** 提醒通道类型 */
export type ReminderChannelKind =
  /** 钉钉群机器人 */
  | 'DINGTALK'
  /** 通用 JSON 回调 */
  | 'JSON'
  /** 企业微信群机器人 */
  | 'WECOM';

/** 修改提醒通道:只改给出的字段;secret 给空字符串表示清除 */
export type ReminderChannelUpdate = {
  active?: boolean | null | undefined;
  /** 清除提醒对象 */
  clearRole?: boolean | null | undefined;
  /** 改为全区通道(清除乡镇) */
  districtWide?: boolean | null | undefined;
  kind?: ReminderChannelKind | null | undefined;
  name?: string | null | undefined;
  role?: ReminderAudience | null | undefined;
  secret?: string | null | undefined;
  townshipId?: string | null | undefined;
  url?: string | null | undefined;
};

/** 提醒发送记录筛选 */
export type ReminderDeliveryFilter = {
  channelId?: string | number | null | undefined;
  kind?: ReminderDeliveryKind | null | undefined;
  status?: ReminderDeliveryStatus | null | undefined;
};

/** 提醒类型 */
export type ReminderDeliveryKind =
  /** 每日汇总 */
  | 'DIGEST'
  /** 超期即时提醒 */
  | 'OVERDUE_ALERT';

/** 发送状态 */
export type ReminderDeliveryStatus =
  /** 通道启用时已超期,只记录不单独提醒(见每日汇总) */
  | 'BASELINE'
  /** 发送失败 */
  | 'FAILED'
  /** 发送中 */
  | 'PENDING'
  /** 已送达 */
  | 'SENT';

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

/** 风险等级(蓝、黄、橙、红) */
export type RiskLevel =
  /** 一般风险 */
  | 'GENERAL'
  /** 较大风险 */
  | 'HIGH'
  /** 低风险 */
  | 'LOW'
  /** 重大风险 */
  | 'MAJOR';

/** 培训对象 */
export type TrainingAudience =
  /** 餐饮服务 */
  | 'CATERING'
  /** 集中用餐单位 */
  | 'COLLECTIVE_DINING'
  /** 执法人员 */
  | 'ENFORCEMENT_OFFICERS'
  /** 食品生产企业 */
  | 'FOOD_PRODUCER'
  /** 食品销售者 */
  | 'FOOD_SELLER'
  /** 网络餐饮 */
  | 'ONLINE_CATERING'
  /** 学校食堂 */
  | 'SCHOOL_CANTEEN'
  /** 食品小作坊 */
  | 'SMALL_WORKSHOP';

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

/** 村(社区)报告类型 */
export type VillageReportKind =
  /** 线索 */
  | 'CLUE'
  /** 隐患 */
  | 'HAZARD';

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

export type WorkReportDashboardQueryVariables = Exact<{
  years: Array<number> | number;
}>;


export type WorkReportDashboardQuery = { workReports: Array<{ year: number, responsibility: { leaders: number, entitiesCovered: number, visits: number } | null, supervision: { townshipsCovered: number, promptLetters: number, supervisionLetters: number, rectificationNotices: number, rounds: number, batches: number } | null, riskGrading: { gradedShare: number, licensed: number, graded: number, byGrade: Array<{ grade: RiskGrade, count: number }>, byTownship: Array<{ graded: number, township: { id: string, name: string }, byGrade: Array<{ grade: RiskGrade, count: number }> }> } | null, sampling: { batches: number, unqualified: number, infantFormulaBatches: number, infantFormulaCoverage: number, disposalsCompleted: number, byLevel: Array<{ level: PlanLevel, batches: number, unqualified: number }>, byMonth: Array<{ month: number, batches: number, unqualified: number }>, byVerdict: Array<{ verdict: Verdict | null, batches: number }> } | null, enforcement: { casesFiled: number, casesTransferred: number, rectifications: number, campaigns: number, jointOperations: number, complaintsReceived: number, bySource: Array<{ source: CaseSource, count: number }>, byStatus: Array<{ status: CaseStatus, count: number }>, byMonth: Array<{ month: number, casesFiled: number, inspections: number }>, complaintsByKind: Array<{ kind: ComplaintKind, count: number }>, complaintsByChannel: Array<{ channel: ComplaintChannel, count: number }>, complaintsByOutcome: Array<{ outcome: ComplaintOutcome, count: number }> } | null, training: { sessions: number, participants: number, assessmentBatches: number, workshopsUpgraded: number, byAudience: Array<{ audience: TrainingAudience, sessions: number, participants: number }>, byMonth: Array<{ month: number, sessions: number, participants: number }> } | null, publicity: { posts: number, opinionEvents: number, opinionEventsHandled: number, outreachEvents: number, materials: number, byMonth: Array<{ month: number, posts: number, opinionEvents: number, outreachEvents: number }> } | null, risk: { risks: number, duties: number, dutiesDone: number, dutiesOverdue: number, hazardsFound: number, hazardsRectified: number, consultations: number, incidents: number, drills: number, risksByLevel: Array<{ level: RiskLevel, count: number }>, incidentsByLevel: Array<{ level: IncidentLevel, count: number }> } | null }> | null };

export type WorkSummaryDetailsQueryVariables = Exact<{
  year: number;
}>;


export type WorkSummaryDetailsQuery = { campaigns: { nodes: Array<{ id: string, name: string, kind: CampaignKind }> } | null, articles: { nodes: Array<{ title: string, reach: number, channel: ArticleChannel }> } | null, opinionEvents: { nodes: Array<{ title: string }> } | null, publicityWeeks: Array<{ theme: string, activities: Array<{ title: string }> }> | null };

export type VillageFiguresQueryVariables = Exact<{
  villageId: string | number;
}>;


export type VillageFiguresQuery = { entities: { totalCount: number } | null, pending: { totalCount: number }, overdue: { totalCount: number } };

export type LiaisonHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type LiaisonHomeQuery = { villages: Array<{ id: string, name: string, kind: VillageKind, township: { id: string, name: string } }>, entities: { totalCount: number, nodes: Array<{ id: string, name: string, category: EntityCategory, address: string }> } | null, villageReports: { totalCount: number, nodes: Array<{ id: string, kind: VillageReportKind, entityName: string, receivedOn: string, dueOn: string, overdue: boolean, status: VillageReportStatus, dismissReason: string | null }> } };

export type InboxBellQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxBellQuery = { inbox: { withinWorkingDays: number, entities: Array<{ key: string, state: InboxItemState }> | null, sampling: Array<{ key: string, state: InboxItemState }> | null, enforcement: Array<{ key: string, state: InboxItemState }> | null, training: Array<{ key: string, state: InboxItemState }> | null, publicity: Array<{ key: string, state: InboxItemState }> | null, risk: Array<{ key: string, state: InboxItemState }> | null, marks: Array<{ itemKey: string, snoozedUntil: string | null, doneAt: string | null, state: InboxItemState | null }> } | null };

export type InboxBellItemFragment = { key: string, state: InboxItemState };

export type InboxPageQueryVariables = Exact<{
  withinWorkingDays: number;
}>;


export type InboxPageQuery = { inbox: { withinWorkingDays: number, entities: Array<{ key: string, domain: string, kind: string, title: string, recordId: string, recordCode: string | null, dueDate: string, dueAt: string | null, state: InboxItemState, link: string }> | null, sampling: Array<{ key: string, domain: string, kind: string, title: string, recordId: string, recordCode: string | null, dueDate: string, dueAt: string | null, state: InboxItemState, link: string }> | null, enforcement: Array<{ key: string, domain: string, kind: string, title: string, recordId: string, recordCode: string | null, dueDate: string, dueAt: string | null, state: InboxItemState, link: string }> | null, training: Array<{ key: string, domain: string, kind: string, title: string, recordId: string, recordCode: string | null, dueDate: string, dueAt: string | null, state: InboxItemState, link: string }> | null, publicity: Array<{ key: string, domain: string, kind: string, title: string, recordId: string, recordCode: string | null, dueDate: string, dueAt: string | null, state: InboxItemState, link: string }> | null, risk: Array<{ key: string, domain: string, kind: string, title: string, recordId: string, recordCode: string | null, dueDate: string, dueAt: string | null, state: InboxItemState, link: string }> | null, marks: Array<{ itemKey: string, snoozedUntil: string | null, doneAt: string | null, state: InboxItemState | null }> } | null };

export type InboxItemFieldsFragment = { key: string, domain: string, kind: string, title: string, recordId: string, recordCode: string | null, dueDate: string, dueAt: string | null, state: InboxItemState, link: string };

export type InboxMarkFieldsFragment = { itemKey: string, snoozedUntil: string | null, doneAt: string | null, state: InboxItemState | null };

export type SnoozeInboxItemMutationVariables = Exact<{
  itemKey: string | number;
  until: string;
}>;


export type SnoozeInboxItemMutation = { snoozeInboxItem: { itemKey: string, snoozedUntil: string | null, doneAt: string | null, state: InboxItemState | null } };

export type MarkInboxItemDoneMutationVariables = Exact<{
  itemKey: string | number;
  state: InboxItemState;
}>;


export type MarkInboxItemDoneMutation = { markInboxItemDone: { itemKey: string, snoozedUntil: string | null, doneAt: string | null, state: InboxItemState | null } };

export type ClearInboxMarkMutationVariables = Exact<{
  itemKey: string | number;
}>;


export type ClearInboxMarkMutation = { clearInboxMark: boolean };

export type ReminderChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderChannelsQuery = { reminderChannels: Array<{ id: string, name: string, kind: ReminderChannelKind, url: string, townshipId: string | null, role: ReminderAudience | null, active: boolean, hasSecret: boolean, alertsSince: string | null, version: number, updatedAt: string, township: { id: string, name: string } | null }> | null, townships: Array<{ id: string, name: string }> | null };

export type CreateReminderChannelMutationVariables = Exact<{
  input: ReminderChannelInput;
}>;


export type CreateReminderChannelMutation = { createReminderChannel: { id: string, version: number } };

export type UpdateReminderChannelMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ReminderChannelUpdate;
}>;


export type UpdateReminderChannelMutation = { updateReminderChannel: { id: string, version: number, active: boolean } };

export type ReminderDeliveriesQueryVariables = Exact<{
  filter?: ReminderDeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReminderDeliveriesQuery = { reminderDeliveries: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, kind: ReminderDeliveryKind, periodKey: string, status: ReminderDeliveryStatus, attempts: number, lastError: string | null, responseStatus: number | null, itemCount: number | null, summary: string | null, sentAt: string | null, createdAt: string, channel: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

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

export const InboxBellItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxBellItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<InboxBellItemFragment, unknown>;
export const InboxItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<InboxItemFieldsFragment, unknown>;
export const InboxMarkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<InboxMarkFieldsFragment, unknown>;
export const PagingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PagingFragment, unknown>;
export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const TownshipRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<TownshipRefFragment, unknown>;
export const WorkReportDashboardDocument = {"__meta__":{"hash":"sha256:23d055ac0b6ea2d5bd16ac0f87a0b16f93cfc8d446374166c80fcd9dc22ab863"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkReportDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"entitiesCovered"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipsCovered"}},{"kind":"Field","name":{"kind":"Name","value":"promptLetters"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionLetters"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNotices"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskGrading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradedShare"}},{"kind":"Field","name":{"kind":"Name","value":"licensed"}},{"kind":"Field","name":{"kind":"Name","value":"graded"}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graded"}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sampling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"infantFormulaBatches"}},{"kind":"Field","name":{"kind":"Name","value":"infantFormulaCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"disposalsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesFiled"}},{"kind":"Field","name":{"kind":"Name","value":"casesTransferred"}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"jointOperations"}},{"kind":"Field","name":{"kind":"Name","value":"bySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"casesFiled"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentBatches"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsUpgraded"}},{"kind":"Field","name":{"kind":"Name","value":"byAudience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"}},{"kind":"Field","name":{"kind":"Name","value":"opinionEventsHandled"}},{"kind":"Field","name":{"kind":"Name","value":"outreachEvents"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"}},{"kind":"Field","name":{"kind":"Name","value":"outreachEvents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risksByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsFound"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsRectified"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"}},{"kind":"Field","name":{"kind":"Name","value":"drills"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<WorkReportDashboardQuery, WorkReportDashboardQueryVariables>;
export const WorkSummaryDetailsDocument = {"__meta__":{"hash":"sha256:789e56d3c88b6ed7ad983ef397ec4b979064135c0916e7119d21cd5bc8bcaff5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkSummaryDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicityWeeks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WorkSummaryDetailsQuery, WorkSummaryDetailsQueryVariables>;
export const VillageFiguresDocument = {"__meta__":{"hash":"sha256:43efec46e5f0d5fe93aa467ee175fe0281d69a9623563260975b84d271eef039"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"villageReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"villageReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<VillageFiguresQuery, VillageFiguresQueryVariables>;
export const LiaisonHomeDocument = {"__meta__":{"hash":"sha256:4a07ca7fc128a27fff8b1bfddf9d045c4043feecf7204cb95aa254c69bbdfee5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"villageReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<LiaisonHomeQuery, LiaisonHomeQueryVariables>;
export const InboxBellDocument = {"__meta__":{"hash":"sha256:6817231717563cc742a7b17db7f1f90b7f0825d546cc84ffd35f4d7546b1f79b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxBell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withinWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxBellItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sampling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxBellItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxBellItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxBellItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxBellItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxBellItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMarkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxBellItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<InboxBellQuery, InboxBellQueryVariables>;
export const InboxPageDocument = {"__meta__":{"hash":"sha256:04d1b96f70379825cd3fb6a1d4870c3582f5fa34312af70ec4a6d6fecd7c634c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinWorkingDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinWorkingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinWorkingDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withinWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sampling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMarkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<InboxPageQuery, InboxPageQueryVariables>;
export const SnoozeInboxItemDocument = {"__meta__":{"hash":"sha256:fb6fce2d9387a2c876f2436e203571dac5e29cee198df3a9c9bfd20a4a2b1b02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnoozeInboxItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeInboxItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMarkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<SnoozeInboxItemMutation, SnoozeInboxItemMutationVariables>;
export const MarkInboxItemDoneDocument = {"__meta__":{"hash":"sha256:5851902de751a1beb61da1f3fdbd183a6022183adb1e48f593ff3d31bbe385f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkInboxItemDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InboxItemState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markInboxItemDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMarkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMarkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<MarkInboxItemDoneMutation, MarkInboxItemDoneMutationVariables>;
export const ClearInboxMarkDocument = {"__meta__":{"hash":"sha256:29e2caeb3cde4ae0c5a2a3b20007ccc705d32af79fa5015ad25094f0b6f2b89f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearInboxMark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearInboxMark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemKey"}}}]}]}}]} as unknown as DocumentNode<ClearInboxMarkMutation, ClearInboxMarkMutationVariables>;
export const ReminderChannelsDocument = {"__meta__":{"hash":"sha256:857aa2d450b25d0dfe7eb2d32d37ea72261bd42e9288e6f4e4a0420e1d9ec2d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"townshipId"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"hasSecret"}},{"kind":"Field","name":{"kind":"Name","value":"alertsSince"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ReminderChannelsQuery, ReminderChannelsQueryVariables>;
export const CreateReminderChannelDocument = {"__meta__":{"hash":"sha256:5700cb891cc094cf8091f5f4cd1539dcfe3e9fe856164b129dd9b353941031ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReminderChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReminderChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateReminderChannelMutation, CreateReminderChannelMutationVariables>;
export const UpdateReminderChannelDocument = {"__meta__":{"hash":"sha256:eeffa01fe6e888a5a053ea7a1aa58553665de72963f0b3c2c7b3728b598779ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReminderChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderChannelUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReminderChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateReminderChannelMutation, UpdateReminderChannelMutationVariables>;
export const ReminderDeliveriesDocument = {"__meta__":{"hash":"sha256:bc9e7e6eb9cbc482eac644bbfa8874e458c8a5e518f291c6ca0178905bfc325b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<ReminderDeliveriesQuery, ReminderDeliveriesQueryVariables>;
export const VisibleVillagesDocument = {"__meta__":{"hash":"sha256:4b22fecefa11e868281405962efb3df352df43b624a17631c11ee70625538605"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleVillages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<VisibleVillagesQuery, VisibleVillagesQueryVariables>;