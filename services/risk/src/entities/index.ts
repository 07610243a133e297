import { Consultation } from './Consultation';
import { ConsultationConclusion } from './ConsultationConclusion';
import { Drill } from './Drill';
import { Duty } from './Duty';
import { Hazard } from './Hazard';
import { HazardInvestigation } from './HazardInvestigation';
import { Incident } from './Incident';
import { IncidentReportRule } from './IncidentReportRule';
import { IncidentTimelineEntry } from './IncidentTimelineEntry';
import { Risk } from './Risk';
import { RiskLevelChange } from './RiskLevelChange';
import { RiskMatrixSetting } from './RiskMatrixSetting';

export * from './enums';
export * from './lists';
export * from './refs';
export * from './types';
export {
  Consultation,
  ConsultationConclusion,
  Drill,
  Duty,
  Hazard,
  HazardInvestigation,
  Incident,
  IncidentReportRule,
  IncidentTimelineEntry,
  Risk,
  RiskLevelChange,
  RiskMatrixSetting,
};

/** The tables of this subgraph (the refs are GraphQL stubs of other subgraphs' types). */
export const ENTITIES = [
  Risk,
  RiskLevelChange,
  RiskMatrixSetting,
  Duty,
  HazardInvestigation,
  Hazard,
  Consultation,
  ConsultationConclusion,
  Incident,
  IncidentTimelineEntry,
  IncidentReportRule,
  Drill,
];
