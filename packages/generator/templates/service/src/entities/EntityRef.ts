import { foreignType } from '@shian/subgraph-kit';

/**
 * The entities subgraph's `Entity`, as far as this subgraph knows it: its key, not resolvable here because this
 * subgraph adds no fields to it; to add some (e.g. `Entity.__nameCamel__Records`), pass `{ resolvable: true }`,
 * add a `@Resolver(() => EntityRef)` with field resolvers, and `Entity: async (ids) => ids.map((id) => ({ id }))`
 * to the references in src/schema.ts.
 */
export const EntityRef = foreignType('Entity');
export type EntityRef = InstanceType<typeof EntityRef>;

export const entityRef = EntityRef.of;
