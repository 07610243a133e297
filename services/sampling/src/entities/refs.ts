import { foreignType } from '@shian/subgraph-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * Types other subgraphs own, seen from here by key only. Entity and Township gain `samples` in this subgraph (so
 * their keys are resolvable here: the reference is the key itself); WorkReport gains `sampling`.
 */
export const EntityRef = foreignType('Entity', { resolvable: true });
export type EntityRef = InstanceType<typeof EntityRef>;

export const TownshipRef = foreignType('Township', { resolvable: true });
export type TownshipRef = InstanceType<typeof TownshipRef>;

/** A case of the enforcement subgraph, which resolves it; here only its key, held by the disposal that opened it. */
export const CaseRef = foreignType('Case');
export type CaseRef = InstanceType<typeof CaseRef>;

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

export const entityRef = EntityRef.of;
export const caseRef = CaseRef.of;
export const townshipRef = TownshipRef.of;
