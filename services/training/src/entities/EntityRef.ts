import { foreignType } from '@shian/subgraph-kit';

/**
 * The entities subgraph's `Entity`, as far as training knows it: its key. Resolvable here because training adds
 * fields to it (Entity.trainings …, see resolvers/entity.ts); the entities subgraph owns everything else.
 */
export const EntityRef = foreignType('Entity', { resolvable: true });
export type EntityRef = InstanceType<typeof EntityRef>;

export const entityRef = EntityRef.of;
