import { names } from '@shian/remote-kit';
import { type LabelMap, labelOf } from '@shian/ui-kit';
import type {
  DutyFrequency,
  DutyOwnerKind,
  DutyStatus,
  HazardStatus,
  IncidentKind,
  IncidentLevel,
  IncidentStep,
  InvestigationStatus,
  RiskCategory,
  RiskLevel,
  RiskStatus,
} from './gql/graphql';

/** A duty's clock reads as every module's clocks; the kinds of business a risk concerns are entities' categories. */
export { CLOCK_STATUS, ENTITY_CATEGORY as BUSINESS_CATEGORY } from '@shian/remote-kit';

/** Every enum of the risk subgraph as the UI shows it (the glossary of notes/risk-model.md). */
export const RISK_CATEGORY: LabelMap<RiskCategory> = {
  CAMPUS: { label: '校园食品', color: 'cyan' },
  RURAL_BANQUET: { label: '农村集体聚餐', color: 'gold' },
  WILD_MUSHROOM: { label: '野生菌', color: 'volcano' },
  SMALL_WORKSHOP: { label: '小作坊', color: 'purple' },
  COLD_CHAIN: { label: '冷链食品', color: 'geekblue' },
  ONLINE_CATERING: { label: '网络餐饮', color: 'magenta' },
  OTHER: { label: '其他' },
};

/** The four levels in their national colours (blue, yellow, orange, red), used by tags and the matrix alike. */
export const LEVEL_COLOR: Record<RiskLevel, string> = {
  LOW: '#1677ff',
  GENERAL: '#fadb14',
  HIGH: '#fa8c16',
  MAJOR: '#f5222d',
};

export const RISK_LEVEL: LabelMap<RiskLevel> = {
  LOW: { label: '低风险', color: 'blue' },
  GENERAL: { label: '一般风险', color: 'gold' },
  HIGH: { label: '较大风险', color: 'orange' },
  MAJOR: { label: '重大风险', color: 'red' },
};

export const RISK_STATUS: LabelMap<RiskStatus> = {
  ACTIVE: { label: '管控中', color: 'blue' },
  MONITORING: { label: '持续监测', color: 'orange' },
  CLOSED: { label: '已销号', color: 'default' },
};

export const DUTY_OWNER_KIND: LabelMap<DutyOwnerKind> = {
  DEPARTMENT: { label: '部门' },
  TOWNSHIP: { label: '乡镇(街道)' },
  OFFICIAL: { label: '包保干部' },
};

export const DUTY_STATUS: LabelMap<DutyStatus> = {
  PENDING: { label: '待落实', color: 'orange' },
  IN_PROGRESS: { label: '落实中', color: 'blue' },
  DONE: { label: '已完成', color: 'green' },
};

export const DUTY_FREQUENCY: LabelMap<DutyFrequency> = {
  ONCE: { label: '一次性' },
  MONTHLY: { label: '每月' },
  QUARTERLY: { label: '每季度' },
  YEARLY: { label: '每年' },
};

export const INVESTIGATION_STATUS: LabelMap<InvestigationStatus> = {
  PLANNED: { label: '计划中', color: 'orange' },
  ONGOING: { label: '排查中', color: 'blue' },
  FINISHED: { label: '已结束', color: 'green' },
};

export const HAZARD_STATUS: LabelMap<HazardStatus> = {
  OPEN: { label: '待整改', color: 'orange' },
  RECTIFIED: { label: '已整改', color: 'blue' },
  VERIFIED: { label: '已复核', color: 'green' },
};

export const INCIDENT_LEVEL: LabelMap<IncidentLevel> = {
  I: { label: 'Ⅰ级(特别重大)', color: 'red' },
  II: { label: 'Ⅱ级(重大)', color: 'orange' },
  III: { label: 'Ⅲ级(较大)', color: 'gold' },
  IV: { label: 'Ⅳ级(一般)', color: 'blue' },
};

export const INCIDENT_KIND: LabelMap<IncidentKind> = {
  FOOD_POISONING: { label: '食物中毒' },
  CONTAMINATION: { label: '食品污染' },
  FAKE_PRODUCT: { label: '假冒伪劣食品' },
  OTHER: { label: '其他' },
};

/** In the only order the subgraph accepts them. */
export const INCIDENT_STEP: LabelMap<IncidentStep> = {
  RECEIVED: { label: '接报', color: 'default' },
  VERIFIED: { label: '核实', color: 'blue' },
  RESPONSE_STARTED: { label: '启动响应', color: 'orange' },
  CONTROLLED: { label: '控制', color: 'gold' },
  INVESTIGATED: { label: '调查', color: 'purple' },
  CLOSED: { label: '终止', color: 'green' },
};

/** Departments as records name them; a name not listed here is shown as written. */
export const DEPARTMENT: LabelMap<string> = {
  market: { label: '区市场监督管理局' },
  police: { label: '区公安分局' },
  education: { label: '区教育科技局' },
  agriculture: { label: '区农业农村局' },
  health: { label: '区卫生健康局' },
};

/** Several enum values in one cell, by their labels: `区公安分局、区教育科技局` (— when none). */
export const labelList = <K extends string>(map: LabelMap<K>, values: readonly string[]) =>
  names(values.map((value) => ({ name: labelOf(map, value as K) })));
