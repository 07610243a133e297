import { CaseStatus, LABELS, type TransferKind } from './enums';

/** A case's record as the timeline and document list read it. */
export interface CaseRecordFacts {
  status: CaseStatus;
  number: string | null;
  receivedOn: string;
  filedOn: string | null;
  investigatedOn: string | null;
  notifiedOn: string | null;
  decidedOn: string | null;
  servedOn: string | null;
  closedOn: string | null;
  decisionNumber: string | null;
  transfers: readonly { transferredOn: string; kind: TransferKind; departmentLabel: string }[];
  seizures: readonly { seizedOn: string }[];
}

export interface TimelineStep {
  status: CaseStatus;
  label: string;
  on: string;
  note: string | null;
}

export interface CaseDocumentFacts {
  title: string;
  number: string | null;
  issuedOn: string;
}

/** The steps the case has been through, in date order (移送 with its department). */
export function caseTimeline(facts: CaseRecordFacts): TimelineStep[] {
  const step = (status: CaseStatus, on: string | null, note: string | null = null): TimelineStep[] =>
    on ? [{ status, label: LABELS.CaseStatus[status], on, note }] : [];
  const closedAs = facts.status === CaseStatus.NOT_FILED ? CaseStatus.NOT_FILED : CaseStatus.CLOSED;
  const steps = [
    ...step(CaseStatus.CLUE, facts.receivedOn, '线索受理'),
    ...step(CaseStatus.FILED, facts.filedOn, facts.number),
    ...step(CaseStatus.INVESTIGATING, facts.investigatedOn),
    ...step(CaseStatus.NOTIFIED, facts.notifiedOn),
    ...step(CaseStatus.DECIDED, facts.decidedOn, facts.decisionNumber),
    ...step(CaseStatus.EXECUTING, facts.servedOn),
    ...facts.transfers.flatMap((t) => step(CaseStatus.TRANSFERRED, t.transferredOn, `移送${t.departmentLabel}`)),
    ...step(closedAs, facts.closedOn),
  ];
  // Stable: steps of one day keep the lifecycle's order.
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.on.localeCompare(b.s.on) || a.i - b.i)
    .map(({ s }) => s);
}

/** The documents (文书) the case's steps produced, as the file holds them. */
export function caseDocuments(facts: CaseRecordFacts): CaseDocumentFacts[] {
  const docs: CaseDocumentFacts[] = [];
  const add = (title: string, issuedOn: string | null, number: string | null = null) => {
    if (issuedOn) docs.push({ title, number, issuedOn });
  };
  add('线索登记表', facts.receivedOn);
  if (facts.status === CaseStatus.NOT_FILED) add('不予立案审批表', facts.closedOn);
  add('立案审批表', facts.filedOn, facts.number);
  for (const seizure of facts.seizures) add('实施行政强制措施决定书(查封、扣押)', seizure.seizedOn);
  add('行政处罚告知书', facts.notifiedOn);
  add('行政处罚决定书', facts.decidedOn, facts.decisionNumber);
  add('送达回证', facts.servedOn);
  for (const t of facts.transfers) add(t.kind === 'CRIMINAL' ? '涉嫌犯罪案件移送书' : '案件移送函', t.transferredOn);
  if (facts.status === CaseStatus.CLOSED) add('结案审批表', facts.closedOn);
  return docs.sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
}
