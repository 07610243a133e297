import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The entities subgraph's `Entity`, as far as this subgraph knows it: its key. `resolvable: false` because this
 * subgraph adds no fields to it; to add some (e.g. `Entity.riskRecords`), drop `resolvable: false`,
 * add a `@Resolver(() => EntityRef)` with field resolvers, and `Entity: async (ids) => ids.map((id) => ({ id }))`
 * to the references in src/schema.ts.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Entity')
export class EntityRef {
  @Field(() => ID)
  id!: string;
}

export const entityRef = (id: string): EntityRef => Object.assign(new EntityRef(), { id });
