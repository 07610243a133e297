import { Attendance } from './Attendance';
import { EntityRef, entityRef } from './EntityRef';
import { TownshipRef, townshipRef } from './TownshipRef';
import { TrainingAssessment } from './TrainingAssessment';
import { TrainingSession } from './TrainingSession';
import { WorkshopUpgrade } from './WorkshopUpgrade';

export * from './enums';
export {
  Attendance,
  EntityRef,
  entityRef,
  TownshipRef,
  townshipRef,
  TrainingAssessment,
  TrainingSession,
  WorkshopUpgrade,
};

/** The tables of this subgraph (EntityRef and TownshipRef are GraphQL stubs of the entities subgraph's types). */
export const ENTITIES = [TrainingSession, Attendance, TrainingAssessment, WorkshopUpgrade];
