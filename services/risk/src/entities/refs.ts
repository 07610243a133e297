import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Types other subgraphs own, seen from here by their key only (`resolvable: false`: this subgraph adds no field to
 * them, the owner resolves everything). A record stores the id (and whatever scope needs, such as a township).
 */

/**
 * The entities subgraph's Entity: resolvable here (by its key alone) because risk adds `Entity.hazards`
 * (resolvers/Hazard.ts), as training adds `Entity.trainings`; the entities subgraph owns everything else.
 */
@Directive('@key(fields: "id")')
@ObjectType('Entity')
export class EntityRef {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Township')
export class TownshipRef {
  @Field(() => ID)
  id!: string;
}

/** 包保干部 of the entities subgraph. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Official')
export class OfficialRef {
  @Field(() => ID)
  id!: string;
}

/** Enforcement's case. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Case')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}

/** Sampling's sample (抽样批次). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Sample')
export class SampleRef {
  @Field(() => ID)
  id!: string;
}

const keyed =
  <T extends { id: string }>(Type: new () => T) =>
  (id: string): T =>
    Object.assign(new Type(), { id });

export const entityRef = keyed(EntityRef);
export const townshipRef = keyed(TownshipRef);
export const officialRef = keyed(OfficialRef);
export const caseRef = keyed(CaseRef);
export const sampleRef = keyed(SampleRef);
