import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The entities subgraph's `Entity`, referenced by id; the gateway fetches everything else from there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Entity')
export class EntityRef {
  @Field(() => ID)
  id!: string;
}

export const entityRef = (id: string): EntityRef => Object.assign(new EntityRef(), { id });
