import { recordAudit } from '@shian/remote-kit';
import { graphql } from './gql';

/**
 * 风险、事件及其等级变化、处置时间轴的操作记录 (leaders only): risk's own part of `auditTrail`, asked by record id so that the rows of the records
 * belonging to it (their `parentId`) come with it. Bound once here: a page
 * writes `<RecordAuditCard trail={Audit} recordType=… recordId=… />`.
 */
const RecordAuditTrailQueryDocument = graphql(`
  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      risk {
        ...AuditPageFields
      }
    }
  }
`);

/** The record types of risk's rows, in the 记录 column. */
const AUDIT_RECORD_TYPE: Record<string, string> = {
  Risk: '风险',
  RiskLevelChange: '等级变化',
  Incident: '突发事件',
  IncidentTimelineEntry: '处置时间轴',
};

export const Audit = recordAudit({
  query: RecordAuditTrailQueryDocument,
  pick: (d) => d.auditTrail.risk,
  recordTypeLabels: AUDIT_RECORD_TYPE,
});
