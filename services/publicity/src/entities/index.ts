import { Article } from './Article';
import { CaseRef, caseRef } from './CaseRef';
import { EntityRef, entityRef } from './EntityRef';
import { OpinionEvent } from './OpinionEvent';
import { OpinionEventStep } from './OpinionEventStep';
import { OutreachEvent } from './OutreachEvent';
import { PublicityWeek } from './PublicityWeek';
import { TownshipRef, townshipRef } from './TownshipRef';

export * from './enums';
export {
  Article,
  CaseRef,
  caseRef,
  EntityRef,
  entityRef,
  OpinionEvent,
  OpinionEventStep,
  OutreachEvent,
  PublicityWeek,
  TownshipRef,
  townshipRef,
};

/** The tables of this subgraph (CaseRef, EntityRef and TownshipRef are GraphQL stubs of other subgraphs' types). */
export const ENTITIES = [Article, OpinionEvent, OpinionEventStep, PublicityWeek, OutreachEvent];
