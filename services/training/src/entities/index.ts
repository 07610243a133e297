import { Attendance } from './Attendance';
import { EntityRef, entityRef } from './EntityRef';
import { OfficerAttendance } from './OfficerAttendance';
import { TownshipRef, townshipRef } from './TownshipRef';
import { TrainingAssessment } from './TrainingAssessment';
import { TrainingSession } from './TrainingSession';
import { WorkshopUpgrade } from './WorkshopUpgrade';

export * from './enums';
export {
  Attendance,
  EntityRef,
  entityRef,
  OfficerAttendance,
  TownshipRef,
  townshipRef,
  TrainingAssessment,
  TrainingSession,
  WorkshopUpgrade,
};

/** The tables of this subgraph (EntityRef and TownshipRef are GraphQL stubs of the entities subgraph's types). */
export const ENTITIES = [TrainingSession, Attendance, OfficerAttendance, TrainingAssessment, WorkshopUpgrade];
