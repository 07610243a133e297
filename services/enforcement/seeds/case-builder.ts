import { CASE_FIELDS, caseSnapshot, SEIZED_ITEM_FIELDS, TRANSFER_FIELDS } from '../src/audit';
import { pauseText, penaltyText } from '../src/cases';
import type { Case, Inspector } from '../src/entities';
import { diff, type FieldChange, type Snapshot } from '../src/rules/history';
import {
  type CaseSource,
  CaseStatus,
  HistoryRecordType,
  type PartnerDepartment,
  type PauseKind,
  type PenaltyKind,
  type SeizedItemStatus,
  type SeizureKind,
  type TransferKind,
  type TransferOutcome,
  TransferStatus,
  type Violation,
} from '../src/rules/enums';
import { INSPECTORS } from './people';

/** The demo data's records, as plain objects the seed writes through the ORM. */
export interface DemoCase {
  id: string;
  number: string | null;
  title: string;
  source: CaseSource;
  status: CaseStatus;
  entityId: string;
  /** The party's name as the register snapshot has it (the case file names its party). */
  partyName: string;
  townshipId: string;
  description: string;
  violations: Violation[];
  legalBasis: string | null;
  officerIds: string[];
  receivedOn: string;
  filedOn: string | null;
  investigatedOn: string | null;
  notifiedOn: string | null;
  decidedOn: string | null;
  servedOn: string | null;
  closedOn: string | null;
  closingNote: string | null;
  filingExtended: boolean;
  decisionExtended: boolean;
  campaignId: string | null;
  disposalId: string | null;
  inspectionId: string | null;
  opinionEventId: string | null;
  referredBy: string | null;
}

export interface DemoPause {
  id: string;
  caseId: string;
  kind: PauseKind;
  startsOn: string;
  endsOn: string | null;
  reason: string;
}

export interface DemoPenalty {
  id: string;
  caseId: string;
  decisionNumber: string;
  kinds: PenaltyKind[];
  fine: number;
  confiscatedGains: number;
  paidOn: string | null;
  publishedOn: string | null;
}

export interface DemoTransfer {
  id: string;
  caseId: string;
  department: PartnerDepartment;
  kind: TransferKind;
  transferredOn: string;
  reason: string;
  copiedToProcuratorate: boolean;
  status: TransferStatus;
  receivedOn: string | null;
  receiptNumber: string | null;
  receivedBy: string | null;
  answeredOn: string | null;
  outcome: TransferOutcome | null;
  outcomeNote: string | null;
  partnerCaseNumber: string | null;
}

export interface DemoSeizedItem {
  id: string;
  caseId: string;
  name: string;
  quantity: number;
  unit: string;
  measure: SeizureKind;
  seizedOn: string;
  status: SeizedItemStatus;
  custodian: string;
  location: string;
  extended: boolean;
  releasedOn: string | null;
  note: string | null;
}

export interface DemoAudit {
  id: string;
  recordType: HistoryRecordType;
  recordId: string;
  caseId: string;
  sequence: number;
  at: string;
  username: string;
  actor: string;
  action: string;
  changes: FieldChange[];
}

export interface CaseRecords {
  cases: DemoCase[];
  pauses: DemoPause[];
  penalties: DemoPenalty[];
  transfers: DemoTransfer[];
  seizedItems: DemoSeizedItem[];
  audit: DemoAudit[];
}

export interface Actor {
  username: string;
  name: string;
}

export const officerActor = (inspectorId: string): Actor => {
  const inspector = INSPECTORS.find((i) => i.id === inspectorId)!;
  // 李执法 is also the demo user `officer`: what he did in the demo data shows under that account.
  return { username: inspector.name === '李执法' ? 'officer' : inspectorId.toLowerCase(), name: inspector.name };
};

export const PARTNER_ACTORS: Record<string, Actor> = {
  POLICE: { username: 'police', name: '公安分局联络员' },
  EDUCATION: { username: 'education', name: '教育科技局联络员' },
  AGRICULTURE: { username: 'agriculture', name: '农业农村局联络员' },
  PROCURATORATE: { username: 'procuratorate', name: '区人民检察院联络员' },
};

/** A time on the given day (China time): the case's n-th entry, so a case's entries of one day keep their order. */
function timeOn(date: string, n: number): string {
  const minutes = 9 * 60 + 6 * n;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  return new Date(`${date}T${hh}:${String(minutes % 60).padStart(2, '0')}:00+08:00`).toISOString();
}

/**
 * Builds one case step by step, the way the mutations would: each step changes the record and adds the history
 * entry that the mutation would have written (same field list, same wording), so the seeded history reads like
 * the real one.
 */
export class CaseBuilder {
  readonly record: DemoCase;
  private pauses: DemoPause[] = [];
  private penalty: DemoPenalty | null = null;
  private before: Snapshot | null = null;

  constructor(
    private readonly out: CaseRecords,
    init: Omit<
      DemoCase,
      | 'status'
      | 'number'
      | 'legalBasis'
      | 'officerIds'
      | 'filedOn'
      | 'investigatedOn'
      | 'notifiedOn'
      | 'decidedOn'
      | 'servedOn'
      | 'closedOn'
      | 'closingNote'
      | 'filingExtended'
      | 'decisionExtended'
    >,
    actor: Actor,
    campaignName: string | null,
  ) {
    this.record = {
      ...init,
      status: CaseStatus.CLUE,
      number: null,
      legalBasis: null,
      officerIds: [],
      filedOn: null,
      investigatedOn: null,
      notifiedOn: null,
      decidedOn: null,
      servedOn: null,
      closedOn: null,
      closingNote: null,
      filingExtended: false,
      decisionExtended: false,
    };
    this.campaignName = campaignName;
    out.cases.push(this.record);
    this.commit('登记线索', init.receivedOn, actor);
  }

  private campaignName: string | null;
  private tick = 0;

  private snapshot(): Snapshot {
    const record = this.record as unknown as Case;
    return caseSnapshot(record, {
      officers: INSPECTORS as unknown as Inspector[],
      campaign: this.campaignName,
      pauses: this.pauses.map(pauseText),
      penalty: penaltyText(this.penalty),
    });
  }

  private commit(action: string, on: string, actor: Actor) {
    const after = this.snapshot();
    audit(
      this.out,
      this.tick++,
      HistoryRecordType.CASE,
      this.record.id,
      this.record.id,
      action,
      on,
      actor,
      diff(this.before, after, CASE_FIELDS),
    );
    this.before = after;
  }

  /** A lifecycle step (or an edit): the patch applied, then its history entry. */
  step(action: string, on: string, actor: Actor, patch: Partial<DemoCase>) {
    Object.assign(this.record, patch);
    this.commit(action, on, actor);
    return this;
  }

  pause(kind: PauseKind, startsOn: string, endsOn: string | null, reason: string, actor: Actor, label: string) {
    const pause: DemoPause = {
      id: `${this.record.id}-P${this.pauses.length + 1}`,
      caseId: this.record.id,
      kind,
      startsOn,
      endsOn: null,
      reason,
    };
    this.pauses.push(pause);
    this.out.pauses.push(pause);
    this.commit(`暂停计时(${label})`, startsOn, actor);
    if (endsOn) {
      pause.endsOn = endsOn;
      this.commit(`恢复计时(${label})`, endsOn, actor);
    }
    return this;
  }

  decide(
    on: string,
    actor: Actor,
    penalty: Omit<DemoPenalty, 'id' | 'caseId' | 'paidOn' | 'publishedOn'>,
    patch: Partial<DemoCase>,
  ) {
    this.penalty = { ...penalty, id: `${this.record.id}-PN`, caseId: this.record.id, paidOn: null, publishedOn: null };
    this.out.penalties.push(this.penalty);
    return this.step('作出行政处罚决定', on, actor, { ...patch, status: CaseStatus.DECIDED, decidedOn: on });
  }

  penaltyProgress(on: string, actor: Actor, progress: { paidOn?: string | null; publishedOn?: string | null }) {
    if (!this.penalty) throw new Error(`${this.record.id} has no penalty`);
    if (progress.paidOn) this.penalty.paidOn = progress.paidOn;
    if (progress.publishedOn) this.penalty.publishedOn = progress.publishedOn;
    this.commit('登记处罚执行情况', on, actor);
    return this;
  }

  seize(item: Omit<DemoSeizedItem, 'id' | 'caseId' | 'extended' | 'releasedOn'>, actor: Actor): DemoSeizedItem {
    const seized: DemoSeizedItem = {
      ...item,
      id: `${this.record.id}-S${this.out.seizedItems.filter((s) => s.caseId === this.record.id).length + 1}`,
      caseId: this.record.id,
      extended: false,
      releasedOn: null,
    };
    this.out.seizedItems.push(seized);
    audit(
      this.out,
      this.tick++,
      HistoryRecordType.SEIZED_ITEM,
      seized.id,
      this.record.id,
      `登记涉案财物(${item.measure === 'SEAL' ? '查封' : '扣押'})`,
      item.seizedOn,
      actor,
      diff(null, { ...seized }, SEIZED_ITEM_FIELDS),
    );
    return seized;
  }

  release(item: DemoSeizedItem, on: string, actor: Actor, patch: Partial<DemoSeizedItem>, action: string) {
    const before = { ...item };
    Object.assign(item, patch, { releasedOn: on });
    audit(
      this.out,
      this.tick++,
      HistoryRecordType.SEIZED_ITEM,
      item.id,
      this.record.id,
      action,
      on,
      actor,
      diff(before, { ...item }, SEIZED_ITEM_FIELDS),
    );
  }

  transfer(
    on: string,
    actor: Actor,
    transfer: Pick<DemoTransfer, 'department' | 'kind' | 'reason' | 'copiedToProcuratorate'>,
    label: string,
    departmentLabel: string,
  ): DemoTransfer {
    const record: DemoTransfer = {
      ...transfer,
      id: `${this.record.id}-T${this.out.transfers.filter((t) => t.caseId === this.record.id).length + 1}`,
      caseId: this.record.id,
      transferredOn: on,
      status: TransferStatus.SENT,
      receivedOn: null,
      receiptNumber: null,
      receivedBy: null,
      answeredOn: null,
      outcome: null,
      outcomeNote: null,
      partnerCaseNumber: null,
    };
    this.out.transfers.push(record);
    audit(
      this.out,
      this.tick++,
      HistoryRecordType.TRANSFER,
      record.id,
      this.record.id,
      `移送${departmentLabel}`,
      on,
      actor,
      diff(null, { ...record }, TRANSFER_FIELDS),
    );
    for (const item of this.out.seizedItems.filter(
      (s) => s.caseId === this.record.id && (s.status === 'SEIZED' || s.status === 'SEALED'),
    ))
      this.release(
        item,
        on,
        actor,
        { status: 'HANDED_OVER' as SeizedItemStatus, custodian: departmentLabel },
        '随案移交',
      );
    this.step(label, on, actor, { status: CaseStatus.TRANSFERRED });
    return record;
  }

  /** The receiving department's own entries: its receipt, then its answer(s). */
  partner(record: DemoTransfer, on: string, action: string, patch: Partial<DemoTransfer>) {
    const before = { ...record };
    Object.assign(record, patch);
    audit(
      this.out,
      this.tick++,
      HistoryRecordType.TRANSFER,
      record.id,
      this.record.id,
      action,
      on,
      PARTNER_ACTORS[record.department]!,
      diff(before, { ...record }, TRANSFER_FIELDS),
    );
  }
}

function audit(
  out: CaseRecords,
  n: number,
  recordType: HistoryRecordType,
  recordId: string,
  caseId: string,
  action: string,
  on: string,
  actor: Actor,
  changes: FieldChange[],
) {
  if (changes.length === 0) return;
  out.audit.push({
    id: `AU${String(out.audit.length + 1).padStart(6, '0')}`,
    recordType,
    recordId,
    caseId,
    sequence: out.audit.length + 1,
    at: timeOn(on, n),
    username: actor.username,
    actor: actor.name,
    action,
    changes,
  });
}
