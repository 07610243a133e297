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

/** 调整日历日期 */
export type CalendarDayInput = {
  date: string;
  kind: CalendarDayKind;
  name: string;
};

/** 日历调整类型 */
export type CalendarDayKind =
  /** 放假 */
  | 'HOLIDAY'
  /** 上班(调休) */
  | 'WORKDAY';

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

/** 时限性质 */
export type ClockDuty =
  /** 监管时限 */
  | 'BUREAU'
  /** 当事人权利期限 */
  | 'BUSINESS';

/** 修改时限规则 */
export type ClockRuleInput = {
  amount: number;
  code: string;
  extension: number;
  /** 依据 */
  source: string;
  unit: ClockUnit;
};

/** 时限状态 */
export type ClockStatus =
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

/** 计时单位 */
export type ClockUnit =
  /** 自然日 */
  | 'CALENDAR_DAYS'
  /** 月 */
  | 'MONTHS'
  /** 工作日 */
  | 'WORKING_DAYS';

/** 完成核查处置 */
export type CompleteDisposalInput = {
  /** 最终采取的措施,省略则沿用 */
  actions?: Array<DisposalAction> | null | undefined;
  /** 由此立案的案件(执法办案),当事人须为被抽样单位 */
  caseId?: string | number | null | undefined;
  /** 立案时的案件编号;关联的案件已立案时即其立案编号,可不填,填写须一致 */
  caseNumber?: string | null | undefined;
  completedOn: string;
  disposalId: string | number;
  measures: string;
};

/** 答复你点我检征集 */
export type ConsumerRequestDecisionInput = {
  reply: string;
  requestId: string | number;
  status: ConsumerRequestStatus;
};

/** 你点我检征集筛选 */
export type ConsumerRequestFilter = {
  category?: FoodCategory | null | undefined;
  status?: ConsumerRequestStatus | null | undefined;
  year?: number | null | undefined;
};

/** 登记你点我检征集 */
export type ConsumerRequestInput = {
  category: FoodCategory;
  channel: string;
  description: string;
  submittedBy: string;
  submittedOn: string;
  title: string;
  votes?: number | null | undefined;
};

/** 你点我检征集状态 */
export type ConsumerRequestStatus =
  /** 已采纳 */
  | 'ACCEPTED'
  /** 已公布结果 */
  | 'ANSWERED'
  /** 征集中 */
  | 'COLLECTING'
  /** 未采纳 */
  | 'DECLINED';

/** 日期类型 */
export type DayType =
  /** 法定节假日 */
  | 'HOLIDAY'
  /** 调休上班 */
  | 'MAKEUP_WORKDAY'
  /** 周末 */
  | 'WEEKEND'
  /** 工作日 */
  | 'WORKING_DAY';

/** 处置措施 */
export type DisposalAction =
  /** 立案 */
  | 'FILE_CASE'
  /** 下架 */
  | 'OFF_SHELF'
  /** 召回 */
  | 'RECALL'
  /** 封存 */
  | 'SEAL';

/** 处置看板筛选 */
export type DisposalFilter = {
  action?: DisposalAction | null | undefined;
  /** true 只看未完成,false 只看已完成 */
  open?: boolean | null | undefined;
  townshipId?: string | number | null | undefined;
  /** 启动年度 */
  year?: number | null | undefined;
};

/** 启动核查处置 */
export type DisposalInput = {
  actions: Array<DisposalAction>;
  measures?: string | null | undefined;
  quantity?: number | null | undefined;
  sampleId: string | number;
  startedOn: string;
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

/** 不合格类型 */
export type FailureKind =
  /** 超范围/超限量使用食品添加剂 */
  | 'ADDITIVE_MISUSE'
  /** 重金属等污染物超标 */
  | 'HEAVY_METAL'
  /** 非法添加非食用物质 */
  | 'ILLEGAL_ADDITION'
  /** 微生物污染 */
  | 'MICROBIAL'
  /** 其他 */
  | 'OTHER'
  /** 农兽药残留超标 */
  | 'PESTICIDE_VET_RESIDUE'
  /** 质量指标不达标 */
  | 'QUALITY_INDICATOR';

/** 重点区域 */
export type FocusArea =
  /** 校园及周边 */
  | 'CAMPUS'
  /** 农贸市场 */
  | 'MARKET'
  /** 农村集体聚餐 */
  | 'RURAL_BANQUET'
  /** 旅游景区 */
  | 'SCENIC_SPOT'
  /** 城乡结合部 */
  | 'URBAN_FRINGE';

/** 重点时段 */
export type FocusPeriod =
  /** 端午 */
  | 'DRAGON_BOAT'
  /** 中秋国庆 */
  | 'MID_AUTUMN'
  /** 开学季 */
  | 'SCHOOL_OPENING'
  /** 元旦春节 */
  | 'SPRING_FESTIVAL'
  /** 夏季高温 */
  | 'SUMMER_HEAT';

/** 重点品种 */
export type FocusVariety =
  /** 肉制品(腊肉香肠卤味) */
  | 'CURED_MEAT'
  /** 桶装饮用水 */
  | 'DRINKING_WATER'
  /** 节令食品(月饼、粽子、汤圆) */
  | 'FESTIVE_FOOD'
  /** 婴幼儿配方乳粉 */
  | 'INFANT_FORMULA_FOCUS'
  /** 白酒及配制酒 */
  | 'LIQUOR'
  /** 畜禽肉及水产品 */
  | 'LIVESTOCK_AQUATIC'
  /** 餐饮食品及餐饮具 */
  | 'MEALS'
  /** 乳制品 */
  | 'MILK'
  /** 食用植物油 */
  | 'OIL'
  /** 蔬菜水果鲜蛋(食用农产品) */
  | 'PRODUCE';

/** 食品类别 */
export type FoodCategory =
  /** 酒类 */
  | 'ALCOHOL'
  /** 水产品 */
  | 'AQUATIC'
  /** 饮料 */
  | 'BEVERAGES'
  /** 桶装饮用水 */
  | 'BOTTLED_WATER'
  /** 餐饮食品 */
  | 'CATERING_FOOD'
  /** 调味品 */
  | 'CONDIMENTS'
  /** 方便食品 */
  | 'CONVENIENCE_FOOD'
  /** 乳制品 */
  | 'DAIRY'
  /** 食用油、油脂及其制品 */
  | 'EDIBLE_OIL'
  /** 鲜蛋 */
  | 'EGGS'
  /** 水果类 */
  | 'FRUIT'
  /** 粮食加工品 */
  | 'GRAIN_PRODUCTS'
  /** 婴幼儿配方食品 */
  | 'INFANT_FORMULA'
  /** 畜禽肉及副产品 */
  | 'LIVESTOCK_MEAT'
  /** 肉制品 */
  | 'MEAT_PRODUCTS'
  /** 糕点 */
  | 'PASTRY'
  /** 豆制品 */
  | 'SOY_PRODUCTS'
  /** 淀粉及淀粉制品 */
  | 'STARCH_PRODUCTS'
  /** 茶叶及相关制品 */
  | 'TEA'
  /** 蔬菜 */
  | 'VEGETABLES';

/** 登记婴配乳粉在售批次 */
export type InfantFormulaBatchInput = {
  batchNumber: string;
  brand: string;
  entityId: string | number;
  foundOn: string;
  product: string;
  stage: number;
  /** 销售单位所在乡镇(街道):由服务端按主体登记信息确定,可省略;填写且不一致的拒绝 */
  townshipId?: string | number | null | undefined;
};

/** 婴配乳粉在售批次筛选 */
export type InfantFormulaFilter = {
  /** true 只看已检验,false 只看未检验 */
  tested?: boolean | null | undefined;
  year?: number | null | undefined;
};

/** 变更样品状态 */
export type MoveSampleInput = {
  note?: string | null | undefined;
  /** 不合格结论送达日期(变更为不合格时),默认同业务日期 */
  notifiedOn?: string | null | undefined;
  /** 业务日期,默认今天 */
  on?: string | null | undefined;
  sampleId: string | number;
  to: SampleStatus;
  /** 读到的样品版本号(Sample.version);他人已修改则为 CONFLICT,不写入 */
  version?: number | null | undefined;
};

/** 异议审核结论 */
export type ObjectionDecisionInput = {
  conclusion: string;
  decidedOn: string;
  objectionId: string | number;
  /** UPHELD 或 REJECTED */
  status: ObjectionStatus;
};

/** 异议申请 */
export type ObjectionInput = {
  applicant: string;
  filedOn: string;
  kind: ObjectionKind;
  reason: string;
  sampleId: string | number;
};

/** 异议事项 */
export type ObjectionKind =
  /** 样品真实性 */
  | 'SAMPLE_AUTHENTICITY'
  /** 抽样过程 */
  | 'SAMPLING_PROCEDURE'
  /** 标准适用 */
  | 'STANDARD_APPLIED'
  /** 检验方法 */
  | 'TEST_METHOD';

/** 异议状态 */
export type ObjectionStatus =
  /** 审核中 */
  | 'PENDING'
  /** 异议不成立 */
  | 'REJECTED'
  /** 异议成立 */
  | 'UPHELD';

/** 抽检计划筛选 */
export type PlanFilter = {
  /** 重点区域含 */
  focusArea?: FocusArea | null | undefined;
  /** 重点时段含 */
  focusPeriod?: FocusPeriod | null | undefined;
  /** 重点品种含 */
  focusVariety?: FocusVariety | null | undefined;
  level?: PlanLevel | null | undefined;
  purpose?: PlanPurpose | null | undefined;
  year?: number | null | undefined;
};

/** 新建抽检计划 */
export type PlanInput = {
  categories: Array<FoodCategory>;
  endsOn: string;
  /** 重点区域 */
  focusAreas?: Array<FocusArea> | null | undefined;
  /** 重点时段 */
  focusPeriods?: Array<FocusPeriod> | null | undefined;
  /** 重点品种(须属于计划覆盖的食品类别) */
  focusVarieties?: Array<FocusVariety> | null | undefined;
  issuer: string;
  level: PlanLevel;
  name: string;
  purpose: PlanPurpose;
  quota: number;
  startsOn: string;
  year: number;
};

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

/** 抽检目的 */
export type PlanPurpose =
  /** 评价性抽检 */
  | 'EVALUATION'
  /** 风险监测 */
  | 'RISK_MONITORING'
  /** 监督抽检 */
  | 'SUPERVISION';

/** 复检申请 */
export type RecheckInput = {
  applicant: string;
  /** 复检机构(不得为初检机构) */
  lab: string;
  requestedOn: string;
  sampleId: string | number;
};

/** 复检结论 */
export type RecheckResultInput = {
  completedOn: string;
  recheckId: string | number;
  result: Verdict;
};

/** 复检状态 */
export type RecheckStatus =
  /** 已出结论 */
  | 'COMPLETED'
  /** 复检中 */
  | 'REQUESTED';

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

/** 样品筛选 */
export type SampleFilter = {
  category?: FoodCategory | null | undefined;
  /** 回应的你点我检征集 */
  consumerRequestId?: string | number | null | undefined;
  entityId?: string | number | null | undefined;
  failureKind?: FailureKind | null | undefined;
  /** 重点区域 */
  focusArea?: FocusArea | null | undefined;
  /** 重点时段 */
  focusPeriod?: FocusPeriod | null | undefined;
  /** 重点品种 */
  focusVariety?: FocusVariety | null | undefined;
  level?: PlanLevel | null | undefined;
  /** 只看监管时限已超期的 */
  overdue?: boolean | null | undefined;
  planId?: string | number | null | undefined;
  purpose?: PlanPurpose | null | undefined;
  /** 抽样日期起 */
  sampledFrom?: string | null | undefined;
  /** 抽样日期止 */
  sampledTo?: string | null | undefined;
  /** 样品名称、抽样单编号、批号或承检机构包含 */
  search?: string | null | undefined;
  status?: SampleStatus | null | undefined;
  townshipId?: string | number | null | undefined;
  verdict?: Verdict | null | undefined;
  /** 抽样年度 */
  year?: number | null | undefined;
};

/** 登记抽样 */
export type SampleInput = {
  batchNumber: string;
  brand?: string | null | undefined;
  category: FoodCategory;
  /** 回应的你点我检征集 */
  consumerRequestId?: string | number | null | undefined;
  /** 被抽样单位(主体)ID */
  entityId: string | number;
  /** 重点区域 */
  focusArea?: FocusArea | null | undefined;
  /** 重点时段(抽样日期须在该时段内) */
  focusPeriod?: FocusPeriod | null | undefined;
  /** 重点品种(须与食品类别相符) */
  focusVariety?: FocusVariety | null | undefined;
  foodName: string;
  lab: string;
  planId: string | number;
  producedOn?: string | null | undefined;
  sampledOn: string;
  samplers: Array<string>;
  specification?: string | null | undefined;
  /** 被抽样单位所在乡镇(街道):由服务端按主体登记信息确定,可省略;填写且不一致的拒绝 */
  townshipId?: string | number | null | undefined;
};

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

/** 检验项目结果 */
export type TestItemInput = {
  /** 不合格项必填 */
  failureKind?: FailureKind | null | undefined;
  limit: string;
  measured: string;
  name: string;
  standard: string;
  unit: string;
  /** 可按限量自动判定时可省略 */
  verdict?: Verdict | null | undefined;
};

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

export type RecordAuditTrailQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecordAuditTrailQuery = { auditTrail: { sampling: { nodes: Array<{ id: string, at: string, kind: AuditKind, recordType: string, recordId: string, parentId: string | null, operation: string | null, action: string | null, cursor: string, actor: { username: string, name: string, role: string, department: string | null }, changes: Array<{ field: string, label: string | null, from: string | null, to: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type DecideObjectionMutationVariables = Exact<{
  input: ObjectionDecisionInput;
}>;


export type DecideObjectionMutation = { decideObjection: { id: string } };

export type DisposalRuleQueryVariables = Exact<{ [key: string]: never; }>;


export type DisposalRuleQuery = { clockRules: Array<{ code: string, unit: ClockUnit, extension: number }> | null };

export type ExtendDisposalMutationVariables = Exact<{
  disposalId: string | number;
}>;


export type ExtendDisposalMutation = { extendDisposal: { id: string, extended: boolean, clock: { deadline: string | null, remaining: number | null, status: ClockStatus } | null } };

export type InfantFormulaSampleOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type InfantFormulaSampleOptionsQuery = { samples: { nodes: Array<{ id: string, number: string, foodName: string, batchNumber: string, sampledOn: string }> } | null };

export type LinkInfantFormulaSampleMutationVariables = Exact<{
  batchId: string | number;
  sampleId: string | number;
}>;


export type LinkInfantFormulaSampleMutation = { linkInfantFormulaSample: { id: string, sample: { id: string, number: string, foodName: string, verdict: Verdict | null } | null } };

export type RegisterInfantFormulaBatchMutationVariables = Exact<{
  input: InfantFormulaBatchInput;
}>;


export type RegisterInfantFormulaBatchMutation = { registerInfantFormulaBatch: { id: string } };

export type MoveSampleMutationVariables = Exact<{
  input: MoveSampleInput;
}>;


export type MoveSampleMutation = { moveSample: { id: string, status: SampleStatus, version: number } };

export type RecordTestResultsMutationVariables = Exact<{
  sampleId: string | number;
  items: Array<TestItemInput> | TestItemInput;
}>;


export type RecordTestResultsMutation = { recordTestResults: { id: string } };

export type RequestRecheckMutationVariables = Exact<{
  input: RecheckInput;
}>;


export type RequestRecheckMutation = { requestRecheck: { id: string } };

export type RecordRecheckResultMutationVariables = Exact<{
  input: RecheckResultInput;
}>;


export type RecordRecheckResultMutation = { recordRecheckResult: { id: string } };

export type StartDisposalMutationVariables = Exact<{
  input: DisposalInput;
}>;


export type StartDisposalMutation = { startDisposal: { id: string } };

export type CompleteDisposalMutationVariables = Exact<{
  input: CompleteDisposalInput;
}>;


export type CompleteDisposalMutation = { completeDisposal: { id: string } };

export type FileObjectionMutationVariables = Exact<{
  input: ObjectionInput;
}>;


export type FileObjectionMutation = { fileObjection: { id: string } };

export type SampleTableQueryVariables = Exact<{
  filter?: SampleFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SampleTableQuery = { samples: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, number: string, foodName: string, category: FoodCategory, status: SampleStatus, verdict: Verdict | null, failureKind: FailureKind | null, sampledOn: string, lab: string, overdue: boolean, focusVariety: FocusVariety | null, focusPeriod: FocusPeriod | null, focusArea: FocusArea | null, plan: { id: string, name: string, level: PlanLevel }, entity: { id: string, name: string, township: { id: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type SampleRowFragment = { id: string, number: string, foodName: string, category: FoodCategory, status: SampleStatus, verdict: Verdict | null, failureKind: FailureKind | null, sampledOn: string, lab: string, overdue: boolean, focusVariety: FocusVariety | null, focusPeriod: FocusPeriod | null, focusArea: FocusArea | null, plan: { id: string, name: string, level: PlanLevel }, entity: { id: string, name: string, township: { id: string, name: string } } | null };

export type PlanScopeFragment = { id: string, name: string, level: PlanLevel, categories: Array<FoodCategory>, startsOn: string, endsOn: string, focusVarieties: Array<FocusVariety>, focusPeriods: Array<FocusPeriod>, focusAreas: Array<FocusArea> };

export type CalendarPageQueryVariables = Exact<{
  year: number;
}>;


export type CalendarPageQuery = { holidayCalendar: { year: number, source: string, covered: boolean, workingDays: number, days: Array<{ date: string, type: DayType, kind: CalendarDayKind | null, name: string | null, edited: boolean }> } | null, clockRules: Array<{ code: string, name: string, unit: ClockUnit, amount: number, extension: number, period: string, duty: ClockDuty, source: string, edited: boolean }> | null };

export type SetCalendarDayMutationVariables = Exact<{
  input: CalendarDayInput;
}>;


export type SetCalendarDayMutation = { setCalendarDay: { date: string } };

export type RemoveCalendarDayMutationVariables = Exact<{
  date: string;
}>;


export type RemoveCalendarDayMutation = { removeCalendarDay: boolean };

export type UpdateClockRuleMutationVariables = Exact<{
  input: ClockRuleInput;
}>;


export type UpdateClockRuleMutation = { updateClockRule: { code: string } };

export type ConsumerRequestsQueryVariables = Exact<{
  filter?: ConsumerRequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsumerRequestsQuery = { consumerRequests: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, title: string, category: FoodCategory, description: string, channel: string, submittedBy: string, submittedOn: string, votes: number, status: ConsumerRequestStatus, reply: string | null, samples: Array<{ id: string, foodName: string, verdict: Verdict | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type CreateConsumerRequestMutationVariables = Exact<{
  input: ConsumerRequestInput;
}>;


export type CreateConsumerRequestMutation = { createConsumerRequest: { id: string } };

export type VoteConsumerRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type VoteConsumerRequestMutation = { voteConsumerRequest: { id: string, votes: number } };

export type DecideConsumerRequestMutationVariables = Exact<{
  input: ConsumerRequestDecisionInput;
}>;


export type DecideConsumerRequestMutation = { decideConsumerRequest: { id: string, status: ConsumerRequestStatus, reply: string | null } };

export type DisposalBoardQueryVariables = Exact<{
  filter?: DisposalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisposalBoardQuery = { disposals: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, startedOn: string, completedOn: string | null, actions: Array<DisposalAction>, extended: boolean, caseNumber: string | null, clock: { deadline: string | null, remaining: number | null, status: ClockStatus, paused: boolean } | null, sample: { id: string, foodName: string, number: string, failureKind: FailureKind | null, entity: { id: string, name: string, township: { id: string, name: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type InfantFormulaBatchesQueryVariables = Exact<{
  filter?: InfantFormulaFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InfantFormulaBatchesQuery = { infantFormulaBatches: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ id: string, year: number, brand: string, product: string, stage: number, batchNumber: string, foundOn: string, entity: { id: string, name: string, township: { id: string, name: string } } | null, sample: { id: string, number: string, foodName: string, verdict: Verdict | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type InfantFormulaCoverageQueryVariables = Exact<{
  year: number;
}>;


export type InfantFormulaCoverageQuery = { infantFormulaCoverage: { year: number, batchesOnSale: number, batchesTested: number, coverage: number } | null };

export type CreateSamplingPlanMutationVariables = Exact<{
  input: PlanInput;
}>;


export type CreateSamplingPlanMutation = { createSamplingPlan: { id: string } };

export type PlansQueryVariables = Exact<{
  filter?: PlanFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  year: number;
}>;


export type PlansQuery = { samplingPlans: { totalCount: number, totalCountIsEstimate: boolean, nodes: Array<{ purpose: PlanPurpose, issuer: string, quota: number, id: string, name: string, level: PlanLevel, categories: Array<FoodCategory>, startsOn: string, endsOn: string, focusVarieties: Array<FocusVariety>, focusPeriods: Array<FocusPeriod>, focusAreas: Array<FocusArea>, progress: { sampled: number, reported: number, unqualified: number, share: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, samplingFigures: { batches: number, unqualified: number, unqualifiedRate: number, infantFormulaBatches: number, infantFormulaCoverage: number, focusBatches: number, byLevel: Array<{ level: PlanLevel, batches: number, quota: number }>, byFocusVariety: Array<{ variety: FocusVariety, batches: number, unqualified: number }>, byFocusPeriod: Array<{ period: FocusPeriod, batches: number, unqualified: number }>, byFocusArea: Array<{ area: FocusArea, batches: number, unqualified: number }> } | null };

export type RegisterOptionsQueryVariables = Exact<{
  year: number;
}>;


export type RegisterOptionsQuery = { samplingPlans: { nodes: Array<{ id: string, name: string, level: PlanLevel, categories: Array<FoodCategory>, startsOn: string, endsOn: string, focusVarieties: Array<FocusVariety>, focusPeriods: Array<FocusPeriod>, focusAreas: Array<FocusArea> }> } | null };

export type RegisterSampleMutationVariables = Exact<{
  input: SampleInput;
}>;


export type RegisterSampleMutation = { registerSample: { id: string } };

export type SampleDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SampleDetailQuery = { sample: { version: number, brand: string | null, specification: string | null, batchNumber: string, producedOn: string | null, samplers: Array<string>, receivedOn: string | null, reportedOn: string | null, notifiedOn: string | null, publishedOn: string | null, backupKeptUntil: string | null, nextStatuses: Array<SampleStatus>, id: string, number: string, foodName: string, category: FoodCategory, status: SampleStatus, verdict: Verdict | null, failureKind: FailureKind | null, sampledOn: string, lab: string, overdue: boolean, focusVariety: FocusVariety | null, focusPeriod: FocusPeriod | null, focusArea: FocusArea | null, plan: { purpose: PlanPurpose, id: string, name: string, level: PlanLevel }, testItems: Array<{ id: string, name: string, measured: string, limit: string, unit: string, standard: string, verdict: Verdict, failureKind: FailureKind | null }>, events: Array<{ id: string, fromStatus: SampleStatus | null, toStatus: SampleStatus, label: string, happenedOn: string, recordedBy: string, recordedAt: string, note: string | null }>, clocks: Array<{ code: string, name: string, period: string, duty: ClockDuty, source: string, startedOn: string, deadline: string | null, remaining: number | null, status: ClockStatus, overdue: boolean, paused: boolean, completedOn: string | null }>, recheck: { id: string, requestedOn: string, applicant: string, lab: string, status: RecheckStatus, result: Verdict | null, completedOn: string | null } | null, objections: Array<{ id: string, kind: ObjectionKind, filedOn: string, applicant: string, reason: string, status: ObjectionStatus, decidedOn: string | null, conclusion: string | null }>, disposal: { id: string, startedOn: string, actions: Array<DisposalAction>, extended: boolean, quantity: number | null, measures: string | null, caseNumber: string | null, caseId: string | null, completedOn: string | null } | null, consumerRequest: { id: string, title: string } | null, entity: { id: string, name: string, township: { id: string, name: string } } | null } | null };

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
export const TownshipRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<TownshipRefFragment, unknown>;
export const SampleRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"failureKind"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"lab"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"focusVariety"}},{"kind":"Field","name":{"kind":"Name","value":"focusPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"focusArea"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SampleRowFragment, unknown>;
export const PlanScopeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanScope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamplingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"focusPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"}}]}}]} as unknown as DocumentNode<PlanScopeFragment, unknown>;
export const CaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]} as unknown as DocumentNode<CaseRowFragment, unknown>;
export const AuditPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AuditPageFieldsFragment, unknown>;
export const PagingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<PagingFragment, unknown>;
export const RecordAuditTrailDocument = {"__meta__":{"hash":"sha256:6a3a2d0e45394616cccb3ccb19672a2d229d600e78b5b09d4613994f538ad5e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sampling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<RecordAuditTrailQuery, RecordAuditTrailQueryVariables>;
export const DecideObjectionDocument = {"__meta__":{"hash":"sha256:8bb712afa71141f442bc4292ba0ed2198c591d174787b9da9e4ed54fe42dc8b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DecideObjectionMutation, DecideObjectionMutationVariables>;
export const DisposalRuleDocument = {"__meta__":{"hash":"sha256:ab93f1c4f3fb00df9835395985f9990f0f1b99ddde75066e735821e67715bcaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisposalRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clockRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}}]}}]}}]} as unknown as DocumentNode<DisposalRuleQuery, DisposalRuleQueryVariables>;
export const ExtendDisposalDocument = {"__meta__":{"hash":"sha256:8636614ac4b620306b7077956e2d4a42633a658ff858129651b31bfd01bc35f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"disposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disposalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExtendDisposalMutation, ExtendDisposalMutationVariables>;
export const InfantFormulaSampleOptionsDocument = {"__meta__":{"hash":"sha256:14a255685bae115c8d20218cbfb9332b02d0dc3ce1a79558585a603ec9040761"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InfantFormulaSampleOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"samples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"INFANT_FORMULA"}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}}]}}]}}]}}]} as unknown as DocumentNode<InfantFormulaSampleOptionsQuery, InfantFormulaSampleOptionsQueryVariables>;
export const LinkInfantFormulaSampleDocument = {"__meta__":{"hash":"sha256:81fe2277210ba79e732e438d952cf9c2bc937ad90f60b6e5b07316f0199eccbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkInfantFormulaSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sampleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkInfantFormulaSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sampleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sampleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]} as unknown as DocumentNode<LinkInfantFormulaSampleMutation, LinkInfantFormulaSampleMutationVariables>;
export const RegisterInfantFormulaBatchDocument = {"__meta__":{"hash":"sha256:bfc1a197b998a71c9a9c71e4465d89f750f145f80477cabfe1d34c6671055a7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInfantFormulaBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InfantFormulaBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInfantFormulaBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterInfantFormulaBatchMutation, RegisterInfantFormulaBatchMutationVariables>;
export const MoveSampleDocument = {"__meta__":{"hash":"sha256:b4f38373200a208a106d86e394c43b911f7d32dc5d1016cc491c2b1255e4dc1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveSampleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveSampleMutation, MoveSampleMutationVariables>;
export const RecordTestResultsDocument = {"__meta__":{"hash":"sha256:3df9b372ce35799460468cc6ee6ee1cfba1bf28887defd29de516d9dfb25423e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTestResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sampleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTestResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sampleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sampleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordTestResultsMutation, RecordTestResultsMutationVariables>;
export const RequestRecheckDocument = {"__meta__":{"hash":"sha256:201713c40a68907f752ddb6b1ddbecbe895083cf21a5d95913d00f8717997381"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestRecheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRecheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestRecheckMutation, RequestRecheckMutationVariables>;
export const RecordRecheckResultDocument = {"__meta__":{"hash":"sha256:adde847a6c05d9cd7fa21e6b13efac00cea2e5ef0a71a91559ba7f75b6ea3d97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRecheckResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecheckResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRecheckResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordRecheckResultMutation, RecordRecheckResultMutationVariables>;
export const StartDisposalDocument = {"__meta__":{"hash":"sha256:53a1b2af79141d22d41d78897c0e7fafa1b06167e77fa32eef232288d953d780"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartDisposalMutation, StartDisposalMutationVariables>;
export const CompleteDisposalDocument = {"__meta__":{"hash":"sha256:1d501704587e88c3660d0199e33eaed5c40f4f727c5683118cb95d74d89d8322"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteDisposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CompleteDisposalMutation, CompleteDisposalMutationVariables>;
export const FileObjectionDocument = {"__meta__":{"hash":"sha256:96068ea2ee43a95789f89075959820bbcb9674167c278b61ccbb0fceca889e0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;
export const SampleTableDocument = {"__meta__":{"hash":"sha256:dca353fab9b78f925a9b65b64ec6b2c1761c47e38677163d49f95610317aa120"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SampleTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SampleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"samples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SampleRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"failureKind"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"lab"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"focusVariety"}},{"kind":"Field","name":{"kind":"Name","value":"focusPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"focusArea"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]} as unknown as DocumentNode<SampleTableQuery, SampleTableQueryVariables>;
export const CalendarPageDocument = {"__meta__":{"hash":"sha256:c6a8bfaa085cad0600f91885e3e75b96cb91e8ad7859843a1c2e4ab37e1f3722"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clockRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}}]}}]}}]} as unknown as DocumentNode<CalendarPageQuery, CalendarPageQueryVariables>;
export const SetCalendarDayDocument = {"__meta__":{"hash":"sha256:d093d768c3a9f019af266e4e897179ec315be0b6dc0ec962426870a02950af44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const RemoveCalendarDayDocument = {"__meta__":{"hash":"sha256:956a51f2c996dd67fca1c70f8a8fa0110cf542de1129bb328c7f63adda234a4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}}]} as unknown as DocumentNode<RemoveCalendarDayMutation, RemoveCalendarDayMutationVariables>;
export const UpdateClockRuleDocument = {"__meta__":{"hash":"sha256:29b84975d7d02f37b8f47382fd4b5d967e9403e9cc2f497c037f3f8dd85df9b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClockRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClockRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClockRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateClockRuleMutation, UpdateClockRuleMutationVariables>;
export const ConsumerRequestsDocument = {"__meta__":{"hash":"sha256:b64f759975abf59a9f946ed0b1dca936deaba7fa9823e86d0384f9084b417aee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsumerRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsumerRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumerRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<ConsumerRequestsQuery, ConsumerRequestsQueryVariables>;
export const CreateConsumerRequestDocument = {"__meta__":{"hash":"sha256:93896bd20bfc6a319465ebbf96cd0171c8ba56bce0348db9de110659fa6954dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConsumerRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsumerRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConsumerRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateConsumerRequestMutation, CreateConsumerRequestMutationVariables>;
export const VoteConsumerRequestDocument = {"__meta__":{"hash":"sha256:5293e889f12363edd4852f283dc9c942ba0634586699dcdb069f6dccdabdb1a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteConsumerRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteConsumerRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}}]}}]} as unknown as DocumentNode<VoteConsumerRequestMutation, VoteConsumerRequestMutationVariables>;
export const DecideConsumerRequestDocument = {"__meta__":{"hash":"sha256:d1a4eaf9b87a2100544fea8c6c184bb57e832182b797b875f662c8fca0aae1db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideConsumerRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsumerRequestDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideConsumerRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]}}]} as unknown as DocumentNode<DecideConsumerRequestMutation, DecideConsumerRequestMutationVariables>;
export const DisposalBoardDocument = {"__meta__":{"hash":"sha256:7babd24f3d4b01fbc8de983b4b19e861379d4793a472df693146f52bd5472062"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisposalBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisposalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"failureKind"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<DisposalBoardQuery, DisposalBoardQueryVariables>;
export const InfantFormulaBatchesDocument = {"__meta__":{"hash":"sha256:7b2ee563ff3f630673453dfcb334df683ed048c028fa43e4c4635eb3d3339943"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InfantFormulaBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InfantFormulaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"infantFormulaBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<InfantFormulaBatchesQuery, InfantFormulaBatchesQueryVariables>;
export const InfantFormulaCoverageDocument = {"__meta__":{"hash":"sha256:b3ddf8cbbc189ebad27b94d373c07e994f11d9debdb58c6bc221211ca9012dfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InfantFormulaCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"infantFormulaCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"batchesOnSale"}},{"kind":"Field","name":{"kind":"Name","value":"batchesTested"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<InfantFormulaCoverageQuery, InfantFormulaCoverageQueryVariables>;
export const CreateSamplingPlanDocument = {"__meta__":{"hash":"sha256:1176df2b54e48d503e5fba8d058076b3a3293a0a7f4ebf3e5b59da3fa5f1e88f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSamplingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSamplingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSamplingPlanMutation, CreateSamplingPlanMutationVariables>;
export const PlansDocument = {"__meta__":{"hash":"sha256:b4f3f12d5b00426d7dfb20e3c119b9af8ce409692b68f49c63e8f3c48e40fc57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"samplingPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Paging"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanScope"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"samplingFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualifiedRate"}},{"kind":"Field","name":{"kind":"Name","value":"infantFormulaBatches"}},{"kind":"Field","name":{"kind":"Name","value":"infantFormulaCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusBatches"}},{"kind":"Field","name":{"kind":"Name","value":"byFocusVariety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variety"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFocusPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFocusArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Paging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Paged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanScope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamplingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"focusPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const RegisterOptionsDocument = {"__meta__":{"hash":"sha256:1758a0a4258377f5ba306bbce8456cb7698b49e896c8280810109188f61623dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"samplingPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanScope"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanScope"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamplingPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusVarieties"}},{"kind":"Field","name":{"kind":"Name","value":"focusPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"}}]}}]} as unknown as DocumentNode<RegisterOptionsQuery, RegisterOptionsQueryVariables>;
export const RegisterSampleDocument = {"__meta__":{"hash":"sha256:b6622f6c34bc49337d5c2961ed0e6d2f34529f43495d7bb2239519b2fa5c2e45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SampleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterSampleMutation, RegisterSampleMutationVariables>;
export const SampleDetailDocument = {"__meta__":{"hash":"sha256:53d381afedff47379857e74f5832e7aa11eed8de27ead41a7bd162f85aca7e1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SampleDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SampleRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"specification"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"samplers"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"backupKeptUntil"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"failureKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"happenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"}},{"kind":"Field","name":{"kind":"Name","value":"lab"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumerRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"foodName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"failureKind"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"lab"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"focusVariety"}},{"kind":"Field","name":{"kind":"Name","value":"focusPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"focusArea"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]} as unknown as DocumentNode<SampleDetailQuery, SampleDetailQueryVariables>;
export const CaseOptionsDocument = {"__meta__":{"hash":"sha256:e27ec116c8afdeb7b46cba93006201aca5e5d347dfa669257b8a33574538dffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOptionsQuery, CaseOptionsQueryVariables>;
export const EntityOptionsDocument = {"__meta__":{"hash":"sha256:e09ac7c097b2dabb63d14e98e88c68184091e52a071abf32d71bdafd484423c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityOptionsQuery, EntityOptionsQueryVariables>;
export const VisibleVillagesDocument = {"__meta__":{"hash":"sha256:4b22fecefa11e868281405962efb3df352df43b624a17631c11ee70625538605"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleVillages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TownshipRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TownshipRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Township"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<VisibleVillagesQuery, VisibleVillagesQueryVariables>;
export const TownshipOptionsDocument = {"__meta__":{"hash":"sha256:c35371ba8aae1aa9f567d502abf3611690b8947de83ee15fe55af1f163d8b1e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<TownshipOptionsQuery, TownshipOptionsQueryVariables>;