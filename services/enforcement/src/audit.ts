import { type AuditActor, type AuditRecordType, type Context, recordAudit } from '@shian/subgraph-kit';
import type { AuditEntry, Case, Inspector, SeizedItem, Transfer } from './entities';
import { diff, type FieldChange, LABELS, type Snapshot } from './rules';
import { HistoryRecordType } from './rules/enums';

/**
 * The history (留痕) of cases, transfers and seized items: each write adds one labelled entry to the kit's audit
 * trail in the same transaction as the change itself, so a change and its record are written together or not at
 * all, and the database refuses to change either afterwards.
 */

type FieldSpec = Readonly<Record<string, { label: string; values?: Readonly<Record<string, string>> }>>;

export const CASE_FIELDS: FieldSpec = {
  status: { label: '状态', values: LABELS.CaseStatus },
  number: { label: '立案编号' },
  title: { label: '案由' },
  description: { label: '案情' },
  violations: { label: '违法行为', values: LABELS.Violation },
  legalBasis: { label: '法律依据' },
  officers: { label: '办案人员' },
  filedOn: { label: '立案日期' },
  investigatedOn: { label: '调查取证日期' },
  notifiedOn: { label: '告知日期' },
  decidedOn: { label: '决定日期' },
  servedOn: { label: '送达日期' },
  closedOn: { label: '结案日期' },
  closingNote: { label: '理由' },
  filingExtended: { label: '立案期限延长' },
  decisionExtended: { label: '办案期限延长' },
  campaign: { label: '所属专项' },
  pauses: { label: '不计入期限的期间' },
  penalty: { label: '处罚决定' },
};

export const TRANSFER_FIELDS: FieldSpec = {
  department: { label: '接收部门', values: LABELS.PartnerDepartment },
  kind: { label: '移送类型', values: LABELS.TransferKind },
  transferredOn: { label: '移送日期' },
  reason: { label: '移送理由' },
  copiedToProcuratorate: { label: '抄送检察院' },
  status: { label: '状态', values: LABELS.TransferStatus },
  receivedOn: { label: '接收日期' },
  receiptNumber: { label: '回执编号' },
  receivedBy: { label: '接收人' },
  answeredOn: { label: '答复日期' },
  outcome: { label: '处理结果', values: LABELS.TransferOutcome },
  outcomeNote: { label: '处理情况' },
  partnerCaseNumber: { label: '接收部门案件编号' },
};

export const SEIZED_ITEM_FIELDS: FieldSpec = {
  name: { label: '物品' },
  quantity: { label: '数量' },
  unit: { label: '单位' },
  measure: { label: '措施', values: LABELS.SeizureKind },
  seizedOn: { label: '查封扣押日期' },
  status: { label: '状态', values: LABELS.SeizedItemStatus },
  custodian: { label: '保管人' },
  location: { label: '存放地点' },
  extended: { label: '期限延长' },
  releasedOn: { label: '解除日期' },
  note: { label: '备注' },
};

/** What the history compares for a case. Officers by name, pauses and penalty as text: as a reader checks them. */
export function caseSnapshot(
  record: Case,
  extra: { officers: readonly Inspector[]; campaign?: string | null; pauses?: string[]; penalty?: string | null },
): Snapshot {
  return {
    ...pick(record, ['status', 'number', 'title', 'description', 'violations', 'legalBasis', 'filedOn']),
    ...pick(record, ['investigatedOn', 'notifiedOn', 'decidedOn', 'servedOn', 'closedOn', 'closingNote']),
    ...pick(record, ['filingExtended', 'decisionExtended']),
    officers: record.officerIds.map((id) => extra.officers.find((o) => o.id === id)?.name ?? id),
    campaign: extra.campaign ?? null,
    pauses: extra.pauses ?? [],
    penalty: extra.penalty ?? null,
  };
}

export const transferSnapshot = (transfer: Transfer): Snapshot => pick(transfer, Object.keys(TRANSFER_FIELDS));
export const seizedItemSnapshot = (item: SeizedItem): Snapshot => pick(item, Object.keys(SEIZED_ITEM_FIELDS));

function pick(record: object, fields: readonly string[]): Snapshot {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, source[field]]));
}

/** The trail's record type (the entity's name, as the kit records every other change) of each kind of history. */
export const HISTORY_RECORD_TYPES: Readonly<Record<HistoryRecordType, string>> = {
  [HistoryRecordType.CASE]: 'Case',
  [HistoryRecordType.TRANSFER]: 'Transfer',
  [HistoryRecordType.SEIZED_ITEM]: 'SeizedItem',
};

export function historyRecordType(recordType: string): HistoryRecordType {
  const found = Object.entries(HISTORY_RECORD_TYPES).find(([, name]) => name === recordType);
  return (found?.[0] as HistoryRecordType | undefined) ?? HistoryRecordType.CASE;
}

/** A history entry as the `history` fields show it, from the trail's row. */
export function historyEntry(record: AuditRecordType): AuditEntry {
  return {
    id: record.id,
    recordType: historyRecordType(record.recordType),
    recordId: record.recordId,
    caseId: record.parentId ?? record.recordId,
    at: record.at,
    username: record.actor.username,
    actor: record.actor.name,
    action: record.action ?? '',
    changes: record.changes.map((c) => ({ field: c.field, label: c.label ?? c.field, from: c.from, to: c.to })),
  };
}

/**
 * Adds one history entry to the audit trail, written with the caller's next flush in its transaction (the kit's
 * `recordAudit`; the caller is the request's). Returns false when nothing changed, and then writes nothing.
 */
export function recordChange(
  ctx: Pick<Context, 'em'>,
  entry: {
    type: HistoryRecordType;
    recordId: string;
    caseId: string;
    action: string;
    before: Snapshot | null;
    after: Snapshot;
    at?: Date;
    /** The demo seed's officers; a request's entries are its caller's. */
    actor?: AuditActor;
  },
): boolean {
  const fields =
    entry.type === HistoryRecordType.CASE
      ? CASE_FIELDS
      : entry.type === HistoryRecordType.TRANSFER
        ? TRANSFER_FIELDS
        : SEIZED_ITEM_FIELDS;
  const changes: FieldChange[] = diff(entry.before, entry.after, fields);
  if (changes.length === 0) return false;
  recordAudit(ctx.em, {
    kind: entry.before ? 'UPDATE' : 'CREATE',
    recordType: HISTORY_RECORD_TYPES[entry.type],
    recordId: entry.recordId,
    parentId: entry.caseId,
    action: entry.action,
    changes,
    at: entry.at,
    actor: entry.actor,
  });
  return true;
}
