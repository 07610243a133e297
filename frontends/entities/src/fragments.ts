import { graphql } from './gql';

/** A 包保 assignment's period and visit schedule: the business page and the 包保 page show the same columns of it. */
export const AssignmentScheduleFields = graphql(`
  fragment AssignmentScheduleFields on Assignment {
    id
    startsOn
    endsOn
    visitsPerYear
    lastVisitOn
    nextVisitDue
    visitOverdue
  }
`);

/** A licence as the business page lists it; adding one answers the same row. */
export const LicenseFields = graphql(`
  fragment LicenseFields on License {
    id
    kind
    number
    issuedOn
    validUntil
    expired
  }
`);

/** A notice as the notices list shows it and its print view prints it (opened from the list, it is already read). */
export const NoticeFields = graphql(`
  fragment NoticeFields on Notice {
    id
    kind
    number
    title
    sentOn
    dueOn
    content
    repliedOn
    reply
  }
`);

/** A business's own record: what the business page shows, the edit form reads and an update answers. */
export const EntityRecordFields = graphql(`
  fragment EntityRecordFields on Entity {
    id
    name
    creditCode
    category
    status
    address
    legalRepresentative
    phone
    township {
      ...TownshipRef
    }
  }
`);

/** What triage changes of a village report (any of its three outcomes), so the queue's row is current after it. */
export const TriageOutcomeFields = graphql(`
  fragment TriageOutcomeFields on VillageReport {
    id
    status
    version
    dismissReason
    hazardId
    caseId
    triagedBy
    triagedAt
  }
`);
