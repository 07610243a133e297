import { RiskRecord } from './RiskRecord';
import { EntityRef, entityRef } from './EntityRef';

export { RiskRecord, EntityRef, entityRef };

/** The tables of this subgraph (EntityRef is only a GraphQL stub of the entities subgraph's type). */
export const ENTITIES = [RiskRecord];
