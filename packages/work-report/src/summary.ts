import { type Block, blocksToText } from './blocks';
import {
  AUDIENCE_NAMES,
  approximately,
  CASE_STATUS_NAMES,
  COMPLAINT_CHANNEL_NAMES,
  COMPLAINT_KIND_NAMES,
  COMPLAINT_OUTCOME_NAMES,
  figure,
  INCIDENT_LEVEL_NAMES,
  LEVEL_NAMES,
  list,
  listQuoted,
  listTitles,
  OPEN_CASE_STATUSES,
  ordinal,
  percent,
  quotedNames,
  RISK_LEVEL_NAMES,
} from './format';
import type { EnforcementPart, SummaryDetails, SummaryInput, WorkReportData } from './types';

/** The demo district's bureau (docs/domain.md#the-district-and-its-people); a deployment passes its own. */
export const DEFAULT_BUREAU = '巴中市巴州区市场监督管理局';

/** A part whose subgraph did not answer: regenerating once it answers fills it in. */
const missing = (what: string) => `【待补充:${what}数据暂未取得】`;

/** What no record of the platform can say (meetings, leaders' activities, reasons, intentions): staff write it. */
const ask = (what: string) => `【请补充:${what}】`;

type Area = Exclude<keyof WorkReportData, 'year'>;

/**
 * Whether a part of a report has any record behind it. A share alone is not a record (an empty year grades
 * nobody, its share is 0 of 0).
 */
export function partHasRecords(report: WorkReportData | null | undefined, area: Area): boolean {
  const part = report?.[area];
  if (!part) return false;
  if (area === 'riskGrading') return (report?.riskGrading?.graded ?? 0) > 0;
  return Object.entries(part).some(
    ([key, value]) => typeof value === 'number' && !/Share$|Coverage$/.test(key) && value > 0,
  );
}

/**
 * The registers (lists of records) behind the figures the draft compares, each with the counts the report carries
 * of it. The same registers as the shell dashboard's `Figure.basis` (frontends/shell/src/dashboard/model.ts), so
 * the draft and the cards agree on which figures have a year before to compare with.
 *
 * Why per register rather than per part: a part can mix registers that came into use in different years (the
 * demo's 2023 has articles but no outreach events), and a part with records says nothing of its other registers.
 * A register whose counts are all zero had nothing entered that year, so its zero is no baseline; within a
 * register in use a zero is a result and is compared. A share is no count (a year without gradings is 0 of 0).
 */
type Counts = readonly (number | undefined)[] | null | undefined;

export const REGISTERS = {
  /** 包保: district leaders, the entities they cover and the visits, one assignments register. */
  assignments: (r: WorkReportData): Counts =>
    r.responsibility && [r.responsibility.leaders, r.responsibility.entitiesCovered, r.responsibility.visits],
  /** 督查 rounds (prompt letters are notices, another register). */
  supervisionRounds: (r: WorkReportData): Counts =>
    r.supervision && [r.supervision.townshipsCovered, r.supervision.rounds, r.supervision.batches],
  /** The notices register, every kind: a year with 督办函 but no 提示函 had it in use, so its 0 提示函 is real. */
  notices: (r: WorkReportData): Counts =>
    r.supervision && [
      r.supervision.promptLetters,
      r.supervision.supervisionLetters,
      r.supervision.rectificationNotices,
    ],
  gradings: (r: WorkReportData): Counts => r.riskGrading && [r.riskGrading.graded],
  /** Unqualified and infant-formula batches are subsets of the year's samples. */
  samples: (r: WorkReportData): Counts => r.sampling && [r.sampling.batches],
  /** Criminal transfers are made from the cases register (possibly of cases filed in an earlier year). */
  cases: (r: WorkReportData): Counts => r.enforcement && [r.enforcement.casesFiled, r.enforcement.casesTransferred],
  /** 专项治理 and 专项执法行动 are the campaigns register's kinds. */
  campaigns: (r: WorkReportData): Counts => r.enforcement && [r.enforcement.rectifications, r.enforcement.campaigns],
  /** 投诉举报, newer than the other registers; absent when the report does not carry it. */
  complaints: (r: WorkReportData): Counts => r.enforcement && [r.enforcement.complaintsReceived],
  /** Sessions and their sign-ins. */
  trainingSessions: (r: WorkReportData): Counts => r.training && [r.training.sessions, r.training.participants],
  assessments: (r: WorkReportData): Counts => r.training && [r.training.assessmentBatches],
  upgrades: (r: WorkReportData): Counts => r.training && [r.training.workshopsUpgraded],
  posts: (r: WorkReportData): Counts => r.publicity && [r.publicity.posts],
  opinionEvents: (r: WorkReportData): Counts => r.publicity && [r.publicity.opinionEvents],
  /** Materials are handed out at outreach events. */
  outreach: (r: WorkReportData): Counts => r.publicity && [r.publicity.outreachEvents, r.publicity.materials],
  risks: (r: WorkReportData): Counts => r.risk && [r.risk.risks],
  duties: (r: WorkReportData): Counts => r.risk && [r.risk.duties],
  hazards: (r: WorkReportData): Counts => r.risk && [r.risk.hazardsFound],
  consultations: (r: WorkReportData): Counts => r.risk && [r.risk.consultations],
  incidents: (r: WorkReportData): Counts => r.risk && [r.risk.incidents],
  drills: (r: WorkReportData): Counts => r.risk && [r.risk.drills],
} as const;

export type Register = keyof typeof REGISTERS;

/** Whether a year had records in a register: false too where its part is missing (nothing to compare with). */
export function registerHasRecords(report: WorkReportData | null | undefined, register: Register): boolean {
  const counts = report ? REGISTERS[register](report) : undefined;
  return Boolean(counts?.some((count) => (count ?? 0) > 0));
}

interface Context {
  year: number;
  report: WorkReportData;
  /** The year before, when the input's `previous` is that year; compared register by register (see `before`). */
  previous?: WorkReportData;
  details: SummaryDetails;
}

/** The previous year's figure, when that year has records in the figure's register: otherwise nothing to compare. */
function before(
  ctx: Context,
  register: Register,
  pick: (previous: WorkReportData) => number | undefined,
): number | undefined {
  return ctx.previous && registerHasRecords(ctx.previous, register) ? pick(ctx.previous) : undefined;
}

/** "(上年1000批次)" after a figure, when the year before has records to compare with. */
const lastYear = (value: number | undefined, unit: string) =>
  value === undefined ? '' : `(上年${figure(value)}${unit})`;

const none = (what: string) => `平台未登记本年度的${what}记录。`;

/**
 * The year's summary, shaped like the bureau's documents (a title, the year's work by area, next year's plan) but
 * written only from what the records show: figures, the names of records, comparisons with the year before when
 * that year has records. What records cannot say is a marked placeholder (【请补充:…】) for staff to fill, and a
 * part whose subgraph did not answer is marked 【待补充:…】. Pure: the same report gives the same text.
 */
export function draftSummary(input: SummaryInput): Block[] {
  const { report } = input;
  const year = report.year;
  const previous = input.previous?.year === year - 1 ? input.previous : undefined;
  const ctx: Context = { year, report, previous, details: input.details ?? {} };
  const work = [responsibility(ctx), monitoring(ctx), enforcement(ctx), coGovernance(ctx)];
  // A platform without the risk domain has no `risk` at all: its part is left out rather than claimed empty.
  if (report.risk !== undefined) work.push(riskWork(ctx));
  const plan = [openItems(ctx), decreases(ctx), riskPlan(ctx), other(ctx)];
  return [
    { kind: 'title', text: input.bureau ?? DEFAULT_BUREAU },
    { kind: 'title', text: `食品安全${year}年工作总结和${year + 1}年工作计划` },
    { kind: 'heading', text: `一、${year}年工作完成情况` },
    ...work.map(([lead, sentences], i) => section(i + 1, lead, sentences)),
    { kind: 'heading', text: `二、${year + 1}年工作计划` },
    ...plan.map(([lead, sentences], i) => section(i + 1, lead, sentences)),
  ];
}

/** The draft as the text the bureau edits (one block per line). */
export const summaryText = (input: SummaryInput): string => blocksToText(draftSummary(input));

type Section = [lead: string, sentences: string[]];

const section = (n: number, lead: string, sentences: string[]): Block => ({
  kind: 'section',
  lead: `(${ordinal(n)})${lead}。`,
  text: sentences.join(''),
});

function responsibility(ctx: Context): Section {
  const { report } = ctx;
  const r = report.responsibility;
  let duty: string;
  if (!r) duty = missing('包保责任');
  else if (!partHasRecords(report, 'responsibility')) duty = none('包保');
  else {
    const visits =
      r.visits !== undefined
        ? `,记录包保督导${figure(r.visits)}次${lastYear(
            before(ctx, 'assignments', (p) => p.responsibility?.visits),
            '次',
          )}`
        : '';
    duty = `按平台登记的包保关系,${figure(r.leaders)}名区级领导包保${figure(r.entitiesCovered)}家主体${lastYear(
      before(ctx, 'assignments', (p) => p.responsibility?.entitiesCovered),
      '家',
    )}${visits}。`;
  }
  const s = report.supervision;
  let supervision: string;
  if (!s) supervision = missing('统筹督查');
  else if (!partHasRecords(report, 'supervision')) supervision = none('乡镇(街道)督查和提示函');
  else {
    const townships = report.riskGrading?.byTownship?.length;
    const all = townships && s.townshipsCovered >= townships ? ',即辖区全部乡镇(街道)' : '';
    const batches = s.batches ? `,分${figure(s.batches)}批进行` : '';
    const rounds = s.rounds ? `,共督查${figure(s.rounds)}次` : '';
    supervision = `督查记录覆盖${figure(s.townshipsCovered)}个乡镇(街道)${all}${batches}${rounds};向乡镇(街道)下发工作提示函${figure(
      s.promptLetters,
    )}份${lastYear(
      before(ctx, 'notices', (p) => p.supervision?.promptLetters),
      '份',
    )}。`;
  }
  return [
    '属地责任与统筹督查',
    [duty, supervision, ask('党委、政府研究部署食品安全工作的会议、领导调研及责任制度建设情况(平台无此类记录)')],
  ];
}

function monitoring(ctx: Context): Section {
  const { report } = ctx;
  const g = report.riskGrading;
  let grading: string;
  if (!g) grading = missing('风险分级');
  else if (g.licensed === 0 || (g.gradedShare === 0 && !g.graded)) grading = none('风险分级');
  else {
    const share =
      g.licensed !== undefined && g.graded !== undefined
        ? `获证食品生产企业和销售者共${figure(g.licensed)}家,已评定风险等级${figure(g.graded)}家,分级率${percent(g.gradedShare)}`
        : `获证食品生产企业和销售者的风险分级率为${percent(g.gradedShare)}`;
    const grades = (g.byGrade ?? []).filter((b) => b.count > 0);
    grading = `${share}${grades.length ? `;评定结果为${list(grades.map((b) => `${b.grade}级${figure(b.count)}家`))}` : ''}。`;
  }
  const s = report.sampling;
  let sampling: string;
  if (!s) sampling = missing('抽检监测');
  else if (s.batches === 0) sampling = none('抽检监测');
  else {
    const levels = (s.byLevel ?? [])
      .filter((l) => l.batches > 0)
      .map((l) => `${LEVEL_NAMES[l.level] ?? l.level}级${figure(l.batches)}批次`);
    const byLevel = levels.length ? `,其中${list(levels)}` : '';
    const disposed =
      s.disposalsCompleted !== undefined
        ? `,已完成核查处置${figure(s.disposalsCompleted)}批次${s.disposalsCompleted < s.unqualified ? ',其余仍在处置' : ''}`
        : '';
    const unqualified =
      s.unqualified > 0
        ? `;检出不合格${figure(s.unqualified)}批次${lastYear(
            before(ctx, 'samples', (p) => p.sampling?.unqualified),
            '批次',
          )}${disposed}`
        : ';记录中没有不合格批次';
    const formula =
      s.infantFormulaBatches > 0
        ? `;婴配乳粉检验${figure(s.infantFormulaBatches)}批次${
            s.infantFormulaCoverage === undefined
              ? ''
              : `,在售批次覆盖率${percent(s.infantFormulaCoverage)}${s.infantFormulaCoverage >= 1 ? '(“批批检”)' : ''}`
          }`
        : '';
    sampling = `抽检监测共${figure(s.batches)}批次${lastYear(
      before(ctx, 'samples', (p) => p.sampling?.batches),
      '批次',
    )}${byLevel}${unqualified}${formula}。`;
  }
  return ['风险分级与抽检监测', [grading, sampling]];
}

/** Up to `max` names, with 等 when the records hold more. */
function cite(names: readonly string[], max: number, quote = listQuoted): string {
  const shown = quote(names.slice(0, max));
  return names.length > max ? `${shown}等` : shown;
}

function enforcement(ctx: Context): Section {
  const { report, details } = ctx;
  const e = report.enforcement;
  if (!e) return ['执法办案与专项行动', [missing('执法办案')]];
  if (!partHasRecords(report, 'enforcement')) {
    const what = e.complaintsReceived === undefined ? '立案、移送和专项行动' : '立案、移送、专项行动和投诉举报';
    return ['执法办案与专项行动', [none(what), ask('平台外的执法办案情况(如有)')]];
  }
  const sentences: string[] = [];
  const names = quotedNames(details.campaigns ?? []);
  if (e.campaigns !== undefined || names.length)
    sentences.push(
      `平台登记本年度专项执法行动${e.campaigns !== undefined ? `${figure(e.campaigns)}个` : ''}${
        names.length ? `,包括${cite(names, 6, list)}` : ''
      }。`,
    );
  const rectifications = details.rectifications ?? [];
  sentences.push(
    `登记专项治理${figure(e.rectifications)}项${lastYear(
      before(ctx, 'campaigns', (p) => p.enforcement?.rectifications),
      '项',
    )}${rectifications.length ? `,包括${cite(rectifications, 4)}` : ''}。`,
  );
  const joint = e.jointOperations ? `;与协作部门联合执法${figure(e.jointOperations)}次` : '';
  const draws = e.randomDraws ? `;开展“双随机”抽查${figure(e.randomDraws)}次` : '';
  sentences.push(
    `食品违法案件立案${figure(e.casesFiled)}件${lastYear(
      before(ctx, 'cases', (p) => p.enforcement?.casesFiled),
      '件',
    )};移送起诉${figure(e.casesTransferred)}件${joint}${draws}。`,
  );
  const statuses = (e.byStatus ?? []).filter((s) => s.count > 0);
  if (statuses.length)
    sentences.push(
      `按办理进度,${list(statuses.map((s) => `${CASE_STATUS_NAMES[s.status] ?? s.status}${figure(s.count)}件`))}。`,
    );
  const register = complaints(ctx, e);
  if (register) sentences.push(register);
  sentences.push(ask('行刑衔接、部门协作等机制建设情况(平台无此类记录)'));
  return ['执法办案与专项行动', sentences];
}

/** `{ name: count }` rows in the names' order, zeros left out, as "电话3件". */
function counted<K extends string>(
  rows: readonly ({ count: number } & Record<K, string>)[] | undefined,
  key: K,
  names: Record<string, string>,
): string[] {
  const count = (value: string) => rows?.find((row) => row[key] === value)?.count ?? 0;
  return Object.keys(names)
    .filter((value) => count(value) > 0)
    .map((value) => `${names[value]}${figure(count(value))}件`);
}

/**
 * The complaints register's year, from its figures only (received, by kind, channel and outcome): nothing when the
 * report did not carry them, and no year-before comparison unless that year received complaints on the platform
 * (the register is newer than the other records).
 */
function complaints(ctx: Context, e: EnforcementPart): string | undefined {
  if (e.complaintsReceived === undefined) return undefined;
  if (e.complaintsReceived === 0) return none('投诉举报');
  const kinds = counted(e.complaintsByKind, 'kind', COMPLAINT_KIND_NAMES);
  const channels = counted(e.complaintsByChannel, 'channel', COMPLAINT_CHANNEL_NAMES);
  const outcomes = counted(e.complaintsByOutcome, 'outcome', COMPLAINT_OUTCOME_NAMES);
  const earlier = before(ctx, 'complaints', (p) => p.enforcement?.complaintsReceived);
  return `平台登记收到投诉举报${figure(e.complaintsReceived)}件${lastYear(earlier, '件')}${
    kinds.length ? `(${list(kinds)})` : ''
  }${channels.length ? `;按来源渠道,${list(channels)}` : ''}${outcomes.length ? `;按办理结果,${list(outcomes)}` : ''}。`;
}

function coGovernance(ctx: Context): Section {
  const { report, details } = ctx;
  const t = report.training;
  let training: string;
  if (!t) training = missing('培训考核');
  else if (!partHasRecords(report, 'training')) training = none('培训、考核和小作坊提档升级');
  else {
    const audiences = [...(t.byAudience ?? [])]
      .filter((a) => a.sessions > 0)
      .sort((a, b) => b.sessions - a.sessions)
      .map((a) => AUDIENCE_NAMES[a.audience] ?? a.audience);
    const who = audiences.length ? `,对象包括${list(audiences)}` : '';
    training = `举办从业人员培训${figure(t.sessions)}次${lastYear(
      before(ctx, 'trainingSessions', (p) => p.training?.sessions),
      '次',
    )}${who},参训从业人员${figure(
      t.participants,
    )}人;完成考核${figure(t.assessmentBatches)}批次;${figure(t.workshopsUpgraded)}家小作坊完成提档升级。`;
  }
  const p = report.publicity;
  const sentences = [training];
  if (!p) sentences.push(missing('宣传舆情'));
  else if (!partHasRecords(report, 'publicity')) sentences.push(none('宣传和舆情'));
  else {
    const articles = details.articles?.length ? `,阅读量居前的有${listTitles(details.articles.slice(0, 3))}` : '';
    const channels = details.channels?.length ? `,渠道包括${list(details.channels.slice(0, 3))}` : '';
    const handled = p.opinionEventsHandled !== undefined ? `,已办结${figure(p.opinionEventsHandled)}条` : '';
    const events = details.opinionEvents?.length ? `(${cite(details.opinionEvents, 2)})` : '';
    sentences.push(
      `发布科普、辟谣等信息${figure(p.posts)}条${lastYear(
        before(ctx, 'posts', (p) => p.publicity?.posts),
        '条',
      )}${articles}${channels};监测到负面舆情${figure(p.opinionEvents)}条${events}${handled}。`,
    );
    if (p.outreachEvents > 0) {
      const theme = details.weekTheme ? `,宣传周主题为“${details.weekTheme}”` : '';
      const activities = details.activities?.length ? `,活动包括${cite(details.activities, 3)}` : '';
      sentences.push(
        `线下宣传活动${figure(p.outreachEvents)}次${lastYear(
          before(ctx, 'outreach', (p) => p.publicity?.outreachEvents),
          '次',
        )}${theme}${activities},发放宣传材料${approximately(p.materials)}份。`,
      );
    } else sentences.push(none('线下宣传活动'));
  }
  return ['培训考核与宣传舆情', sentences];
}

const byLevel = (rows: readonly { level: string; count: number }[], names: Record<string, string>, unit: string) =>
  Object.keys(names)
    .map((level) => [level, rows.find((r) => r.level === level)?.count ?? 0] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${names[level]}${figure(count)}${unit}`);

function riskWork(ctx: Context): Section {
  const { report } = ctx;
  const r = report.risk;
  if (!r) return ['风险防控与应急', [missing('风险防控与应急')]];
  if (!partHasRecords(report, 'risk'))
    return ['风险防控与应急', [none('风险清单、责任清单、隐患排查、会商研判、突发事件和应急演练')]];
  const levels = byLevel(r.risksByLevel, RISK_LEVEL_NAMES, '项');
  const incidents = byLevel(r.incidentsByLevel, INCIDENT_LEVEL_NAMES, '起');
  return [
    '风险防控与应急',
    [
      `风险清单登记风险${figure(r.risks)}项${levels.length ? `,其中${list(levels)}` : ''}。`,
      `责任清单事项${figure(r.duties)}项,已完成${figure(r.dutiesDone)}项,逾期${figure(r.dutiesOverdue)}项。`,
      `隐患排查发现隐患${figure(r.hazardsFound)}处${lastYear(
        before(ctx, 'hazards', (p) => p.risk?.hazardsFound),
        '处',
      )},已整改${figure(r.hazardsRectified)}处。`,
      `召开风险会商研判${figure(r.consultations)}次,组织应急演练${figure(r.drills)}次${lastYear(
        before(ctx, 'drills', (p) => p.risk?.drills),
        '次',
      )}。`,
      r.incidents > 0
        ? `登记食品安全突发事件${figure(r.incidents)}起${incidents.length ? `,其中${list(incidents)}` : ''}。`
        : none('食品安全突发事件'),
    ],
  ];
}

/** Next year: what this year's records leave open, outside the risk domain (which has its own section). */
function openItems(ctx: Context): Section {
  const { report } = ctx;
  const items: string[] = [];
  const s = report.sampling;
  if (s && s.disposalsCompleted !== undefined && s.disposalsCompleted < s.unqualified)
    items.push(
      `抽检不合格的${figure(s.unqualified)}批次中已处置${figure(s.disposalsCompleted)}批次,其余批次继续核查处置直至办结`,
    );
  const open = (report.enforcement?.byStatus ?? []).filter((x) => x.count > 0 && OPEN_CASE_STATUSES.has(x.status));
  if (open.length)
    items.push(
      `尚未办结的案件(${list(open.map((x) => `${CASE_STATUS_NAMES[x.status] ?? x.status}${figure(x.count)}件`))})按法定时限推进`,
    );
  const pending = report.enforcement?.complaintsByOutcome?.find((x) => x.outcome === 'PENDING')?.count ?? 0;
  if (pending > 0) items.push(`仍在办理的投诉举报${figure(pending)}件按法定时限办结`);
  const p = report.publicity;
  if (p?.opinionEventsHandled !== undefined && p.opinionEventsHandled < p.opinionEvents)
    items.push(`负面舆情${figure(p.opinionEvents)}条中已办结${figure(p.opinionEventsHandled)}条,其余继续跟踪处置`);
  const g = report.riskGrading;
  if (g?.licensed !== undefined && g.graded !== undefined && g.graded > 0 && g.graded < g.licensed)
    items.push(`获证食品生产企业和销售者${figure(g.licensed)}家中已评定风险等级${figure(g.graded)}家,其余尽快完成评定`);
  if (s && s.infantFormulaBatches > 0 && s.infantFormulaCoverage !== undefined && s.infantFormulaCoverage < 1)
    items.push(`婴配乳粉在售批次覆盖率为${percent(s.infantFormulaCoverage)},补齐未检批次`);
  // "Nothing left open" is said only of what the report can show: the breakdowns it carries.
  const checked = [
    s?.disposalsCompleted !== undefined && s.unqualified > 0 && '抽检不合格处置',
    report.enforcement?.byStatus !== undefined && partHasRecords(report, 'enforcement') && '案件办理',
    report.enforcement?.complaintsByOutcome !== undefined &&
      (report.enforcement.complaintsReceived ?? 0) > 0 &&
      '投诉举报办理',
    p?.opinionEventsHandled !== undefined && p.opinionEvents > 0 && '舆情处置',
    g?.licensed !== undefined && (g.graded ?? 0) > 0 && '风险分级',
  ].filter((x): x is string => Boolean(x));
  const unanswered = (['sampling', 'enforcement', 'publicity', 'riskGrading'] as const).some((a) => !report[a]);
  const sentences: string[] = [];
  if (items.length) sentences.push(`${items.join(';')}。`);
  else if (checked.length) sentences.push(`按平台记录,本年度${list(checked)}没有未办结的事项。`);
  if (unanswered) sentences.push(missing('部分领域的遗留事项'));
  sentences.push(ask('平台记录以外须在下一年度继续推进的事项'));
  return ['办结本年度遗留事项', sentences];
}

/** Work figures that fell against the year before: where next year's plan looks first. */
const VOLUME: {
  register: Register;
  label: string;
  unit: string;
  pick: (r: WorkReportData) => number | undefined;
}[] = [
  { register: 'assignments', label: '包保主体', unit: '家', pick: (r) => r.responsibility?.entitiesCovered },
  {
    register: 'supervisionRounds',
    label: '督查乡镇(街道)',
    unit: '个',
    pick: (r) => r.supervision?.townshipsCovered,
  },
  { register: 'samples', label: '抽检监测', unit: '批次', pick: (r) => r.sampling?.batches },
  { register: 'campaigns', label: '专项治理', unit: '项', pick: (r) => r.enforcement?.rectifications },
  { register: 'cases', label: '立案', unit: '件', pick: (r) => r.enforcement?.casesFiled },
  { register: 'trainingSessions', label: '培训', unit: '次', pick: (r) => r.training?.sessions },
  { register: 'trainingSessions', label: '参训从业人员', unit: '人', pick: (r) => r.training?.participants },
  { register: 'assessments', label: '考核', unit: '批次', pick: (r) => r.training?.assessmentBatches },
  { register: 'posts', label: '科普、辟谣信息', unit: '条', pick: (r) => r.publicity?.posts },
  { register: 'outreach', label: '线下宣传活动', unit: '次', pick: (r) => r.publicity?.outreachEvents },
  { register: 'hazards', label: '隐患排查发现隐患', unit: '处', pick: (r) => r.risk?.hazardsFound },
  { register: 'drills', label: '应急演练', unit: '次', pick: (r) => r.risk?.drills },
];

function decreases(ctx: Context): Section {
  const { year, report, previous } = ctx;
  const lead = '分析较上年减少的工作';
  if (!previous) return [lead, [`未取得${year - 1}年的记录,不作比较。`]];
  // Compared register by register, as the figures of part one are: a register empty the year before is no baseline.
  const compared = VOLUME.filter((v) => registerHasRecords(previous, v.register) && v.pick(report) !== undefined);
  if (!compared.length) return [lead, [`${year - 1}年平台无可比较的记录,不作比较。`]];
  const fell = compared.flatMap((v) => {
    const now = v.pick(report);
    const then = v.pick(previous);
    return now !== undefined && then !== undefined && now < then
      ? [`${v.label}由${figure(then)}${v.unit}减至${figure(now)}${v.unit}`]
      : [];
  });
  if (!fell.length) return [lead, [`与${year - 1}年相比,平台记录的各项工作量没有减少。`]];
  return [lead, [`与${year - 1}年相比,${list(fell)}。`, ask('减少的原因及改进措施')]];
}

function riskPlan(ctx: Context): Section {
  const { year, report } = ctx;
  const lead = '风险防控与应急';
  const r = report.risk;
  if (r === null) return [lead, [missing('风险防控与应急')]];
  if (!r || !partHasRecords(report, 'risk'))
    return [lead, [ask(`${year + 1}年风险清单、责任清单、隐患排查、会商研判和应急演练的安排`)]];
  const items: string[] = [];
  const serious = r.risksByLevel.filter((l) => (l.level === 'MAJOR' || l.level === 'HIGH') && l.count > 0);
  if (serious.length) items.push(`对${list(byLevel(serious, RISK_LEVEL_NAMES, '项'))}逐项落实管控措施并按期复核`);
  if (r.dutiesOverdue > 0) items.push(`责任清单中逾期的${figure(r.dutiesOverdue)}项事项限期落实`);
  if (r.hazardsRectified < r.hazardsFound)
    items.push(
      `隐患排查发现的${figure(r.hazardsFound)}处隐患中已整改${figure(r.hazardsRectified)}处,其余督促整改并复核`,
    );
  if (r.incidents > 0) items.push(`对本年度${figure(r.incidents)}起突发事件复盘,${ask('复盘结论及改进措施')}`);
  const sentences = items.length ? [`${items.join(';')}。`] : ['按平台记录,风险清单和责任清单没有逾期或未整改事项。'];
  sentences.push(ask(`${year + 1}年会商研判和应急演练的安排(场景、时间、参加单位)`));
  return [lead, sentences];
}

const other = (ctx: Context): Section => [
  '其他工作安排',
  [ask(`${ctx.year + 1}年工作目标、重点任务、责任分工和完成时限`)],
];
