import { __Name__Record } from './__Name__Record';
import { EntityRef, entityRef } from './EntityRef';

export { __Name__Record, EntityRef, entityRef };

/** The tables of this subgraph (EntityRef is only a GraphQL stub of the entities subgraph's type). */
export const ENTITIES = [__Name__Record];
