import { graphql } from './gql';

/** What the board's cards and the list's rows read of an opinion event: spread by both queries. */
export const OpinionEventSummary = graphql(`
  fragment OpinionEventSummary on OpinionEvent {
    id
    title
    platform
    severity
    status
    detectedAt
    entity {
      ...EntityRef
    }
  }
`);
