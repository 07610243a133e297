import { __Name__Record } from './__Name__Record';
import { EntityRef, entityRef } from './EntityRef';
import { TownshipRef, townshipRef } from './TownshipRef';

export { __Name__Record, EntityRef, entityRef, TownshipRef, townshipRef };

/** The tables of this subgraph (EntityRef and TownshipRef are only GraphQL stubs of the entities subgraph's types). */
export const ENTITIES = [__Name__Record];
