import { recordAudit } from '@shian/remote-kit';
import { graphql } from './gql';
import { AUDIT_FIELD_LABELS, AUDIT_RECORD_TYPE } from './labels';

/** A case's rows of the audit trail and its transfers' and seized goods' (leaders only): enforcement's part. */
const CaseAuditTrailQueryDocument = graphql(`
  query CaseAuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      enforcement {
        ...AuditPageFields
      }
    }
  }
`);

/** Enforcement's 操作记录 (a case's tab, a draw's and an inspection's card), bound once. */
export const Audit = recordAudit({
  query: CaseAuditTrailQueryDocument,
  pick: (d) => d.auditTrail.enforcement,
  recordTypeLabels: AUDIT_RECORD_TYPE,
  fieldLabels: AUDIT_FIELD_LABELS,
});
