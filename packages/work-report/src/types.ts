/**
 * The year's work report as the summary reads it: the api.md figures of `WorkReport` (each part may be missing
 * when its subgraph did not answer) and the breakdowns the text uses. Structurally the same as what the shell's
 * typed query returns, so the shell passes its data as it comes.
 */
export interface ResponsibilityPart {
  leaders: number;
  entitiesCovered: number;
}

export interface SupervisionPart {
  townshipsCovered: number;
  promptLetters: number;
  batches?: number;
}

export interface RiskGradingPart {
  gradedShare: number;
  licensed?: number;
  graded?: number;
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

export interface WorkReportData {
  year: number;
  responsibility?: ResponsibilityPart | null;
  supervision?: SupervisionPart | null;
  riskGrading?: RiskGradingPart | null;
  sampling?: SamplingPart | null;
  enforcement?: EnforcementPart | null;
  training?: TrainingPart | null;
  publicity?: PublicityPart | null;
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
  details?: SummaryDetails;
  /** The bureau writing it; defaults to the demo district's. */
  bureau?: string;
}
