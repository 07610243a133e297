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

export type TownshipVillagesQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipVillagesQuery = { villages: Array<{ id: string, name: string, kind: VillageKind, township: { id: string, name: string } }> };

export type VillageFiguresQueryVariables = Exact<{
  villageId: string | number;
}>;


export type VillageFiguresQuery = { entities: { totalCount: number } | null, pending: { totalCount: number }, overdue: { totalCount: number } };

export type LiaisonHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type LiaisonHomeQuery = { villages: Array<{ id: string, name: string, kind: VillageKind, township: { id: string, name: string } }>, entities: { totalCount: number, nodes: Array<{ id: string, name: string, category: EntityCategory, address: string }> } | null, villageReports: { totalCount: number, nodes: Array<{ id: string, kind: VillageReportKind, entityName: string, receivedAt: string, dueOn: string, status: VillageReportStatus, dismissReason: string | null }> } };


export const WorkReportDashboardDocument = {"__meta__":{"hash":"sha256:525a08298635d1e5276aac1b1013cfdeac9c3c4bf9d337c1a5706a84c73853ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkReportDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"entitiesCovered"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipsCovered"}},{"kind":"Field","name":{"kind":"Name","value":"promptLetters"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionLetters"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNotices"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskGrading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradedShare"}},{"kind":"Field","name":{"kind":"Name","value":"licensed"}},{"kind":"Field","name":{"kind":"Name","value":"graded"}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graded"}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sampling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"infantFormulaBatches"}},{"kind":"Field","name":{"kind":"Name","value":"infantFormulaCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"disposalsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byVerdict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesFiled"}},{"kind":"Field","name":{"kind":"Name","value":"casesTransferred"}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"jointOperations"}},{"kind":"Field","name":{"kind":"Name","value":"bySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"casesFiled"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentBatches"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsUpgraded"}},{"kind":"Field","name":{"kind":"Name","value":"byAudience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"}},{"kind":"Field","name":{"kind":"Name","value":"opinionEventsHandled"}},{"kind":"Field","name":{"kind":"Name","value":"outreachEvents"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"}},{"kind":"Field","name":{"kind":"Name","value":"outreachEvents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risksByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"dutiesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsFound"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsRectified"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"}},{"kind":"Field","name":{"kind":"Name","value":"drills"}}]}}]}}]}}]} as unknown as DocumentNode<WorkReportDashboardQuery, WorkReportDashboardQueryVariables>;
export const WorkSummaryDetailsDocument = {"__meta__":{"hash":"sha256:789e56d3c88b6ed7ad983ef397ec4b979064135c0916e7119d21cd5bc8bcaff5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkSummaryDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicityWeeks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WorkSummaryDetailsQuery, WorkSummaryDetailsQueryVariables>;
export const TownshipVillagesDocument = {"__meta__":{"hash":"sha256:8ea1cf83d455a382deb982fa05f7b2fe3f38569ef46f361b4c8ab4b564048709"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipVillages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TownshipVillagesQuery, TownshipVillagesQueryVariables>;
export const VillageFiguresDocument = {"__meta__":{"hash":"sha256:43efec46e5f0d5fe93aa467ee175fe0281d69a9623563260975b84d271eef039"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"villageReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"villageReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"villageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<VillageFiguresQuery, VillageFiguresQueryVariables>;
export const LiaisonHomeDocument = {"__meta__":{"hash":"sha256:7226a22b43a7e740a0d90acb7214063e740dca406e66cb30678017f415069976"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"villageReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}}]}}]}}]}}]} as unknown as DocumentNode<LiaisonHomeQuery, LiaisonHomeQueryVariables>;