import { graphql } from './gql';

/**
 * What a record page reads of a domain's part of `auditTrail` (an `AuditPage`): the rows `AuditTrailPanel` and
 * `AuditTrailCard` from @shian/ui-kit show. Each remote asks its own domain's part and spreads this; every remote's
 * codegen reads it from here (remoteCodegenConfig), so the selection is written once.
 */
export const AuditPageFieldsFragment = graphql(`
  fragment AuditPageFields on AuditPage {
    nodes {
      id
      at
      kind
      recordType
      recordId
      parentId
      operation
      action
      actor {
        username
        name
        role
        department
      }
      changes {
        field
        label
        from
        to
      }
      cursor
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);
