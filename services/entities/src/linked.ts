/**
 * The reads a triage sends through the gateway, as the triaging officer (the owner applies their scope): the hazard
 * or clue the report is turned into must exist and carry the report's id. Each text is listed by its sha256 in
 * ../trusted-operations.json. Reads only fields of the owner's own records, so answering them never calls back
 * into this subgraph (whose connection the triage's transaction holds).
 */

/** Risk's hazard. */
export const LINKED_HAZARD_OPERATION =
  'query ShianLinkedVillageHazard($id: ID!) { hazard(id: $id) { id villageReportId } }';

/** Enforcement's clue (a Case at its first stage). */
export const LINKED_CLUE_OPERATION = 'query ShianLinkedVillageClue($id: ID!) { case(id: $id) { id villageReportId } }';
