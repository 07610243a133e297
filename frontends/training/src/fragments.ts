import { graphql } from './gql';

/** What every screen of a session reads of it (the list, its page, its form): spread by their queries. */
export const TrainingSessionFields = graphql(`
  fragment TrainingSessionFields on TrainingSession {
    id
    title
    audience
    heldOn
    trainer
    mode
    place
    hours
  }
`);
