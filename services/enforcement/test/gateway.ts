import { type FakeGatewayOperation, fakeLinkedRecord } from '@shian/subgraph-kit/testing';
import { DISPOSAL_REFS, OPINION_CASES } from '../seeds/refs';

/**
 * The gateway's answers to enforcement's linked-record checks (src/linked.ts), as sampling and publicity would give
 * them: the demo data's disposals by their sample's township, its opinion events by their business's township,
 * partners refused, unknown ids null.
 */
const DISPOSALS = Object.fromEntries(DISPOSAL_REFS.map((d) => [d.id, d.townshipId]));
const OPINION_EVENTS = Object.fromEntries(OPINION_CASES.map((o) => [o.opinionEventId, o.entity.townshipId]));

export const linkedGateway: Record<string, FakeGatewayOperation> = {
  ShianLinkedDisposal: fakeLinkedRecord('disposal', DISPOSALS),
  ShianLinkedOpinionEvent: fakeLinkedRecord('opinionEvent', OPINION_EVENTS),
};
