import type { WorkReportDashboardQuery } from '../gql/graphql';
import { domainLabel } from '@shian/graphql-client';
import { t } from '@shian/ui-kit';
import { REGISTERS } from '@shian/work-report';

/**
 * What the dashboard shows, kept out of the components so that it is tested on its own: the figures (label, unit,
 * where the list behind each one lives), which year to show, and the change against the previous year.
 */
type Generated = NonNullable<WorkReportDashboardQuery['workReports']>[number];

/** `WorkReport.risk` (services/risk's RiskFigures): the year's 风险防控与应急 records. */
export interface RiskFigures {
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

/**
 * A year's report as the dashboard reads it. `risk` is absent where the platform has no risk domain (the card is
 * not shown) and null when its subgraph did not answer (暂不可用, like every other part).
 */
export type Report = Omit<Generated, 'risk'> & { risk?: RiskFigures | null };

export type AreaKey =
  | 'responsibility'
  | 'supervision'
  | 'riskGrading'
  | 'sampling'
  | 'enforcement'
  | 'training'
  | 'publicity'
  | 'risk';

export interface Area {
  key: AreaKey;
  title: string;
  /** The subgraph that answers this part of the report (docs/api.md#work-report). */
  domain: string;
  /**
   * Whether a year needs records here to count as a complete year of work (the default year). The risk domain
   * began in 2025: the years before it are complete without its records.
   */
  required: boolean;
}

// A domain's own area is titled by the navigation's name for it (ui-kit's catalog translates those).
export const AREAS: readonly Area[] = [
  { key: 'responsibility', title: '党政责任', domain: 'entities', required: true },
  { key: 'supervision', title: '统筹督查', domain: 'entities', required: true },
  { key: 'riskGrading', title: '风险分级', domain: 'entities', required: true },
  { key: 'sampling', title: domainLabel('sampling'), domain: 'sampling', required: true },
  { key: 'enforcement', title: domainLabel('enforcement'), domain: 'enforcement', required: true },
  { key: 'training', title: domainLabel('training'), domain: 'training', required: true },
  { key: 'publicity', title: domainLabel('publicity'), domain: 'publicity', required: true },
  { key: 'risk', title: domainLabel('risk'), domain: 'risk', required: false },
];

/** The areas a report carries: a platform without the risk domain has no `risk` key at all. */
export const areasOf = (report: Report) => AREAS.filter((a) => report[a.key] !== undefined);

export interface Figure {
  key: string;
  area: AreaKey;
  label: string;
  unit: string;
  percent?: boolean;
  value: (report: Report) => number | undefined;
  /**
   * The counts of the register (the list of records) the figure is drawn from, for deciding whether a year has
   * records behind the figure at all: a year whose counts are all zero had nothing entered in that register, so
   * its zero is not a result to compare with. Undefined where the part is null (its subgraph did not answer).
   * One of @shian/work-report's REGISTERS, by which the summary draft compares too.
   */
  basis: (report: Report) => readonly (number | undefined)[] | null | undefined;
  /** The filtered list behind the figure, as a shell path. */
  link: (year: number) => string;
}

const q = (path: string, params: Record<string, string | number>) =>
  `${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;

/** The samples list filters by the date sampled: the year as its date range, shown in the list's own picker. */
const sampledIn = (year: number) => ({ sampledFrom: `${year}-01-01`, sampledTo: `${year}-12-31` });

/** A figure of an area: its field in that area's part of the report, label, unit, register and list. */
type FigureRow<A extends AreaKey> = readonly [
  key: keyof NonNullable<Report[A]> & string,
  label: string,
  unit: string,
  basis: Figure['basis'],
  link: Figure['link'],
];

/** An area's figures, each read from the field of its name in the area's part (absent where the part is null). */
function areaFigures<A extends AreaKey>(area: A, rows: readonly FigureRow<A>[]): Figure[] {
  return rows.map(([key, label, unit, basis, link]) => ({
    key,
    area,
    label,
    unit,
    value: (r) => {
      const value = (r[area] as Record<string, unknown> | null | undefined)?.[key];
      return typeof value === 'number' ? value : undefined;
    },
    basis,
    link,
  }));
}

const { samples, cases, trainingSessions, outreach, duties, hazards } = REGISTERS;

/** Every figure of WorkReport (docs/api.md#work-report), in the order of docs/domain.md#the-2024-figures. */
export const FIGURES: readonly Figure[] = [
  // 包保: district leaders, the entities they cover and the visits all come from the assignments register.
  ...areaFigures('responsibility', [
    ['leaders', '包保区级领导', '名', REGISTERS.assignments, (year) => q('/entities/responsibility', { year })],
    ['entitiesCovered', '包保主体', '家', REGISTERS.assignments, (year) => q('/entities/responsibility', { year })],
  ]),
  ...areaFigures('supervision', [
    // The 督查 rounds register (prompt letters are notices, another register).
    ['townshipsCovered', '督查乡镇(街道)', '个', REGISTERS.supervisionRounds, () => '/entities/townships'],
    // The notices register, every kind: a year with 督办函 but no 提示函 had the register in use, so its 0 is real.
    [
      'promptLetters',
      '工作提示函',
      '份',
      REGISTERS.notices,
      (year) => q('/entities/notices', { kind: 'PROMPT_LETTER', year }),
    ],
  ]),
  // A share of the licensed is no record: the year's gradings are (a year without any reads 0%, not a result).
  ...areaFigures('riskGrading', [
    ['gradedShare', '获证生产销售主体分级率', '', REGISTERS.gradings, () => '/entities'],
  ]).map((figure) => ({ ...figure, percent: true })),
  // Unqualified batches are a subset of the batches: with batches sampled that year, 0 unqualified is a result.
  ...areaFigures('sampling', [
    ['batches', '抽检监测', '批次', samples, (year) => q('/sampling', sampledIn(year))],
    [
      'unqualified',
      '不合格',
      '批次',
      samples,
      (year) => q('/sampling', { ...sampledIn(year), verdict: 'UNQUALIFIED' }),
    ],
    [
      'infantFormulaBatches',
      '婴配乳粉检验',
      '批次',
      samples,
      (year) => q('/sampling', { ...sampledIn(year), category: 'INFANT_FORMULA' }),
    ],
  ]),
  // The cases register; criminal transfers are made from its cases (possibly filed in an earlier year). 专项治理
  // and 专项执法行动 are the kinds of the campaigns register.
  ...areaFigures('enforcement', [
    ['casesFiled', '立案查处', '件', cases, (year) => q('/enforcement/cases', { year })],
    ['casesTransferred', '移送起诉', '件', cases, (year) => q('/enforcement/transfers', { year, kind: 'CRIMINAL' })],
    [
      'rectifications',
      '专项治理',
      '项',
      REGISTERS.campaigns,
      (year) => q('/enforcement/campaigns', { year, kind: 'RECTIFICATION' }),
    ],
  ]),
  // Sessions and their sign-ins: one register.
  ...areaFigures('training', [
    ['sessions', '培训', '次', trainingSessions, (year) => q('/training', { year })],
    ['participants', '覆盖从业人员', '人', trainingSessions, (year) => q('/training', { year })],
    ['assessmentBatches', '考核', '批次', REGISTERS.assessments, (year) => q('/training/assessments', { year })],
    ['workshopsUpgraded', '小作坊提档升级', '家', REGISTERS.upgrades, (year) => q('/training/upgrades', { year })],
  ]),
  // Materials are handed out at outreach events: one register (the demo's 2023 has articles but none of these).
  ...areaFigures('publicity', [
    ['posts', '科普宣传、网络辟谣', '条', REGISTERS.posts, (year) => q('/publicity', { year })],
    ['opinionEvents', '负面舆情处置', '条', REGISTERS.opinionEvents, (year) => q('/publicity/opinions', { year })],
    ['outreachEvents', '宣传活动', '次', outreach, (year) => q('/publicity/outreach', { year })],
    ['materials', '发放宣传资料', '份', outreach, (year) => q('/publicity/outreach', { year })],
  ]),
  // The risk module's lists have no year filter yet: each figure opens the whole list, filtered where it can be.
  // 已整改 counts the verified hazards too: the list of every hazard, rather than one status of the two.
  ...areaFigures('risk', [
    ['risks', '风险清单', '项', REGISTERS.risks, () => '/risk'],
    ['dutiesDone', '责任事项已完成', '项', duties, () => q('/risk/duties', { status: 'DONE' })],
    ['dutiesOverdue', '责任事项逾期', '项', duties, () => q('/risk/duties', { overdue: 1 })],
    ['hazardsFound', '排查发现隐患', '处', hazards, () => q('/risk/investigations', { view: 'hazards' })],
    ['hazardsRectified', '隐患已整改', '处', hazards, () => q('/risk/investigations', { view: 'hazards' })],
    ['consultations', '会商研判', '次', REGISTERS.consultations, () => '/risk/consultations'],
    ['incidents', '突发事件', '起', REGISTERS.incidents, () => '/risk/incidents'],
    ['drills', '应急演练', '次', REGISTERS.drills, () => '/risk/drills'],
  ]),
];

export const RISK_LEVELS: readonly { level: string; label: string; colour: string }[] = [
  { level: 'LOW', label: '低风险', colour: '#1677ff' },
  { level: 'GENERAL', label: '一般风险', colour: '#fadb14' },
  { level: 'HIGH', label: '较大风险', colour: '#fa8c16' },
  { level: 'MAJOR', label: '重大风险', colour: '#f5222d' },
];

export const INCIDENT_LEVELS: readonly { level: string; label: string }[] = [
  { level: 'I', label: 'I级(特别重大)' },
  { level: 'II', label: 'II级(重大)' },
  { level: 'III', label: 'III级(较大)' },
  { level: 'IV', label: 'IV级(一般)' },
];

/** A breakdown by level in the order of the levels, zeros included (a chart's axis stays the same every year). */
export const countsByLevel = <L extends { level: string }>(
  rows: readonly { level: string; count: number }[],
  levels: readonly L[],
) => levels.map((l) => ({ ...l, count: rows.find((r) => r.level === l.level)?.count ?? 0 }));

/** Whether an area of a year's report has any record behind it (a share alone is not a record). */
export function areaHasRecords(report: Report | undefined, area: AreaKey): boolean {
  if (!report?.[area]) return false;
  return FIGURES.some((f) => f.area === area && (f.basis(report) ?? []).some((count) => (count ?? 0) > 0));
}

export const hasRecords = (report: Report | undefined) => AREAS.some((a) => areaHasRecords(report, a.key));

/**
 * Every work area has records: a year the summary can be written for. `answered` are the areas whose subgraph
 * answered (a part that is null for want of its subgraph says nothing about the year).
 */
export const isComplete = (report: Report | undefined, answered: readonly Area[] = AREAS) =>
  answered.filter((a) => a.required).every((a) => areaHasRecords(report, a.key));

/** The areas that some report of the answer carries: a part null in every year is one whose subgraph failed. */
export const answeredAreas = (reports: readonly Report[]) => AREAS.filter((a) => reports.some((r) => r[a.key]));

/** How many recent years a first visit asks for, to find the latest year with records. */
export const RECENT_YEARS = 7;

/** The years one request asks for: the chosen year and the one before, or on a first visit the recent years. */
export function yearsToAsk(chosen: number | undefined, currentYear: number): number[] {
  if (chosen !== undefined) return [chosen, chosen - 1];
  return Array.from({ length: RECENT_YEARS }, (_, i) => currentYear - i);
}

/**
 * The year a first visit shows: the latest year in which every work area has records (a mid-year current year
 * qualifies once each area has started), else the latest with any record, else the current year.
 */
export function defaultYear(reports: readonly Report[], currentYear: number): number {
  const latest = [...reports].sort((a, b) => b.year - a.year);
  const answered = answeredAreas(reports);
  return latest.find((r) => isComplete(r, answered))?.year ?? latest.find(hasRecords)?.year ?? currentYear;
}

/** The year given in the URL (`?year=2024`), if it is a plausible one. */
export function yearFromParam(value: string | null): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/**
 * What a figure says about the year before: the change, where that year has records in the register behind the
 * figure; `no-records` where it has none (its zero is the absence of records, not a result: the platform began, or
 * the register came into use, later); `unknown` where that year's part was not answered or not asked for.
 *
 * The rule is per register rather than per card: a card can mix registers that came into use in different years
 * (the demo's 2023 has articles but no outreach events, so 发放宣传资料 would read 较上年 +12,260 against nothing).
 * Within a register in use, a zero is a result (no criminal transfers, no incidents) and is compared.
 */
export type Comparison = { delta: number } | 'no-records' | 'unknown';

export function comparison(figure: Figure, report: Report, previous: Report | undefined): Comparison {
  const basis = previous && figure.basis(previous);
  if (!basis) return 'unknown';
  if (!basis.some((count) => (count ?? 0) > 0)) return 'no-records';
  const now = figure.value(report);
  const before = figure.value(previous);
  if (now === undefined || before === undefined) return 'unknown';
  return { delta: now - before };
}

/** The change of a figure against the previous year, when that year has records behind the figure. */
export function change(figure: Figure, report: Report, previous: Report | undefined): number | undefined {
  const c = comparison(figure, report, previous);
  return typeof c === 'object' ? c.delta : undefined;
}

/** 1,847 on the cards (the summary writes 1847, as documents do); shares as percentages. */
export function display(figure: Figure, value: number | undefined): string {
  if (value === undefined) return '—';
  if (figure.percent) return `${(Math.round(value * 1000) / 10).toString()}%`;
  return value.toLocaleString('en-US');
}

export function displayChange(figure: Figure, delta: number): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const size = Math.abs(delta);
  return figure.percent
    ? t('{{sign}}{{size}}个百分点', { sign, size: Math.round(size * 1000) / 10 })
    : `${sign}${size.toLocaleString('en-US')}`;
}
