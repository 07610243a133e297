import { InboxMarkResolver, InboxResolver } from './Inbox';
import { AssignmentResolver } from './Assignment';
import { EntityResolver } from './Entity';
import { GradingRuleResolver } from './GradingRule';
import { LicenseResolver } from './License';
import { NoticeResolver } from './Notice';
import { OfficialResolver } from './Official';
import { ResponsibilityOverviewResolver } from './ResponsibilityOverview';
import { RiskAssessmentResolver } from './RiskAssessment';
import { SupervisionRoundResolver } from './SupervisionRound';
import { TownshipResolver } from './Township';
import { SupervisionStationResolver } from './SupervisionStation';
import { VillageResolver } from './Village';
import { VillageReportPhotoResolver, VillageReportResolver } from './VillageReport';
import { VisitResolver } from './Visit';
import { WorkReportResolver } from './WorkReport';
import { ReminderChannelResolver, ReminderDeliveryResolver } from './Reminder';

export const RESOLVERS = [
  TownshipResolver,
  EntityResolver,
  LicenseResolver,
  RiskAssessmentResolver,
  GradingRuleResolver,
  OfficialResolver,
  AssignmentResolver,
  VisitResolver,
  SupervisionRoundResolver,
  NoticeResolver,
  ResponsibilityOverviewResolver,
  WorkReportResolver,
  VillageResolver,
  SupervisionStationResolver,
  VillageReportResolver,
  VillageReportPhotoResolver,
  ReminderChannelResolver,
  ReminderDeliveryResolver,
  InboxResolver,
  InboxMarkResolver,
] as const;
