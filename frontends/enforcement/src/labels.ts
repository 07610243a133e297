import { withColors } from '@shian/remote-kit';
import type { LabelMap } from '@shian/ui-kit';
import type { TransferKind, TransferStatus } from './gql/graphql';
import {
  CampaignKindLabels,
  CaseSourceLabels,
  CaseStatusLabels,
  ComplaintChannelLabels,
  ComplaintKindLabels,
  ComplaintOutcomeLabels,
  ComplaintStatusLabels,
  DrawStatusLabels,
  InspectionKindLabels,
  InspectionVerdictLabels,
  JointOperationStatusLabels,
  MediationResultLabels,
  PartnerDepartmentLabels,
  PauseKindLabels,
  PenaltyKindLabels,
  SeizedItemStatusLabels,
  SeizureKindLabels,
  TransferOutcomeLabels,
  ViolationLabels,
} from './gql/labels';

/** The clocks' states and the businesses' categories read as in every module. */
export { CLOCK_STATUS, ENTITY_CATEGORY as CATEGORY } from '@shian/remote-kit';

/**
 * Every enum of the enforcement subgraph as the UI shows it (docs/domain.md#glossary): the words are the API schema's
 * (its enum value descriptions, generated into src/gql/labels.ts), the colours this module's.
 */
export const CASE_STATUS = withColors(CaseStatusLabels, {
  CLUE: 'default',
  FILED: 'blue',
  INVESTIGATING: 'geekblue',
  NOTIFIED: 'purple',
  DECIDED: 'magenta',
  EXECUTING: 'orange',
  CLOSED: 'green',
  NOT_FILED: 'default',
  TRANSFERRED: 'red',
});

export const CASE_SOURCE = withColors(CaseSourceLabels, {
  SAMPLING: 'volcano',
  COMPLAINT: 'gold',
  INSPECTION: 'blue',
  PUBLIC_OPINION: 'magenta',
  REFERRAL: 'cyan',
});

export const VIOLATION = withColors(ViolationLabels);

export const PENALTY_KIND = withColors(PenaltyKindLabels);

export const PAUSE_KIND = withColors(PauseKindLabels);

export const DEPARTMENT = withColors(PartnerDepartmentLabels, {
  POLICE: 'blue',
  PROCURATORATE: 'purple',
  EDUCATION: 'cyan',
  AGRICULTURE: 'green',
});

/** The UI's shorter word for a criminal transfer than the schema's 涉嫌犯罪移送(行刑衔接). */
export const TRANSFER_KIND: LabelMap<TransferKind> = {
  CRIMINAL: { label: '涉嫌犯罪移送', color: 'red' },
  JURISDICTION: { label: '移送管辖', color: 'default' },
};

/** A sent transfer as the receiving department's work reads it: 待接收 where the schema says 已移送. */
export const TRANSFER_STATUS: LabelMap<TransferStatus> = {
  SENT: { label: '待接收', color: 'orange' },
  RECEIVED: { label: '已接收', color: 'blue' },
  ANSWERED: { label: '已答复', color: 'green' },
};

export const TRANSFER_OUTCOME = withColors(TransferOutcomeLabels, {
  FILED: 'blue',
  DECLINED: 'default',
  PROSECUTED: 'red',
  CONCLUDED: 'green',
});

export const INSPECTION_KIND = withColors(InspectionKindLabels, { RANDOM: 'blue', SPECIAL: 'purple', FLYING: 'red' });

export const VERDICT = withColors(InspectionVerdictLabels, {
  COMPLIANT: 'green',
  BASICALLY_COMPLIANT: 'orange',
  NON_COMPLIANT: 'red',
});

export const CAMPAIGN_KIND = withColors(CampaignKindLabels, { ENFORCEMENT: 'red', RECTIFICATION: 'blue' });

export const DRAW_STATUS = withColors(DrawStatusLabels, { DRAWN: 'orange', PUBLISHED: 'green' });

export const OPERATION_STATUS = withColors(JointOperationStatusLabels, {
  PLANNED: 'orange',
  ONGOING: 'blue',
  COMPLETED: 'green',
});

export const SEIZED_STATUS = withColors(SeizedItemStatusLabels, {
  SEIZED: 'orange',
  SEALED: 'orange',
  RETURNED: 'default',
  CONFISCATED: 'red',
  DESTROYED: 'default',
  HANDED_OVER: 'blue',
});

export const SEIZURE_KIND = withColors(SeizureKindLabels);

export const COMPLAINT_KIND = withColors(ComplaintKindLabels, { COMPLAINT: 'gold', REPORT: 'volcano' });

export const COMPLAINT_CHANNEL = withColors(ComplaintChannelLabels, {
  PLATFORM_12315: 'blue',
  PHONE: 'cyan',
  LETTER: 'default',
  VISIT: 'purple',
  ONLINE: 'geekblue',
});

export const COMPLAINT_STATUS = withColors(ComplaintStatusLabels, {
  RECEIVED: 'orange',
  ACCEPTED: 'blue',
  REFUSED: 'default',
  MEDIATED: 'cyan',
  REFERRED: 'magenta',
  ANSWERED: 'green',
});

export const COMPLAINT_OUTCOME = withColors(ComplaintOutcomeLabels, {
  PENDING: 'orange',
  REFUSED: 'default',
  MEDIATED: 'cyan',
  REFERRED: 'magenta',
  ANSWERED: 'green',
});

export const MEDIATION_RESULT = withColors(MediationResultLabels, { SETTLED: 'green', FAILED: 'red' });

/** The audit trail's record types (entity names) on a record's 操作记录: the record and what belongs to it. */
export const AUDIT_RECORD_TYPE: Record<string, string> = {
  Case: '案件',
  Transfer: '移送',
  SeizedItem: '涉案财物',
  CasePause: '期限中止',
  Penalty: '处罚决定',
  RandomDraw: '双随机抽查',
  DrawItem: '抽取结果',
  Inspection: '监督检查',
};

/**
 * Field → label for the audit rows the ORM wrote of an inspection or a draw, which carry no label (a case's, a
 * transfer's and a seized item's rows come labelled from the subgraph's history).
 */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  entityId: '被检查主体',
  townshipId: '乡镇(街道)',
  inspectedOn: '检查日期',
  kind: '检查类型',
  verdict: '检查结果',
  inspectorIdList: '检查人员',
  findings: '检查情况',
  rectificationDeadline: '整改期限',
  rectifiedOn: '整改日期',
  publishedOn: '公开日期',
  campaign: '专项',
  drawItem: '抽取结果',
  status: '状态',
  title: '名称',
  drawnOn: '抽取日期',
  seed: '随机种子',
};
