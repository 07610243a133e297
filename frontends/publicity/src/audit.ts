import { recordAudit } from '@shian/remote-kit';
import { graphql } from './gql';

/**
 * 舆情事件及其处置记录的操作记录 (leaders only): publicity's own part of `auditTrail`, asked by record id so that the rows of the records
 * belonging to it (their `parentId`) come with it. Bound once here: a page
 * writes `<RecordAuditCard trail={Audit} recordType=… recordId=… />`.
 */
const RecordAuditTrailQueryDocument = graphql(`
  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      publicity {
        ...AuditPageFields
      }
    }
  }
`);

/** The record types of publicity's rows, in the 记录 column. */
const AUDIT_RECORD_TYPE: Record<string, string> = {
  OpinionEvent: '舆情事件',
  OpinionEventStep: '处置记录',
};

export const Audit = recordAudit({
  query: RecordAuditTrailQueryDocument,
  pick: (d) => d.auditTrail.publicity,
  recordTypeLabels: AUDIT_RECORD_TYPE,
});
