/**
 * The operations sampling sends through the gateway, as the caller, to check a record another subgraph owns before
 * a write links to it. Each is listed, by the sha256 of this exact text, in ../trusted-operations.json (a test
 * checks both ways), or a production gateway refuses it.
 */

/**
 * Enforcement's case a disposal opened (`case(id)` applies the caller's scope: out of scope is null with FORBIDDEN),
 * with its 立案编号 and its party, which must be the sampled business.
 */
export const LINKED_CASE_OPERATION = 'query ShianDisposalCase($id: ID!) { case(id: $id) { id number entity { id } } }';
