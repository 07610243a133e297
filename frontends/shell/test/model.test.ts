import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../src/dashboard/chartOptions';
import {
  change,
  comparison,
  defaultYear,
  display,
  FIGURES,
  hasRecords,
  isComplete,
  type Report,
  yearFromParam,
  yearsToAsk,
} from '../src/dashboard/model';
import { REPORT } from './fixtures';

const figure = (key: string) => FIGURES.find((f) => f.key === key)!;

/** The current year of the demo data: a few enforcement and sampling records, nothing else. */
function partial(year: number): Report {
  const empty = REPORT(2019);
  return {
    ...empty,
    year,
    sampling: { ...empty.sampling!, batches: 40 },
    enforcement: { ...empty.enforcement!, casesFiled: 6 },
  };
}

describe('the dashboard model', () => {
  it('lists every figure of WorkReport (docs/api.md#work-report), each with the list behind it', () => {
    expect(FIGURES.map((f) => f.key)).toEqual([
      'leaders',
      'entitiesCovered',
      'townshipsCovered',
      'promptLetters',
      'gradedShare',
      'batches',
      'unqualified',
      'infantFormulaBatches',
      'casesFiled',
      'casesTransferred',
      'rectifications',
      'sessions',
      'participants',
      'assessmentBatches',
      'workshopsUpgraded',
      'posts',
      'opinionEvents',
      'outreachEvents',
      'materials',
      'risks',
      'dutiesDone',
      'dutiesOverdue',
      'hazardsFound',
      'hazardsRectified',
      'consultations',
      'incidents',
      'drills',
    ]);
    expect(figure('dutiesOverdue').link(2025)).toBe('/risk/duties?overdue=1');
    expect(figure('hazardsRectified').link(2025)).toBe('/risk/investigations?view=hazards');
    expect(figure('batches').link(2024)).toBe('/sampling?sampledFrom=2024-01-01&sampledTo=2024-12-31');
    expect(figure('promptLetters').link(2024)).toBe('/entities/notices?kind=PROMPT_LETTER&year=2024');
    expect(figure('casesFiled').link(2023)).toBe('/enforcement/cases?year=2023');
    expect(figure('casesTransferred').link(2024)).toBe('/enforcement/transfers?year=2024&kind=CRIMINAL');
    expect(figure('rectifications').link(2024)).toBe('/enforcement/campaigns?year=2024&kind=RECTIFICATION');
  });

  it('asks for the chosen year and the one before, or on a first visit for the recent years', () => {
    expect(yearsToAsk(2024, 2026)).toEqual([2024, 2023]);
    expect(yearsToAsk(undefined, 2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(yearFromParam('2024')).toBe(2024);
    expect(yearFromParam('abc')).toBeUndefined();
    expect(yearFromParam(null)).toBeUndefined();
  });

  it('shows the latest year in which every work area has records', () => {
    const reports = [partial(2026), REPORT(2025), REPORT(2024), REPORT(2023)];
    expect(hasRecords(reports[0])).toBe(true);
    expect(isComplete(reports[0])).toBe(false);
    expect(defaultYear(reports, 2026)).toBe(2024);
    expect(defaultYear([partial(2026), REPORT(2025)], 2026)).toBe(2026);
    expect(defaultYear([REPORT(2019)], 2026)).toBe(2026);
    const current = { ...REPORT(2024), year: 2026 };
    expect(defaultYear([current, REPORT(2024)], 2026)).toBe(2026);
    // The risk domain began in 2025: a year without its records is still a complete year of work.
    const beforeRisk = { ...REPORT(2024), risk: REPORT(2019).risk };
    expect(isComplete(beforeRisk)).toBe(true);
    expect(defaultYear([{ ...partial(2026), risk: REPORT(2024).risk }, beforeRisk], 2026)).toBe(2024);
  });

  it('compares with the previous year only where it has records', () => {
    expect(change(figure('batches'), REPORT(2024), REPORT(2023))).toBe(847);
    expect(change(figure('batches'), REPORT(2024), REPORT(2019))).toBeUndefined();
    expect(change(figure('gradedShare'), REPORT(2024), REPORT(2023))).toBe(0);
    expect(comparison(figure('batches'), REPORT(2024), REPORT(2023))).toEqual({ delta: 847 });
    expect(comparison(figure('batches'), REPORT(2024), REPORT(2019))).toBe('no-records');
    // Licensed businesses are no grading record: a year without gradings reads 0%, which is not compared.
    expect(comparison(figure('gradedShare'), REPORT(2024), REPORT(2019))).toBe('no-records');
    // Per register: 2023 with articles but no outreach events compares the articles only.
    const noOutreach = { ...REPORT(2023), publicity: { ...REPORT(2023).publicity!, outreachEvents: 0, materials: 0 } };
    expect(comparison(figure('posts'), REPORT(2024), noOutreach)).toEqual({ delta: 28 });
    expect(comparison(figure('materials'), REPORT(2024), noOutreach)).toBe('no-records');
    // Within a register in use, a zero is a result: no criminal transfers in a year with cases is compared.
    const noTransfers = { ...REPORT(2023), enforcement: { ...REPORT(2023).enforcement!, casesTransferred: 0 } };
    expect(comparison(figure('casesTransferred'), REPORT(2024), noTransfers)).toEqual({ delta: 4 });
    // A notices register in use without prompt letters: their zero is compared too.
    const lettersOnly = { ...REPORT(2023), supervision: { ...REPORT(2023).supervision!, promptLetters: 0 } };
    expect(comparison(figure('promptLetters'), REPORT(2024), lettersOnly)).toEqual({ delta: 12 });
    // Not known: the year before not asked for, or its part not answered.
    expect(comparison(figure('batches'), REPORT(2024), undefined)).toBe('unknown');
    expect(comparison(figure('batches'), REPORT(2024), { ...REPORT(2023), sampling: null })).toBe('unknown');
    expect(display(figure('batches'), 1847)).toBe('1,847');
    expect(display(figure('gradedShare'), 1)).toBe('100%');
    expect(display(figure('gradedShare'), undefined)).toBe('—');
  });

  it('draws the breakdowns: sampling by level, month and verdict; cases by source, status and month; grades by township; training and publicity by month; 风险与应急', () => {
    const specs = chartSpecs(REPORT(2024));
    expect(specs.map((s) => s.key)).toEqual([
      'sampling-level',
      'sampling-month',
      'sampling-verdict',
      'cases-source',
      'cases-status',
      'enforcement-month',
      'grades-township',
      'training-month',
      'publicity-month',
      'risk-levels',
      'risk-work',
    ]);
    const month = specs.find((s) => s.key === 'sampling-month')!.option as { series: { data: number[] }[] };
    expect(month.series[0]!.data.reduce((a, b) => a + b, 0)).toBe(1847);
    const verdict = specs.find((s) => s.key === 'sampling-verdict')!.option as {
      series: { data: { name: string }[] }[];
    };
    expect(verdict.series[0]!.data[0]!.name).toBe('尚未出具结论');
    expect(chartSpecs({ ...REPORT(2024), enforcement: null } as unknown as Report).map((s) => s.key)).not.toContain(
      'cases-source',
    );
  });

  it('draws 风险与应急: risks and incidents by level on fixed axes, duties and hazards done against found', () => {
    const specs = chartSpecs(REPORT(2024));
    expect(specs.map((s) => s.key).slice(-2)).toEqual(['risk-levels', 'risk-work']);
    const levels = specs.find((s) => s.key === 'risk-levels')!.option as {
      xAxis: { data: string[] }[];
      series: { data: (number | { value: number })[] }[];
    };
    expect(levels.xAxis[0]!.data).toEqual(['低风险', '一般风险', '较大风险', '重大风险']);
    expect(levels.series[0]!.data.map((d) => (typeof d === 'number' ? d : d.value))).toEqual([7, 6, 3, 2]);
    expect(levels.xAxis[1]!.data).toHaveLength(4);
    expect(levels.series[1]!.data).toEqual([0, 0, 2, 2]);
    const work = specs.find((s) => s.key === 'risk-work')!.option as { series: { data: (number | null)[] }[] };
    expect(work.series.map((s) => s.data)).toEqual([
      [40, 60],
      [28, 52],
      [6, null],
    ]);
    expect(chartSpecs({ ...REPORT(2024), risk: null }).map((s) => s.key)).not.toContain('risk-levels');
    const { risk: _, ...withoutRisk } = REPORT(2024);
    expect(chartSpecs(withoutRisk).map((s) => s.key)).not.toContain('risk-work');
  });
});
