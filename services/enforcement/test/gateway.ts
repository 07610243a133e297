import { type Context, forbidden, inScope } from '@shian/subgraph-kit';
import type { FakeGatewayOperation } from '@shian/subgraph-kit/testing';
import { DISPOSAL_REFS, OPINION_CASES } from '../seeds/refs';

/**
 * The gateway's answers to enforcement's linked-record checks (src/linked.ts), as sampling and publicity would give
 * them: the demo data's disposals by their sample's township, its opinion events by their business's township,
 * partners refused, unknown ids null.
 */
const DISPOSALS = new Map(DISPOSAL_REFS.map((d) => [d.id, d.townshipId]));
const OPINION_EVENTS = new Map<string, string>(OPINION_CASES.map((o) => [o.opinionEventId, o.entity.townshipId]));

const scoped = (townships: ReadonlyMap<string, string>, field: string) =>
  (({ id }, ctx: Context) => {
    const township = townships.get(id);
    if (!township) return { [field]: null };
    if (ctx.identity.role === 'partner' || !inScope(ctx, township)) throw forbidden();
    return { [field]: { id } };
  }) satisfies FakeGatewayOperation;

export const linkedGateway: Record<string, FakeGatewayOperation> = {
  ShianLinkedDisposal: scoped(DISPOSALS, 'disposal'),
  ShianLinkedOpinionEvent: scoped(OPINION_EVENTS, 'opinionEvent'),
};
