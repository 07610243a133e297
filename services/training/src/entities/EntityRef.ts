import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The entities subgraph's `Entity`, as far as training knows it: its key. Resolvable here because training adds
 * fields to it (Entity.trainings …, see resolvers/entity.ts); the entities subgraph owns everything else.
 */
@Directive('@key(fields: "id")')
@ObjectType('Entity')
export class EntityRef {
  @Field(() => ID)
  id!: string;
}

export const entityRef = (id: string): EntityRef => Object.assign(new EntityRef(), { id });
