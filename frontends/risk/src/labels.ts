import { labelList, withColors } from '@shian/remote-kit';
import type { LabelMap } from '@shian/ui-kit';
import type { RiskLevel } from './gql/graphql';
import {
  DutyFrequencyLabels,
  DutyOwnerKindLabels,
  DutyStatusLabels,
  HazardStatusLabels,
  IncidentKindLabels,
  IncidentLevelLabels,
  IncidentStepLabels,
  InvestigationStatusLabels,
  RiskCategoryLabels,
  RiskLevelLabels,
  RiskStatusLabels,
} from './gql/labels';

/** A duty's clock reads as every module's clocks; the kinds of business a risk concerns are entities' categories. */
export { CLOCK_STATUS, ENTITY_CATEGORY as BUSINESS_CATEGORY } from '@shian/remote-kit';

/**
 * Every enum of the risk subgraph as the UI shows it (the glossary of notes/risk-model.md): the words are the API
 * schema's (its enum value descriptions, generated into src/gql/labels.ts), the colours this module's.
 */
export const RISK_CATEGORY = withColors(RiskCategoryLabels, {
  CAMPUS: 'cyan',
  RURAL_BANQUET: 'gold',
  WILD_MUSHROOM: 'volcano',
  SMALL_WORKSHOP: 'purple',
  COLD_CHAIN: 'geekblue',
  ONLINE_CATERING: 'magenta',
});

/** The four levels in their national colours (blue, yellow, orange, red), used by tags and the matrix alike. */
export const LEVEL_COLOR: Record<RiskLevel, string> = {
  LOW: '#1677ff',
  GENERAL: '#fadb14',
  HIGH: '#fa8c16',
  MAJOR: '#f5222d',
};

export const RISK_LEVEL = withColors(RiskLevelLabels, { LOW: 'blue', GENERAL: 'gold', HIGH: 'orange', MAJOR: 'red' });

export const RISK_STATUS = withColors(RiskStatusLabels, { ACTIVE: 'blue', MONITORING: 'orange', CLOSED: 'default' });

export const DUTY_OWNER_KIND = withColors(DutyOwnerKindLabels);

export const DUTY_STATUS = withColors(DutyStatusLabels, { PENDING: 'orange', IN_PROGRESS: 'blue', DONE: 'green' });

export const DUTY_FREQUENCY = withColors(DutyFrequencyLabels);

export const INVESTIGATION_STATUS = withColors(InvestigationStatusLabels, {
  PLANNED: 'orange',
  ONGOING: 'blue',
  FINISHED: 'green',
});

export const HAZARD_STATUS = withColors(HazardStatusLabels, { OPEN: 'orange', RECTIFIED: 'blue', VERIFIED: 'green' });

export const INCIDENT_LEVEL = withColors(IncidentLevelLabels, { I: 'red', II: 'orange', III: 'gold', IV: 'blue' });

export const INCIDENT_KIND = withColors(IncidentKindLabels);

/** In the only order the subgraph accepts them. */
export const INCIDENT_STEP = withColors(IncidentStepLabels, {
  RECEIVED: 'default',
  VERIFIED: 'blue',
  RESPONSE_STARTED: 'orange',
  CONTROLLED: 'gold',
  INVESTIGATED: 'purple',
  CLOSED: 'green',
});

/** Departments as records name them; a name not listed here is shown as written. */
export const DEPARTMENT: LabelMap<string> = {
  market: { label: '区市场监督管理局' },
  police: { label: '区公安分局' },
  education: { label: '区教育科技局' },
  agriculture: { label: '区农业农村局' },
  health: { label: '区卫生健康局' },
};

/** The departments of a drill or a consultation (or an incident's response) as one cell. */
export const departmentNames = (list: readonly string[]) => labelList(DEPARTMENT, list);
