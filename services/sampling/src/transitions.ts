import { randomUUID } from 'node:crypto';
import { type Context, userInputError } from '@shian/subgraph-kit';
import { type Sample, SampleEvent, type SampleStatus } from './entities';
import { checkTransition, IllegalTransition, type TransitionVia } from './rules';

/**
 * Moves a sample along its lifecycle, asking the transition table first: an illegal move throws BAD_USER_INPUT
 * naming both states before anything changes. The move and its timeline entry are flushed by the caller together
 * with whatever else the operation writes, so they succeed or fail as one.
 */
export function transition(
  ctx: Context,
  sample: Sample,
  to: SampleStatus,
  via: TransitionVia,
  on: string,
  note: string | null = null,
): void {
  let label: string;
  try {
    label = checkTransition(sample.status, to, via).label;
  } catch (error) {
    if (error instanceof IllegalTransition) throw userInputError(error.message, 'to');
    throw error;
  }
  ctx.em.create(SampleEvent, {
    id: randomUUID(),
    sample,
    fromStatus: sample.status,
    toStatus: to,
    label,
    happenedOn: on,
    recordedBy: ctx.identity.username,
    note,
  });
  sample.status = to;
}

/** The first entry of a timeline: the sample registered. */
export function registered(ctx: Context, sample: Sample): void {
  ctx.em.create(SampleEvent, {
    id: randomUUID(),
    sample,
    fromStatus: null,
    toStatus: sample.status,
    label: '登记抽样',
    happenedOn: sample.sampledOn,
    recordedBy: ctx.identity.username,
  });
}
