import { AttendanceResolver } from './Attendance';
import { EntityResolver } from './Entity';
import { InboxResolver } from './Inbox';
import { OfficerTrainingResolver } from './OfficerTraining';
import { TrainingAssessmentResolver } from './TrainingAssessment';
import { TrainingSessionResolver } from './TrainingSession';
import { WorkReportResolver } from './WorkReport';
import { WorkshopUpgradeResolver } from './WorkshopUpgrade';

export const RESOLVERS = [
  TrainingSessionResolver,
  AttendanceResolver,
  OfficerTrainingResolver,
  TrainingAssessmentResolver,
  WorkshopUpgradeResolver,
  EntityResolver,
  WorkReportResolver,
  InboxResolver,
] as const;
