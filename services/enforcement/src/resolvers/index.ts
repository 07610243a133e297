import { CampaignResolver } from './Campaign';
import { CaseResolver } from './Case';
import { CaseMutationResolver } from './CaseMutations';
import { CaseComplaintResolver, ComplaintResolver } from './Complaint';
import { ComplaintFiguresResolver } from './ComplaintFigures';
import { ComplaintMutationResolver } from './ComplaintMutations';
import { EnforcementClockResolver } from './EnforcementClock';
import { EntityEnforcementResolver } from './Entity';
import { InboxResolver } from './Inbox';
import { InspectionResolver } from './Inspection';
import { InspectorResolver } from './Inspector';
import { JointOperationResolver } from './JointOperation';
import { OpinionEventEnforcementResolver } from './OpinionEvent';
import { DrawItemResolver, RandomDrawResolver } from './RandomDraw';
import { SeizedItemResolver } from './SeizedItem';
import { TransferResolver } from './Transfer';
import { WorkReportResolver } from './WorkReport';

export const RESOLVERS = [
  InspectorResolver,
  CampaignResolver,
  InspectionResolver,
  RandomDrawResolver,
  DrawItemResolver,
  CaseResolver,
  CaseMutationResolver,
  TransferResolver,
  JointOperationResolver,
  SeizedItemResolver,
  EntityEnforcementResolver,
  OpinionEventEnforcementResolver,
  WorkReportResolver,
  EnforcementClockResolver,
  ComplaintResolver,
  CaseComplaintResolver,
  ComplaintMutationResolver,
  ComplaintFiguresResolver,
  InboxResolver,
] as const;
