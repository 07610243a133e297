import { foreignType } from '@shian/subgraph-kit';

/** The entities subgraph's `Entity`, referenced by id; the gateway fetches everything else from there. */
export const EntityRef = foreignType('Entity');
export type EntityRef = InstanceType<typeof EntityRef>;

export const entityRef = EntityRef.of;
