import type {
  EntityCategory,
  EntityStatus,
  LicenseKind,
  NoticeKind,
  OfficialLevel,
  RiskGrade,
  TownshipKind,
} from '../src/rules/enums';

/** The demo data as plain records: built without the ORM so the figures can be checked directly. */
export interface DemoTownship {
  id: string;
  name: string;
  kind: TownshipKind;
}

export interface DemoEntity {
  id: string;
  name: string;
  creditCode: string;
  category: EntityCategory;
  status: EntityStatus;
  townshipId: string;
  address: string;
  legalRepresentative: string;
  phone: string | null;
  createdAt: string;
}

export interface DemoLicense {
  id: string;
  entityId: string;
  kind: LicenseKind;
  number: string;
  issuedOn: string;
  validUntil: string;
}

export interface DemoAssessment {
  id: string;
  entityId: string;
  year: number;
  staticScore: number;
  dynamicScore: number;
  totalScore: number;
  grade: RiskGrade;
  assessedOn: string;
  assessor: string;
}

export interface DemoOfficial {
  id: string;
  name: string;
  title: string;
  level: OfficialLevel;
  townshipId: string | null;
}

export interface DemoAssignment {
  id: string;
  officialId: string;
  entityId: string;
  startsOn: string;
  endsOn: string | null;
}

export interface DemoVisit {
  id: string;
  assignmentId: string;
  visitedOn: string;
  findings: string;
}

export interface DemoRound {
  id: string;
  townshipId: string;
  year: number;
  batch: number;
  inspectedOn: string;
  findings: string;
}

export interface DemoNotice {
  id: string;
  kind: NoticeKind;
  number: string;
  title: string;
  townshipId: string;
  sentOn: string;
  content: string;
  dueOn: string | null;
  /** The township's written reply, for a notice that asks for one. */
  repliedOn: string | null;
  reply: string | null;
}

export interface DemoData {
  townships: DemoTownship[];
  entities: DemoEntity[];
  licenses: DemoLicense[];
  assessments: DemoAssessment[];
  officials: DemoOfficial[];
  assignments: DemoAssignment[];
  visits: DemoVisit[];
  rounds: DemoRound[];
  notices: DemoNotice[];
}
