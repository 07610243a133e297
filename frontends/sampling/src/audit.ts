import { recordAudit } from '@shian/remote-kit';
import { graphql } from './gql';

/**
 * 样品及其检验项目、流转、异议、复检、处置的操作记录 (leaders only): sampling's own part of `auditTrail`, asked by record id so that the rows of the records
 * belonging to it (their `parentId`) come with it. Bound once here: a page
 * writes `<RecordAuditCard trail={Audit} recordType=… recordId=… />`.
 */
const RecordAuditTrailQueryDocument = graphql(`
  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      sampling {
        ...AuditPageFields
      }
    }
  }
`);

/** The record types of sampling's rows, in the 记录 column. */
const AUDIT_RECORD_TYPE: Record<string, string> = {
  Sample: '样品',
  SampleEvent: '流转',
  TestItem: '检验项目',
  Objection: '异议',
  RecheckRequest: '复检',
  Disposal: '核查处置',
};

export const Audit = recordAudit({
  query: RecordAuditTrailQueryDocument,
  pick: (d) => d.auditTrail.sampling,
  recordTypeLabels: AUDIT_RECORD_TYPE,
});
