/**
 * The operations publicity sends through the gateway, as the caller, to check a record another subgraph owns before
 * a write links to it. Each is listed, by the sha256 of this exact text, in ../trusted-operations.json (a test
 * checks both ways), or a production gateway refuses it.
 */

/** Enforcement's case (`case(id)` applies the caller's scope: out of scope is null with FORBIDDEN). */
export const LINKED_CASE_OPERATION = 'query ShianLinkedCase($id: ID!) { case(id: $id) { id } }';
