import { countsByLevel, INCIDENT_LEVELS, type Report, RISK_LEVELS } from './model';

/**
 * The breakdowns as ECharts options: pure data → options, so they are tested without a canvas. Each chart is
 * `undefined` when its part of the report is missing.
 */
const LEVELS: Record<string, string> = { NATIONAL: '国抽', PROVINCIAL: '省抽', CITY: '市抽', DISTRICT: '区抽' };
const VERDICTS: Record<string, string> = { QUALIFIED: '合格', UNQUALIFIED: '不合格', null: '尚未出具结论' };
const SOURCES: Record<string, string> = {
  SAMPLING: '抽检不合格',
  COMPLAINT: '投诉举报',
  INSPECTION: '监督检查',
  PUBLIC_OPINION: '舆情',
  REFERRAL: '部门移送',
};
const CASE_STATUSES: Record<string, string> = {
  CLUE: '线索',
  FILED: '立案',
  INVESTIGATING: '调查取证',
  NOTIFIED: '告知',
  DECIDED: '决定',
  EXECUTING: '执行',
  CLOSED: '结案',
  NOT_FILED: '不予立案',
  TRANSFERRED: '移送',
};
const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const GRADE_COLOURS: Record<string, string> = { A: '#52c41a', B: '#1677ff', C: '#faad14', D: '#f5222d' };

export interface ChartSpec {
  key: string;
  title: string;
  option: Record<string, unknown>;
}

const tooltip = { trigger: 'axis' };
const legend = { bottom: 0 };
const grid = { left: 48, right: 24, top: 24, bottom: 48 };

// An empty slice only clutters the labels.
const pie = (all: { name: string; value: number }[], data = all.filter((d) => d.value > 0)) => ({
  tooltip: { trigger: 'item', formatter: '{b}:{c}({d}%)' },
  legend,
  series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], data, label: { formatter: '{b}\n{c}' } }],
});

export function chartSpecs(report: Report): ChartSpec[] {
  const specs: (ChartSpec | undefined)[] = [];
  const s = report.sampling;
  if (s) {
    specs.push({
      key: 'sampling-level',
      title: '抽检监测:按层级',
      option: {
        tooltip,
        legend,
        grid,
        xAxis: { type: 'category', data: s.byLevel.map((l) => LEVELS[l.level] ?? l.level) },
        yAxis: { type: 'value' },
        series: [
          { name: '批次', type: 'bar', data: s.byLevel.map((l) => l.batches) },
          { name: '不合格', type: 'bar', data: s.byLevel.map((l) => l.unqualified) },
        ],
      },
    });
    specs.push({
      key: 'sampling-month',
      title: '抽检监测:按月',
      option: {
        tooltip,
        legend,
        grid,
        xAxis: { type: 'category', data: MONTHS },
        yAxis: { type: 'value' },
        series: [
          { name: '批次', type: 'line', smooth: true, data: s.byMonth.map((m) => m.batches) },
          { name: '不合格', type: 'bar', data: s.byMonth.map((m) => m.unqualified) },
        ],
      },
    });
    specs.push({
      key: 'sampling-verdict',
      title: '抽检监测:按检验结论',
      option: pie(
        s.byVerdict.map((v) => ({ name: VERDICTS[String(v.verdict)] ?? String(v.verdict), value: v.batches })),
      ),
    });
  }
  const e = report.enforcement;
  if (e) {
    specs.push({
      key: 'cases-source',
      title: '立案查处:按案件来源',
      option: pie(e.bySource.map((c) => ({ name: SOURCES[c.source] ?? c.source, value: c.count }))),
    });
    specs.push({
      key: 'cases-status',
      title: '立案查处:按办理状态',
      option: pie(e.byStatus.map((c) => ({ name: CASE_STATUSES[c.status] ?? c.status, value: c.count }))),
    });
    specs.push({
      key: 'enforcement-month',
      title: '执法办案:按月',
      option: {
        tooltip,
        legend,
        grid: { ...grid, right: 48 },
        xAxis: { type: 'category', data: MONTHS },
        yAxis: [
          { type: 'value', name: '件' },
          { type: 'value', name: '户次' },
        ],
        series: [
          { name: '立案', type: 'bar', data: e.byMonth.map((m) => m.casesFiled) },
          { name: '监督检查', type: 'line', yAxisIndex: 1, data: e.byMonth.map((m) => m.inspections) },
        ],
      },
    });
  }
  const g = report.riskGrading;
  if (g) {
    const townships = g.byTownship;
    specs.push({
      key: 'grades-township',
      title: '风险分级:按乡镇(街道)',
      option: {
        tooltip,
        legend,
        grid: { ...grid, bottom: 88 },
        xAxis: {
          type: 'category',
          data: townships.map((t) => t.township.name),
          axisLabel: { rotate: 45, interval: 0 },
        },
        yAxis: { type: 'value' },
        series: ['A', 'B', 'C', 'D'].map((grade) => ({
          name: `${grade}级`,
          type: 'bar',
          stack: 'grade',
          itemStyle: { color: GRADE_COLOURS[grade] },
          data: townships.map((t) => t.byGrade.find((b) => b.grade === grade)?.count ?? 0),
        })),
      },
    });
  }
  const t = report.training;
  if (t) {
    specs.push({
      key: 'training-month',
      title: '培训考核:按月',
      option: {
        tooltip,
        legend,
        grid: { ...grid, right: 48 },
        xAxis: { type: 'category', data: MONTHS },
        yAxis: [
          { type: 'value', name: '次' },
          { type: 'value', name: '人' },
        ],
        series: [
          { name: '培训次数', type: 'bar', data: t.byMonth.map((m) => m.sessions) },
          { name: '参训人次', type: 'line', yAxisIndex: 1, data: t.byMonth.map((m) => m.participants) },
        ],
      },
    });
  }
  const p = report.publicity;
  if (p) {
    specs.push({
      key: 'publicity-month',
      title: '宣传与舆情:按月',
      option: {
        tooltip,
        legend,
        grid,
        xAxis: { type: 'category', data: MONTHS },
        yAxis: { type: 'value' },
        series: [
          { name: '科普辟谣', type: 'bar', data: p.byMonth.map((m) => m.posts) },
          { name: '负面舆情', type: 'bar', data: p.byMonth.map((m) => m.opinionEvents) },
          { name: '宣传活动', type: 'bar', data: p.byMonth.map((m) => m.outreachEvents) },
        ],
      },
    });
  }
  const r = report.risk;
  if (r) {
    const risks = countsByLevel(r.risksByLevel, RISK_LEVELS);
    const incidents = countsByLevel(r.incidentsByLevel, INCIDENT_LEVELS);
    specs.push({
      key: 'risk-levels',
      title: '风险与应急:风险等级与突发事件',
      option: {
        tooltip,
        legend,
        xAxis: [
          { type: 'category', gridIndex: 0, data: risks.map((l) => l.label) },
          { type: 'category', gridIndex: 1, data: incidents.map((l) => l.label) },
        ],
        yAxis: [
          { type: 'value', gridIndex: 0, name: '项', minInterval: 1 },
          { type: 'value', gridIndex: 1, name: '起', minInterval: 1 },
        ],
        // Two small grids side by side: the risk list by level (in the matrix's colours) and incidents by level.
        grid: [
          { left: 40, right: '54%', top: 32, bottom: 48 },
          { left: '58%', right: 16, top: 32, bottom: 48 },
        ],
        series: [
          {
            name: '风险',
            type: 'bar',
            xAxisIndex: 0,
            yAxisIndex: 0,
            data: risks.map((l) => ({ value: l.count, itemStyle: { color: l.colour } })),
          },
          { name: '突发事件', type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: incidents.map((l) => l.count) },
        ],
      },
    });
    specs.push({
      key: 'risk-work',
      title: '风险与应急:清单落实与隐患整改',
      option: {
        tooltip,
        legend,
        grid,
        xAxis: { type: 'category', data: ['责任事项', '排查隐患'] },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '总数', type: 'bar', data: [r.duties, r.hazardsFound] },
          { name: '已完成/已整改', type: 'bar', data: [r.dutiesDone, r.hazardsRectified] },
          { name: '逾期', type: 'bar', data: [r.dutiesOverdue, null] },
        ],
      },
    });
  }
  return specs.filter((spec): spec is ChartSpec => spec !== undefined);
}
