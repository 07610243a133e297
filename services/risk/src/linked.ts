/**
 * The operations risk sends through the gateway, as the caller, to check a record another subgraph owns before a
 * write links to it (a hazard's enforcement clue or case, an incident's samples and cases). The owner's root query
 * applies the caller's scope, so an unknown id and one the caller may not see are refused alike. Each text is listed,
 * by the sha256 of this exact text, in ../trusted-operations.json (the gateway's test checks both ways), or a
 * production gateway refuses it.
 */

/**
 * Enforcement's case or clue (a clue is a `Case` at its first stage; `case(id)`: out of scope is null + FORBIDDEN): an
 * incident's, which may concern several businesses.
 */
export const LINKED_CASE_OPERATION = 'query ShianLinkedCase($id: ID!) { case(id: $id) { id } }';

/** A hazard's clue or case: as `ShianLinkedCase`, with its party, which must be the hazard's business. */
export const LINKED_HAZARD_CASE_OPERATION = 'query ShianHazardCase($id: ID!) { case(id: $id) { id entity { id } } }';

/** Sampling's sample batch (`sample(id)`: the sample's township, partners refused). */
export const LINKED_SAMPLE_OPERATION = 'query ShianLinkedSample($id: ID!) { sample(id: $id) { id } }';

/** The entities subgraph's 包保干部 and their township (`official(id)`: the caller's scope; a duty's owner). */
export const LINKED_OFFICIAL_OPERATION =
  'query ShianLinkedOfficial($id: ID!) { official(id: $id) { id township { id } } }';

/**
 * The entities subgraph's village report a clue or hazard is made from (`villageReport(id)`: the reporting liaison,
 * the township's officer, district staff): it must be one the writer may read and still waiting for triage.
 */
export const LINKED_VILLAGE_REPORT_OPERATION =
  'query ShianLinkedVillageReport($id: ID!) { villageReport(id: $id) { id status } }';
