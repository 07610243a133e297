/**
 * The writes a triage sends through the gateway, as the triaging officer (their token: risk and enforcement apply
 * their scope and write rights themselves). Each text is listed by its sha256 in ../../trusted-operations.json.
 */

/** Risk's hazard, carrying the report's id (the hazard's side of the link). */
export const HAZARD_FROM_REPORT_OPERATION =
  'mutation ShianHazardFromVillageReport($input: HazardInput!) { recordHazard(input: $input) { id code } }';

/** Enforcement's clue (a Case at its first stage), carrying the report's id. */
export const CLUE_FROM_REPORT_OPERATION =
  'mutation ShianClueFromVillageReport($input: ClueInput!) { createClue(input: $input) { id } }';
