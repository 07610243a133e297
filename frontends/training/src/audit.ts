import { recordAudit } from '@shian/remote-kit';
import { graphql } from './gql';

/**
 * 培训及其签到的操作记录 (leaders only): training's own part of `auditTrail`, asked by record id so that the rows of the records
 * belonging to it (their `parentId`) come with it. Bound once here: a page
 * writes `<RecordAuditCard trail={Audit} recordType=… recordId=… />`.
 */
const RecordAuditTrailQueryDocument = graphql(`
  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      training {
        ...AuditPageFields
      }
    }
  }
`);

/** The record types of training's rows, in the 记录 column. */
const AUDIT_RECORD_TYPE: Record<string, string> = {
  TrainingSession: '培训',
  Attendance: '签到',
  OfficerAttendance: '执法人员签到',
};

export const Audit = recordAudit({
  query: RecordAuditTrailQueryDocument,
  pick: (d) => d.auditTrail.training,
  recordTypeLabels: AUDIT_RECORD_TYPE,
});
