/**
 * The year's work report as the summary reads it: the figures of `WorkReport` (docs/api.md#work-report) (each part may be missing
 * when its subgraph did not answer) and the breakdowns the text uses. Structurally the same as what the shell's
 * typed query returns, so the shell passes its data as it comes.
 */
export interface ResponsibilityPart {
  leaders: number;
  entitiesCovered: number;
  /** 包保督导 visits recorded in the year. */
  visits?: number;
}

export interface SupervisionPart {
  townshipsCovered: number;
  promptLetters: number;
  /** With prompt letters, the notices register's other kinds: whether a year had that register in use at all. */
  supervisionLetters?: number;
  rectificationNotices?: number;
  batches?: number;
  rounds?: number;
}

export interface RiskGradingPart {
  gradedShare: number;
  licensed?: number;
  graded?: number;
  byGrade?: readonly { grade: string; count: number }[];
  /** Only its length is read: the townships in the caller's scope. */
  byTownship?: readonly unknown[];
}

export type PlanLevelName = 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'DISTRICT';

export interface SamplingPart {
  batches: number;
  unqualified: number;
  infantFormulaBatches: number;
  infantFormulaCoverage?: number;
  disposalsCompleted?: number;
  byLevel?: readonly { level: PlanLevelName | string; batches: number }[];
}

export interface EnforcementPart {
  casesFiled: number;
  casesTransferred: number;
  rectifications: number;
  campaigns?: number;
  jointOperations?: number;
  randomDraws?: number;
  /** Cases of the year by where they stand (CLUE, FILED, … CLOSED). */
  byStatus?: readonly { status: string; count: number }[];
  /**
   * The complaints register (投诉举报) by the day each was received; absent when the query did not ask for it (the
   * draft then says nothing of complaints). Breakdowns as enforcement answers them: every value, zeros included.
   */
  complaintsReceived?: number;
  complaintsByChannel?: readonly { channel: string; count: number }[];
  complaintsByOutcome?: readonly { outcome: string; count: number }[];
  complaintsByKind?: readonly { kind: string; count: number }[];
}

export interface TrainingPart {
  sessions: number;
  participants: number;
  assessmentBatches: number;
  workshopsUpgraded: number;
  byAudience?: readonly { audience: string; sessions: number }[];
}

export interface PublicityPart {
  posts: number;
  opinionEvents: number;
  outreachEvents: number;
  materials: number;
  opinionEventsHandled?: number;
}

/** `WorkReport.risk` (风险防控与应急): services/risk's RiskFigures. */
export interface RiskPart {
  risksByLevel: readonly { level: string; count: number }[];
  risks: number;
  duties: number;
  dutiesDone: number;
  dutiesOverdue: number;
  hazardsFound: number;
  hazardsRectified: number;
  consultations: number;
  incidentsByLevel: readonly { level: string; count: number }[];
  incidents: number;
  drills: number;
}

export interface WorkReportData {
  year: number;
  responsibility?: ResponsibilityPart | null;
  supervision?: SupervisionPart | null;
  riskGrading?: RiskGradingPart | null;
  sampling?: SamplingPart | null;
  enforcement?: EnforcementPart | null;
  training?: TrainingPart | null;
  publicity?: PublicityPart | null;
  /** Absent where the platform has no risk domain (the draft then leaves its part to the bureau); null when it
   * did not answer. */
  risk?: RiskPart | null;
}

/** Names the text cites when it has them (campaigns, articles, events, the publicity week); all optional. */
export interface SummaryDetails {
  /** 专项执法行动, e.g. 2024年"春雷"行动 */
  campaigns?: readonly string[];
  /** 专项治理, e.g. 桶装饮用水专项治理 */
  rectifications?: readonly string[];
  /** Article titles, the ones to cite first. */
  articles?: readonly string[];
  /** Channel names, e.g. 大美巴州App */
  channels?: readonly string[];
  /** Opinion events handled, by title. */
  opinionEvents?: readonly string[];
  /** The publicity week's theme and its activities' titles. */
  weekTheme?: string | null;
  activities?: readonly string[];
}

export interface SummaryInput {
  report: WorkReportData;
  /** The year before, for comparisons; compared only in the areas where it has records. */
  previous?: WorkReportData | null;
  details?: SummaryDetails;
  /** The bureau writing it; defaults to the demo district's. */
  bureau?: string;
}
