import type {
  ConsumerRequestStatus,
  DisposalAction,
  FailureKind,
  FoodCategory,
  ObjectionKind,
  ObjectionStatus,
  PlanLevel,
  PlanPurpose,
  SampleStatus,
  Verdict,
} from '../src/rules/enums';
import type { FocusArea, FocusPeriod, FocusVariety } from '../src/rules/focus';

/** The demo data as plain records: built without the ORM so the figures can be checked directly. */
export interface DemoPlan {
  id: string;
  year: number;
  level: PlanLevel;
  purpose: PlanPurpose;
  name: string;
  issuer: string;
  categories: FoodCategory[];
  quota: number;
  startsOn: string;
  endsOn: string;
  focusVarieties: FocusVariety[];
  focusPeriods: FocusPeriod[];
  focusAreas: FocusArea[];
}

export interface DemoSample {
  id: string;
  number: string;
  planId: string;
  entityId: string;
  townshipId: string;
  foodName: string;
  category: FoodCategory;
  brand: string | null;
  specification: string | null;
  batchNumber: string;
  producedOn: string | null;
  sampledOn: string;
  samplers: string[];
  lab: string;
  status: SampleStatus;
  verdict: Verdict | null;
  failureKind: FailureKind | null;
  receivedOn: string | null;
  reportedOn: string | null;
  notifiedOn: string | null;
  publishedOn: string | null;
  consumerRequestId: string | null;
  focusVariety: FocusVariety | null;
  focusPeriod: FocusPeriod | null;
  focusArea: FocusArea | null;
}

export interface DemoTestItem {
  id: string;
  sampleId: string;
  position: number;
  name: string;
  measured: string;
  limit: string;
  unit: string;
  standard: string;
  verdict: Verdict;
  failureKind: FailureKind | null;
}

export interface DemoEvent {
  id: string;
  sampleId: string;
  fromStatus: SampleStatus | null;
  toStatus: SampleStatus;
  label: string;
  happenedOn: string;
  recordedBy: string;
  note: string | null;
}

export interface DemoRecheck {
  id: string;
  sampleId: string;
  requestedOn: string;
  applicant: string;
  lab: string;
  result: Verdict | null;
  completedOn: string | null;
}

export interface DemoObjection {
  id: string;
  sampleId: string;
  kind: ObjectionKind;
  filedOn: string;
  applicant: string;
  reason: string;
  status: ObjectionStatus;
  decidedOn: string | null;
  conclusion: string | null;
}

export interface DemoDisposal {
  id: string;
  sampleId: string;
  startedOn: string;
  actions: DisposalAction[];
  quantity: number | null;
  measures: string | null;
  caseNumber: string | null;
  caseId: string | null;
  completedOn: string | null;
}

export interface DemoConsumerRequest {
  id: string;
  title: string;
  category: FoodCategory;
  description: string;
  channel: string;
  submittedBy: string;
  submittedOn: string;
  votes: number;
  status: ConsumerRequestStatus;
  reply: string | null;
}

export interface DemoInfantFormulaBatch {
  id: string;
  year: number;
  brand: string;
  product: string;
  stage: number;
  batchNumber: string;
  entityId: string;
  townshipId: string;
  foundOn: string;
  sampleId: string | null;
}

/** A business of the entities demo data (@shian/demo-refs). */
export type { DemoEntityRef as EntityRefRecord } from '@shian/demo-refs';

export interface DemoData {
  plans: DemoPlan[];
  samples: DemoSample[];
  testItems: DemoTestItem[];
  events: DemoEvent[];
  rechecks: DemoRecheck[];
  objections: DemoObjection[];
  disposals: DemoDisposal[];
  consumerRequests: DemoConsumerRequest[];
  infantFormulaBatches: DemoInfantFormulaBatch[];
}
