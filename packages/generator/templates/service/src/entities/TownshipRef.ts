import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The entities subgraph's `Township`, referenced by its code; the gateway fetches its name from there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Township')
export class TownshipRef {
  @Field(() => ID)
  id!: string;
}

export const townshipRef = (id: string): TownshipRef => Object.assign(new TownshipRef(), { id });
