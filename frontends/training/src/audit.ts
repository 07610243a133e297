import { graphql } from './gql';

/**
 * 培训及其签到的操作记录 (leaders only): training's own part of `auditTrail`, asked by record id so that the rows of the records
 * belonging to it (their `parentId`) come with it. Shown through `AuditTrailCard` from @shian/ui-kit.
 */
export const RecordAuditTrailQueryDocument = graphql(`
  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      training {
        ...AuditPageFields
      }
    }
  }
`);

/** The record types of training's rows, in the 记录 column. */
export const AUDIT_RECORD_TYPE: Record<string, string> = {
  TrainingSession: '培训',
  Attendance: '签到',
  OfficerAttendance: '执法人员签到',
};
