import { type FakeGatewayOperation, fakeLinkedRecord } from '@shian/subgraph-kit/testing';

/** Enforcement's cases these tests link to, by township: what `case(id)` answers each caller through the gateway. */
export const LINKED_CASES: Record<string, string> = {
  'CASE-OWN': '511902001',
  'CASE-OTHER': '511902002',
  'CASE-TEST-1': '511902001',
};

/** The gateway's answers to publicity's linked-record checks (src/linked.ts), applying the caller's scope. */
export const linkedGateway: Record<string, FakeGatewayOperation> = {
  ShianLinkedCase: fakeLinkedRecord('case', LINKED_CASES),
};
