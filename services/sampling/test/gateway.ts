import { type FakeGatewayOperation, type FakeLinked, fakeLinkedRecord } from '@shian/subgraph-kit/testing';

const caseOf = (township: string, entityId: string, number: string | null): FakeLinked => ({
  township,
  fields: { number, entity: { id: entityId } },
});

/**
 * Enforcement's cases these tests link to: what `case(id)` answers each caller through the gateway (by the case's
 * township), with its 立案编号 and its party.
 */
export const LINKED_CASES: Record<string, FakeLinked> = {
  'CASE-OWN': caseOf('511902001', 'E0001', '巴州市监罚立〔2026〕98号'),
  'CASE-OTHER': caseOf('511902002', 'E0087', '巴州市监罚立〔2026〕99号'),
  /** Against another business than the samples the tests dispose of. */
  'CASE-OTHER-PARTY': caseOf('511902002', 'E0002', '巴州市监罚立〔2026〕97号'),
  /** A lead not yet filed: no 立案编号. */
  'CLUE-OTHER': caseOf('511902002', 'E0087', null),
};

/** The gateway's answers to sampling's linked-record checks (src/linked.ts), applying the caller's scope. */
export const linkedGateway: Record<string, FakeGatewayOperation> = {
  ShianDisposalCase: fakeLinkedRecord('case', LINKED_CASES),
};
