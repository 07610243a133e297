import { ConsultationConclusionResolver, ConsultationResolver } from './Consultation';
import { DrillResolver } from './Drill';
import { DutyResolver } from './Duty';
import { EntityHazardsResolver, HazardResolver, RiskHazardsResolver } from './Hazard';
import { HazardInvestigationResolver } from './HazardInvestigation';
import { InboxResolver } from './Inbox';
import { IncidentResolver } from './Incident';
import { IncidentReportRuleResolver } from './IncidentReportRule';
import { RiskResolver } from './Risk';
import { RiskMatrixResolver } from './RiskMatrix';
import { WorkReportResolver } from './WorkReport';

export const RESOLVERS = [
  RiskResolver,
  RiskMatrixResolver,
  DutyResolver,
  ConsultationResolver,
  ConsultationConclusionResolver,
  DrillResolver,
  HazardInvestigationResolver,
  HazardResolver,
  RiskHazardsResolver,
  EntityHazardsResolver,
  IncidentResolver,
  IncidentReportRuleResolver,
  WorkReportResolver,
  InboxResolver,
] as const;
