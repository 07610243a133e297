import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The enforcement subgraph's `Case`, referenced by id; the gateway fetches everything else from there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Case')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}

export const caseRef = (id: string): CaseRef => Object.assign(new CaseRef(), { id });
