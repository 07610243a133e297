/**
 * The operations training sends through the gateway, as the caller, to check a record another subgraph owns before
 * a write names it. Each is listed, by the sha256 of this exact text, in ../trusted-operations.json (the gateway's
 * test checks both ways), or a production gateway refuses it.
 */

/**
 * A page of the bureau's inspector roll (enforcement's `inspectors`, which refuses partners). It has no lookup by
 * id, so the roll is read a page at a time until every officer of a sheet is found: a district's roll is a few
 * dozen people, one page.
 */
export const OFFICER_ROLL_OPERATION =
  'query ShianOfficerRoll($after: String) { inspectors(first: 100, after: $after) { nodes { id name badgeNumber unit active } pageInfo { hasNextPage endCursor } } }';
