import { recordAudit } from '@shian/remote-kit';
import { graphql } from './gql';
import { ENTITY_FIELD_LABELS } from './labels';

/** The business's rows of the audit trail (leaders only): entities' own part of `auditTrail`. */
const EntityAuditTrailQueryDocument = graphql(`
  query EntityAuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      entities {
        ...AuditPageFields
      }
    }
  }
`);

/** The record types of the business's 操作记录: the business and what belongs to it (declared in the subgraph). */
const ENTITY_AUDIT_RECORD_TYPE: Record<string, string> = {
  Entity: '主体',
  License: '许可证',
  RiskAssessment: '风险分级',
  Assignment: '包保责任',
  Visit: '包保督导',
};

/** A business's 操作记录 tab, bound once; rows the ORM wrote name their fields by the form's labels. */
export const Audit = recordAudit({
  query: EntityAuditTrailQueryDocument,
  pick: (d) => d.auditTrail.entities,
  recordTypeLabels: ENTITY_AUDIT_RECORD_TYPE,
  fieldLabels: ENTITY_FIELD_LABELS,
});
