import { AuditEntry } from './AuditEntry';
import { Campaign } from './Campaign';
import { Case } from './Case';
import { CasePause } from './CasePause';
import { CaseTally } from './CaseTally';
import { Complaint, ComplaintStep } from './Complaint';
import { DrawItem } from './DrawItem';
import { Inspection } from './Inspection';
import { Inspector } from './Inspector';
import { JointOperation } from './JointOperation';
import { JointOperationParticipant } from './JointOperationParticipant';
import { Penalty } from './Penalty';
import { RandomDraw } from './RandomDraw';
import { SeizedItem } from './SeizedItem';
import { Transfer } from './Transfer';

export * from './enums';
export { ComplaintChannel, ComplaintKind, ComplaintOutcome, ComplaintStatus, MediationResult } from './Complaint';
export * from './refs';
export { AuditFieldChange } from './AuditEntry';
export {
  AuditEntry,
  Campaign,
  Case,
  CasePause,
  CaseTally,
  Complaint,
  ComplaintStep,
  DrawItem,
  Inspection,
  Inspector,
  JointOperation,
  JointOperationParticipant,
  Penalty,
  RandomDraw,
  SeizedItem,
  Transfer,
};

export const ENTITIES = [
  Inspector,
  Campaign,
  Inspection,
  RandomDraw,
  DrawItem,
  Case,
  CasePause,
  Penalty,
  Transfer,
  JointOperation,
  JointOperationParticipant,
  SeizedItem,
  Complaint,
  ComplaintStep,
  CaseTally,
];
