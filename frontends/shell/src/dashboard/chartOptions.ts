import { t } from '@shian/ui-kit';
import { countsByLevel, INCIDENT_LEVELS, type Report, RISK_LEVELS } from './model';

/**
 * The breakdowns as ECharts options: pure data → options, so they are tested without a canvas. Each chart is
 * `undefined` when its part of the report is missing. Texts are in the language of the moment they are built in
 * (Charts builds them again on a switch); the maps below hold message keys.
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
const GRADE_COLOURS: Record<string, string> = { A: '#52c41a', B: '#1677ff', C: '#faad14', D: '#f5222d' };

export interface ChartSpec {
  key: string;
  title: string;
  option: Record<string, unknown>;
}

const tooltip = { trigger: 'axis' };
const legend = { bottom: 0 };
const grid = { left: 48, right: 24, top: 24, bottom: 48 };

/** A name of one of the maps above (a message key), or the server's value where the map does not know it. */
const named = (map: Record<string, string>, value: string) => (map[value] ? t(map[value]) : value);

type Series = { name: string; type: 'bar' | 'line'; data: readonly (number | null)[]; smooth?: boolean };

/** A year by month: on one value axis, or on two where `units` names them (the second series on the right one). */
function monthly(series: readonly Series[], units?: readonly [string, string]) {
  return {
    tooltip,
    legend,
    grid: units ? { ...grid, right: 48 } : grid,
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => t('{{month}}月', { month: i + 1 })) },
    yAxis: units ? units.map((unit) => ({ type: 'value', name: unit })) : { type: 'value' },
    series: series.map((s, i) => ({ ...s, ...(units && i > 0 ? { yAxisIndex: 1 } : {}) })),
  };
}

// An empty slice only clutters the labels.
const pie = (all: { name: string; value: number }[], data = all.filter((d) => d.value > 0)) => ({
  tooltip: { trigger: 'item', formatter: '{b}:{c}({d}%)' },
  legend,
  series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], data, label: { formatter: '{b}\n{c}' } }],
});

const chart = (key: string, title: string, option: Record<string, unknown>): ChartSpec => ({ key, title, option });

export function chartSpecs(report: Report): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const s = report.sampling;
  if (s) {
    specs.push(
      chart('sampling-level', t('抽检监测:按层级'), {
        tooltip,
        legend,
        grid,
        xAxis: { type: 'category', data: s.byLevel.map((l) => named(LEVELS, l.level)) },
        yAxis: { type: 'value' },
        series: [
          { name: t('批次'), type: 'bar', data: s.byLevel.map((l) => l.batches) },
          { name: t('不合格'), type: 'bar', data: s.byLevel.map((l) => l.unqualified) },
        ],
      }),
      chart(
        'sampling-month',
        t('抽检监测:按月'),
        monthly([
          { name: t('批次'), type: 'line', smooth: true, data: s.byMonth.map((m) => m.batches) },
          { name: t('不合格'), type: 'bar', data: s.byMonth.map((m) => m.unqualified) },
        ]),
      ),
      chart(
        'sampling-verdict',
        t('抽检监测:按检验结论'),
        pie(s.byVerdict.map((v) => ({ name: named(VERDICTS, String(v.verdict)), value: v.batches }))),
      ),
    );
  }
  const e = report.enforcement;
  if (e) {
    specs.push(
      chart(
        'cases-source',
        t('立案查处:按案件来源'),
        pie(e.bySource.map((c) => ({ name: named(SOURCES, c.source), value: c.count }))),
      ),
      chart(
        'cases-status',
        t('立案查处:按办理状态'),
        pie(e.byStatus.map((c) => ({ name: named(CASE_STATUSES, c.status), value: c.count }))),
      ),
      chart(
        'enforcement-month',
        t('执法办案:按月'),
        monthly(
          [
            { name: t('立案'), type: 'bar', data: e.byMonth.map((m) => m.casesFiled) },
            { name: t('监督检查'), type: 'line', data: e.byMonth.map((m) => m.inspections) },
          ],
          [t('件'), t('户次')],
        ),
      ),
    );
  }
  const g = report.riskGrading;
  if (g) {
    const townships = g.byTownship;
    specs.push(
      chart('grades-township', t('风险分级:按乡镇(街道)'), {
        tooltip,
        legend,
        grid: { ...grid, bottom: 88 },
        xAxis: {
          type: 'category',
          data: townships.map((township) => township.township.name),
          axisLabel: { rotate: 45, interval: 0 },
        },
        yAxis: { type: 'value' },
        series: ['A', 'B', 'C', 'D'].map((grade) => ({
          name: t('{{grade}}级', { grade }),
          type: 'bar',
          stack: 'grade',
          itemStyle: { color: GRADE_COLOURS[grade] },
          data: townships.map((township) => township.byGrade.find((b) => b.grade === grade)?.count ?? 0),
        })),
      }),
    );
  }
  const training = report.training;
  if (training) {
    specs.push(
      chart(
        'training-month',
        t('培训考核:按月'),
        monthly(
          [
            { name: t('培训次数'), type: 'bar', data: training.byMonth.map((m) => m.sessions) },
            { name: t('参训人次'), type: 'line', data: training.byMonth.map((m) => m.participants) },
          ],
          [t('次'), t('人')],
        ),
      ),
    );
  }
  const p = report.publicity;
  if (p) {
    specs.push(
      chart(
        'publicity-month',
        t('宣传与舆情:按月'),
        monthly([
          { name: t('科普辟谣'), type: 'bar', data: p.byMonth.map((m) => m.posts) },
          { name: t('负面舆情'), type: 'bar', data: p.byMonth.map((m) => m.opinionEvents) },
          { name: t('宣传活动'), type: 'bar', data: p.byMonth.map((m) => m.outreachEvents) },
        ]),
      ),
    );
  }
  const r = report.risk;
  if (r) {
    const risks = countsByLevel(r.risksByLevel, RISK_LEVELS);
    const incidents = countsByLevel(r.incidentsByLevel, INCIDENT_LEVELS);
    specs.push(
      chart('risk-levels', t('风险与应急:风险等级与突发事件'), {
        tooltip,
        legend,
        xAxis: [
          { type: 'category', gridIndex: 0, data: risks.map((l) => t(l.label)) },
          { type: 'category', gridIndex: 1, data: incidents.map((l) => t(l.label)) },
        ],
        yAxis: [
          { type: 'value', gridIndex: 0, name: t('项'), minInterval: 1 },
          { type: 'value', gridIndex: 1, name: t('起'), minInterval: 1 },
        ],
        // Two small grids side by side: the risk list by level (in the matrix's colours) and incidents by level.
        grid: [
          { left: 40, right: '54%', top: 32, bottom: 48 },
          { left: '58%', right: 16, top: 32, bottom: 48 },
        ],
        series: [
          {
            name: t('风险'),
            type: 'bar',
            xAxisIndex: 0,
            yAxisIndex: 0,
            data: risks.map((l) => ({ value: l.count, itemStyle: { color: l.colour } })),
          },
          { name: t('突发事件'), type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: incidents.map((l) => l.count) },
        ],
      }),
      chart('risk-work', t('风险与应急:清单落实与隐患整改'), {
        tooltip,
        legend,
        grid,
        xAxis: { type: 'category', data: [t('责任事项'), t('排查隐患')] },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t('总数'), type: 'bar', data: [r.duties, r.hazardsFound] },
          { name: t('已完成/已整改'), type: 'bar', data: [r.dutiesDone, r.hazardsRectified] },
          { name: t('逾期'), type: 'bar', data: [r.dutiesOverdue, null] },
        ],
      }),
    );
  }
  return specs;
}
