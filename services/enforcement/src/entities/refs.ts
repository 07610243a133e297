import { foreignType } from '@shian/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Types other subgraphs own, seen from here by key only. Entity gains `cases` and `inspections` here, OpinionEvent
 * (publicity) its `cases` (so their keys are resolvable here: the reference is the key itself); Township and
 * Disposal (sampling) are only pointed at.
 *
 * Entity's `name` is the entities subgraph's; it is declared here (external) only so that `Case.entity` can
 * provide it from the case file, which names its party as filed. A partner that a case is shared with sees that
 * name without the gateway asking the register, which answers partners nothing.
 */
@Directive('@key(fields: "id")')
@ObjectType('Entity')
export class EntityRef {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => String, { description: '名称' })
  name?: string;
}

export const TownshipRef = foreignType('Township');
export type TownshipRef = InstanceType<typeof TownshipRef>;

export const DisposalRef = foreignType('Disposal');
export type DisposalRef = InstanceType<typeof DisposalRef>;

export const OpinionEventRef = foreignType('OpinionEvent', { resolvable: true });
export type OpinionEventRef = InstanceType<typeof OpinionEventRef>;

export const entityRef = (id: string): EntityRef => Object.assign(new EntityRef(), { id });
/** The party of a record that names it (a case file): its key and the name as filed, for `@provides(fields: "name")`. */
export const namedEntityRef = (id: string, name: string): EntityRef => Object.assign(new EntityRef(), { id, name });
export const townshipRef = TownshipRef.of;
export const disposalRef = DisposalRef.of;
export const opinionEventRef = OpinionEventRef.of;
