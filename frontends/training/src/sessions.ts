import type { TrainingKind } from './gql/graphql';

/** Who signed a session: practitioners on a practitioners' session, officers on an officers' one. */
export const signedCount = (session: { kind: TrainingKind; attendeeCount: number; officerCount: number }) =>
  session.kind === 'OFFICERS' ? session.officerCount : session.attendeeCount;
