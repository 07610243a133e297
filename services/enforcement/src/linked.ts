/**
 * The operations enforcement sends through the gateway, as the caller: the checks that a record another subgraph owns
 * exists in the caller's scope before a write links to it. Each is listed, by the sha256 of this exact text, in
 * ../trusted-operations.json (a test checks both ways), or a production gateway refuses it. The bureau's calendar
 * edits are read by the kit's `clockContext`, whose operation the kit's own file lists.
 */

/** Sampling's 不合格处置 (`disposal(id)`: the sample's township, partners refused). */
export const LINKED_DISPOSAL_OPERATION = 'query ShianLinkedDisposal($id: ID!) { disposal(id: $id) { id } }';

/** Publicity's 舆情 (`opinionEvent(id)`: its township's, or district-wide, partners refused). */
export const LINKED_OPINION_EVENT_OPERATION =
  'query ShianLinkedOpinionEvent($id: ID!) { opinionEvent(id: $id) { id } }';

/**
 * The entities subgraph's village report a clue or hazard is made from (`villageReport(id)`: the reporting liaison,
 * the township's officer, district staff): it must be one the writer may read and still waiting for triage.
 */
export const LINKED_VILLAGE_REPORT_OPERATION =
  'query ShianLinkedVillageReport($id: ID!) { villageReport(id: $id) { id status } }';
