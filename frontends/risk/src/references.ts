import { graphql } from './gql';

/**
 * What the module's records read of a risk they belong to (a duty, a hazard, a consultation) and what its picker
 * offers: the code and title that name it, the id to link it by.
 */
export const RiskRefFragment = graphql(`
  fragment RiskRef on Risk {
    id
    code
    title
  }
`);

/**
 * What a hazard or an incident reads of the enforcement case (or clue) linked to it: 立案编号 (none yet for a clue),
 * the title, the id.
 */
export const LinkedCaseFragment = graphql(`
  fragment LinkedCase on Case {
    id
    number
    title
  }
`);
