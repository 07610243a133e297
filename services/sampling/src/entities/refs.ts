import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Types other subgraphs own, seen from here by key only. Entity and Township gain `samples` in this subgraph (so
 * their keys are resolvable here: the reference is the key itself); WorkReport gains `sampling`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Entity')
export class EntityRef {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Township')
export class TownshipRef {
  @Field(() => ID)
  id!: string;
}

/** A case of the enforcement subgraph, which resolves it; here only its key, held by the disposal that opened it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Case')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "year")')
@ObjectType('WorkReport', { description: '年度食品安全工作报告' })
export class WorkReport {
  @Field(() => Int)
  year!: number;
}

/** The inbox (the kit's `InboxQueries`): its key is the look-ahead; this subgraph adds `sampling`, the samples' clocks. */
@Directive('@key(fields: "withinWorkingDays")')
@ObjectType('Inbox', { description: '待办事项(各子图分别提供本领域部分)' })
export class Inbox {
  @Field(() => Int, { description: '提前提醒的工作日数' })
  withinWorkingDays!: number;
}

export const entityRef = (id: string): EntityRef => Object.assign(new EntityRef(), { id });
export const caseRef = (id: string): CaseRef => Object.assign(new CaseRef(), { id });
export const townshipRef = (id: string): TownshipRef => Object.assign(new TownshipRef(), { id });
