import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkReportData } from '../src';
import { approximately, draftSummary, parseSummary, percent, summaryDetails, summaryText, toMarkdown } from '../src';
import { DETAILS_2024, REPORT_2024, RISK, TABLE_2024_PHRASES } from './fixtures';

/** The bureau's own 2024 summary (shared/seed), kept beside the tests only to prove the draft does not copy it. */
const SEED = readFileSync(new URL('./seed-2024.txt', import.meta.url), 'utf8');

/** 2023 with records in every area but fewer of most, as the year before 2024. */
const REPORT_2023: WorkReportData = {
  year: 2023,
  responsibility: { leaders: 10, entitiesCovered: 40, visits: 310 },
  supervision: { townshipsCovered: 18, promptLetters: 9 },
  riskGrading: { gradedShare: 0.9, licensed: 300, graded: 270 },
  sampling: {
    batches: 1500,
    unqualified: 61,
    infantFormulaBatches: 70,
    infantFormulaCoverage: 1,
    disposalsCompleted: 61,
  },
  enforcement: { casesFiled: 131, casesTransferred: 2, rectifications: 8 },
  training: { sessions: 17, participants: 1600, assessmentBatches: 430, workshopsUpgraded: 120 },
  publicity: { posts: 49, opinionEvents: 5, outreachEvents: 14, materials: 9800 },
  risk: null,
};

/** A year with every figure distinct, so that a figure written from the wrong field shows. */
const REPORT_2025: WorkReportData = {
  year: 2025,
  responsibility: { leaders: 11, entitiesCovered: 47, visits: 305 },
  supervision: { townshipsCovered: 21, promptLetters: 8, batches: 3, rounds: 43 },
  riskGrading: {
    gradedShare: 0.9634,
    licensed: 328,
    graded: 316,
    byGrade: [
      { grade: 'A', count: 121 },
      { grade: 'B', count: 148 },
      { grade: 'C', count: 39 },
      { grade: 'D', count: 8 },
    ],
    byTownship: Array(22).fill({}),
  },
  sampling: {
    batches: 1213,
    unqualified: 37,
    infantFormulaBatches: 64,
    infantFormulaCoverage: 0.8125,
    disposalsCompleted: 31,
    byLevel: [
      { level: 'NATIONAL', batches: 212 },
      { level: 'DISTRICT', batches: 1001 },
    ],
  },
  enforcement: {
    casesFiled: 96,
    casesTransferred: 6,
    rectifications: 9,
    campaigns: 5,
    jointOperations: 14,
    byStatus: [
      { status: 'CLOSED', count: 71 },
      { status: 'INVESTIGATING', count: 19 },
      { status: 'EXECUTING', count: 6 },
    ],
    complaintsReceived: 58,
    complaintsByKind: [
      { kind: 'COMPLAINT', count: 41 },
      { kind: 'REPORT', count: 17 },
    ],
    complaintsByChannel: [
      { channel: 'PLATFORM_12315', count: 26 },
      { channel: 'PHONE', count: 13 },
      { channel: 'LETTER', count: 0 },
      { channel: 'VISIT', count: 5 },
      { channel: 'ONLINE', count: 14 },
    ],
    complaintsByOutcome: [
      { outcome: 'PENDING', count: 12 },
      { outcome: 'REFUSED', count: 4 },
      { outcome: 'MEDIATED', count: 10 },
      { outcome: 'REFERRED', count: 7 },
      { outcome: 'ANSWERED', count: 25 },
    ],
  },
  training: {
    sessions: 15,
    participants: 1730,
    assessmentBatches: 602,
    workshopsUpgraded: 88,
    byAudience: [{ audience: 'SCHOOL_CANTEEN', sessions: 15 }],
  },
  publicity: { posts: 63, opinionEvents: 4, outreachEvents: 16, materials: 13_480, opinionEventsHandled: 2 },
  risk: RISK,
};

const sentencesOf = (text: string) =>
  text
    .split(/[。;!?\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The draft's body: title and part headings are the document's fixed form (its name, "一、…年工作完成情况"). */
const body = (text: string) =>
  parseSummary(text)
    .filter((b) => b.kind !== 'title' && b.kind !== 'heading')
    .map((b) => (b.kind === 'section' ? b.lead + b.text : b.text))
    .join('\n');

/**
 * Runs of `n` characters the text shares with the seed. Names of records (quoted, or the lists of names given)
 * are facts, not sentences: they are masked before comparing.
 */
function sharedWithSeed(text: string, names: readonly string[] = [], n = 10): string[] {
  let masked = text.replace(/“[^”]*”|《[^》]*》/g, '□');
  for (const name of [...names].sort((a, b) => b.length - a.length)) masked = masked.replaceAll(name, '□');
  const shared = new Set<string>();
  for (let i = 0; i + n <= masked.length; i++) {
    const gram = masked.slice(i, i + n);
    if (!gram.includes('\n') && !gram.includes('□') && SEED.includes(gram)) shared.add(gram);
  }
  return [...shared];
}

/** Every number a report holds (any depth), the shares as the draft writes them, and the years. */
function heldFigures(...reports: (WorkReportData | undefined)[]): Set<string> {
  const held = new Set<string>();
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'number') {
      held.add(String(value));
      if (/Share$|Coverage$/.test(key)) held.add(percent(value));
      if (key === 'materials') held.add(approximately(value));
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? key : k);
  };
  for (const report of reports) {
    if (!report) continue;
    walk(report);
    for (const year of [report.year - 1, report.year, report.year + 1]) held.add(String(year));
  }
  return held;
}

const figuresIn = (text: string) => text.match(/\d+(?:\.\d+)?%|\d+余|\d+/g) ?? [];

describe('the summary draft', () => {
  const text = summaryText({ report: REPORT_2024, details: DETAILS_2024 });

  it('has the shape of the bureau’s summary: title, the year’s work by area, next year’s plan', () => {
    const blocks = draftSummary({ report: REPORT_2024 });
    expect(blocks.filter((b) => b.kind === 'title').map((b) => b.text)).toEqual([
      '巴中市巴州区市场监督管理局',
      '食品安全2024年工作总结和2025年工作计划',
    ]);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '一、2024年工作完成情况',
      '二、2025年工作计划',
    ]);
    expect(blocks.flatMap((b) => (b.kind === 'section' ? [b.lead] : []))).toEqual([
      '(一)属地责任与统筹督查。',
      '(二)风险分级与抽检监测。',
      '(三)执法办案与专项行动。',
      '(四)培训考核与宣传舆情。',
      '(一)办结本年度遗留事项。',
      '(二)分析较上年减少的工作。',
      '(三)风险防控与应急。',
      '(四)其他工作安排。',
    ]);
  });

  it('carries every figure of docs/domain.md#the-2024-figures', () => {
    for (const phrase of TABLE_2024_PHRASES) expect(text).toContain(phrase);
    expect(text).toContain('其中国家级300批次、省级400批次、市级500批次、区级647批次');
  });

  it('cites the names of the records it is given, as names', () => {
    expect(text).toContain('专项执法行动4个,包括“春雷”、“铁拳”、“三小”、“强基”');
    expect(text).toContain('专项治理12项,包括“桶装饮用水专项治理”、“食品生产小作坊专项治理”');
    expect(text).toContain('《特殊食品知多少》、《如何应对食品安全网络谣言》、《预防有毒野生菌》');
    expect(text).toContain('宣传周主题为“诚信尚俭 共享食安”');
    expect(text).toContain('对象包括小作坊、学校食堂、网络餐饮、集中用餐单位');
  });

  describe('claims only what the records show', () => {
    const drafts = {
      '2024 with names': text,
      '2024 with the year before and risk': summaryText({
        report: { ...REPORT_2024, risk: RISK },
        previous: REPORT_2023,
        details: DETAILS_2024,
      }),
      '2025 without names': summaryText({ report: REPORT_2025, previous: { ...REPORT_2024, risk: null } }),
    };
    const names = [
      ...Object.values(DETAILS_2024).flat(),
      ...['小作坊、学校食堂、网络餐饮、集中用餐单位', '大美巴州App、巴州新闻网'],
    ].filter((n): n is string => typeof n === 'string');

    for (const [name, draft] of Object.entries(drafts)) {
      it(`${name}: no sentence of the bureau’s 2024 summary, and no run of 10 characters of it`, () => {
        for (const sentence of sentencesOf(SEED).filter((s) => s.length >= 8))
          expect(body(draft)).not.toContain(sentence);
        expect(sharedWithSeed(body(draft), names)).toEqual([]);
      });
    }

    it('the comparison with the seed catches its sentences, figures swapped or not', () => {
      // What the draft used to write, for any year.
      const old = '区委、区政府将食品安全工作摆在重要位置,召开食安委全会专题推动,调度食品安全重点工作。';
      expect(sharedWithSeed(old).length).toBeGreaterThan(0);
      expect(sharedWithSeed('全局立案查处食品违法案件96件,移送起诉6件')).toContain('立案查处食品违法案件');
      expect(sharedWithSeed('“诚信尚俭 共享食安”、大美巴州App', ['大美巴州App'])).toEqual([]);
    });

    it('writes no figure the reports do not hold', () => {
      const cases: [string, WorkReportData, WorkReportData | undefined][] = [
        [drafts['2024 with names'], REPORT_2024, undefined],
        [drafts['2024 with the year before and risk'], { ...REPORT_2024, risk: RISK }, REPORT_2023],
        [drafts['2025 without names'], REPORT_2025, REPORT_2024],
      ];
      for (const [draft, report, previous] of cases) {
        const held = heldFigures(report, previous);
        // 12315平台 is a complaint channel's name, not a figure.
        const stray = figuresIn(draft.replaceAll('12315平台', '')).filter((f) => !held.has(f));
        expect(stray, draft).toEqual([]);
      }
      // And the check itself: a figure the report lacks is caught.
      expect(figuresIn('抽检监测共1848批次').filter((f) => !heldFigures(REPORT_2024).has(f))).toEqual(['1848']);
    });

    it('marks what records cannot say for staff to fill, and never claims meetings or leaders’ activities', () => {
      const draft = drafts['2024 with the year before and risk'];
      expect(draft).toContain(
        '【请补充:党委、政府研究部署食品安全工作的会议、领导调研及责任制度建设情况(平台无此类记录)】',
      );
      expect(draft).toContain('【请补充:2025年工作目标、重点任务、责任分工和完成时限】');
      // Outside the placeholders, nothing about meetings, leaders' visits, rules adopted or events hosted.
      const claims = draft.replace(/【[^】]*】/g, '');
      expect(claims).not.toMatch(/区委|区政府|食安委|副区长|常务会|出台|制定|承办|圆满|有力|不断|显著/);
    });
  });

  it('compares with the year before only where that year has records', () => {
    const compared = summaryText({ report: REPORT_2024, previous: REPORT_2023 });
    expect(compared).toContain('抽检监测共1847批次(上年1500批次)');
    expect(compared).toContain('培训13次(上年17次)');
    expect(compared).toContain(
      '与2023年相比,立案由131件减至119件、培训由17次减至13次、线下宣传活动由14次减至12次。【请补充:减少的原因及改进措施】',
    );

    const quiet: WorkReportData = {
      ...REPORT_2023,
      sampling: { batches: 0, unqualified: 0, infantFormulaBatches: 0, infantFormulaCoverage: 0 },
    };
    const partial = summaryText({ report: REPORT_2024, previous: quiet });
    expect(partial).toContain('抽检监测共1847批次,');
    expect(partial).toContain('立案119件(上年131件)');

    expect(summaryText({ report: REPORT_2024 })).toContain('未取得2023年的记录,不作比较。');
    expect(summaryText({ report: REPORT_2024, previous: EMPTY(2023) })).toContain(
      '2023年平台无可比较的记录,不作比较。',
    );
    // A report of another year is not "the year before".
    expect(summaryText({ report: REPORT_2024, previous: REPORT_2025 })).not.toContain('(上年');
  });

  it('compares register by register: no (上年0次) for a list the year before has no records in', () => {
    // The demo's 2023: articles and opinion events on the platform, no outreach event (nor materials) yet.
    const noOutreach: WorkReportData = {
      ...REPORT_2023,
      publicity: { posts: 49, opinionEvents: 5, outreachEvents: 0, materials: 0 },
    };
    const draft = summaryText({ report: REPORT_2024, previous: noOutreach });
    expect(draft).toContain('线下宣传活动12次,');
    expect(draft).not.toContain('(上年0次)');
    // The same card's other register had records: it is still compared.
    expect(draft).toContain('发布科普、辟谣等信息56条(上年49条)');
    // Nor is the empty register a baseline for next year's plan.
    expect(planOf(draft)).toContain('与2023年相比,立案由131件减至119件、培训由17次减至13次。');

    // A zero inside a register in use is a result: 0 提示函 in a year that sent 督办函 is compared, and a year whose
    // notices register is empty (or not carried beyond its prompt letters) is not.
    const supervision = { townshipsCovered: 18, promptLetters: 0 };
    const otherNotices = { ...REPORT_2023, supervision: { ...supervision, supervisionLetters: 3 } };
    expect(summaryText({ report: REPORT_2024, previous: otherNotices })).toContain('提示函12份(上年0份)');
    const noNotices = {
      ...REPORT_2023,
      supervision: { ...supervision, supervisionLetters: 0, rectificationNotices: 0 },
    };
    expect(summaryText({ report: REPORT_2024, previous: noNotices })).toContain('提示函12份。');
    expect(summaryText({ report: REPORT_2024, previous: { ...REPORT_2023, supervision } })).toContain('提示函12份。');
  });

  it('writes next year’s plan from what the records leave open', () => {
    const plan = planOf(summaryText({ report: REPORT_2025, previous: REPORT_2024 }));
    expect(plan).toContain('抽检不合格的37批次中已处置31批次,其余批次继续核查处置直至办结');
    expect(plan).toContain('尚未办结的案件(调查取证19件、执行中6件)按法定时限推进');
    expect(plan).toContain('负面舆情4条中已办结2条');
    expect(plan).toContain('获证食品生产企业和销售者328家中已评定风险等级316家');
    expect(plan).toContain('婴配乳粉在售批次覆盖率为81.3%');
    expect(plan).toContain('抽检监测由1847批次减至1213批次');
    expect(plan).toContain('对重大风险2项、较大风险3项逐项落实管控措施并按期复核');
    expect(plan).toContain('责任清单中逾期的5项事项限期落实');
    expect(plan).toContain('隐患排查发现的61处隐患中已整改54处');
    expect(plan).toContain('对本年度3起突发事件复盘');
    // Nothing open in 2024's records: it says so for what it checked, and asks for the rest.
    const quiet = planOf(summaryText({ report: REPORT_2024 }));
    expect(plan).toContain('仍在办理的投诉举报12件按法定时限办结');
    expect(quiet).toContain('按平台记录,本年度抽检不合格处置、投诉举报办理、舆情处置、风险分级没有未办结的事项。');
    expect(quiet).toContain('【请补充:2025年风险清单、责任清单、隐患排查、会商研判和应急演练的安排】');
  });

  it('writes the complaints register’s year from WorkReport.enforcement: received, by kind, channel and outcome', () => {
    const draft = summaryText({ report: REPORT_2025, previous: REPORT_2024 });
    const enforcement = parseSummary(draft).find((b) => b.kind === 'section' && b.lead === '(三)执法办案与专项行动。');
    expect(enforcement && enforcement.kind === 'section' && enforcement.text).toContain(
      '平台登记收到投诉举报58件(上年34件)(投诉41件、举报17件);按来源渠道,12315平台26件、电话13件、来访5件、网络14件;' +
        '按办理结果,答复办结25件、调解10件、转线索(立案)7件、不予受理4件、办理中12件。',
    );
    // A channel or outcome with no complaint is left out; 2024 compares with nothing (2023 had no register).
    const first = summaryText({ report: REPORT_2024, previous: REPORT_2023 });
    expect(first).toContain(
      '平台登记收到投诉举报34件(投诉21件、举报13件);按来源渠道,12315平台18件、电话9件、来访2件、网络5件;' +
        '按办理结果,答复办结16件、调解8件、转线索(立案)7件、不予受理3件。',
    );
    expect(first).not.toContain('来信0件');
    // A year before whose register was empty is no comparison either.
    const emptyRegister = { ...REPORT_2024, enforcement: { ...REPORT_2024.enforcement!, complaintsReceived: 0 } };
    expect(summaryText({ report: REPORT_2025, previous: emptyRegister })).toContain('投诉举报58件(投诉41件');
  });

  it('says nothing of complaints when the report does not carry them, and says there were none when it counted none', () => {
    const { complaintsReceived, complaintsByKind, complaintsByChannel, complaintsByOutcome, ...cases } =
      REPORT_2024.enforcement!;
    const without = summaryText({ report: { ...REPORT_2024, enforcement: cases } });
    expect(without).not.toMatch(/投诉|举报/);
    expect(planOf(without)).toContain('按平台记录,本年度抽检不合格处置、舆情处置、风险分级没有未办结的事项。');
    const counted = summaryText({ report: { ...REPORT_2024, enforcement: { ...cases, complaintsReceived: 0 } } });
    expect(counted).toContain('平台未登记本年度的投诉举报记录。');
    expect(counted).not.toContain('投诉举报办理');
  });

  it('writes the year’s 风险防控与应急 from WorkReport.risk, and leaves it out where the platform has none', () => {
    const draft = summaryText({ report: { ...REPORT_2024, risk: RISK } });
    const blocks = parseSummary(draft);
    const risk = blocks.find((b) => b.kind === 'section' && b.lead === '(五)风险防控与应急。');
    expect(risk && risk.kind === 'section' && risk.text).toBe(
      '风险清单登记风险18项,其中重大风险2项、较大风险3项、一般风险6项、低风险7项。' +
        '责任清单事项41项,已完成29项,逾期5项。隐患排查发现隐患61处,已整改54处。' +
        '召开风险会商研判4次,组织应急演练2次。登记食品安全突发事件3起,其中较大(III级)1起、一般(IV级)2起。',
    );
    expect(summaryText({ report: { ...REPORT_2024, risk: null } })).toContain(
      '(五)风险防控与应急。【待补充:风险防控与应急数据暂未取得】',
    );
    expect(text).not.toContain('(五)');
  });

  it('reads its own text back into the same blocks', () => {
    const blocks = draftSummary({ report: { ...REPORT_2024, risk: RISK }, details: DETAILS_2024 });
    expect(parseSummary(summaryText({ report: { ...REPORT_2024, risk: RISK }, details: DETAILS_2024 }))).toEqual(
      blocks,
    );
  });

  it('claims nothing for a year without records: only zeros and placeholders', () => {
    const empty = summaryText({ report: EMPTY(2019), previous: EMPTY(2018) });
    expect(empty).toContain('食品安全2019年工作总结和2020年工作计划');
    const figures = figuresIn(body(empty)).filter((f) => !['2018', '2019', '2020'].includes(f));
    expect(figures.filter((f) => !/^0%?$/.test(f))).toEqual([]);
    for (const sentence of sentencesOf(body(empty))) {
      const claim = sentence.replace(/^[((][一二三四五六七八九十]+[))][^。]*/, '');
      if (!claim) continue;
      expect(claim, sentence).toMatch(
        /^平台未登记本年度的.+记录$|^【请补充:[^】]+】$|^2018年平台无可比较的记录,不作比较$/,
      );
    }
    expect(empty).not.toMatch(/NaN|undefined|null/);
  });

  // Each part of WorkReport is nullable: a subgraph that did not answer costs its part, never a wrong figure.
  const PARTS: Record<Exclude<keyof WorkReportData, 'year' | 'risk'>, { missing: string[]; figures: string[] }> = {
    responsibility: { missing: ['包保责任'], figures: ['12名区级领导', '包保45家'] },
    supervision: { missing: ['统筹督查'], figures: ['22个乡镇(街道)', '提示函12份'] },
    riskGrading: { missing: ['风险分级'], figures: ['分级率100%'] },
    sampling: { missing: ['抽检监测'], figures: ['1847批次', '不合格52批次', '“批批检”'] },
    enforcement: {
      missing: ['执法办案'],
      figures: ['119件', '移送起诉4件', '专项治理12项', '联合执法6次', '投诉举报34件', '12315平台18件'],
    },
    training: { missing: ['培训考核'], figures: ['培训13次', '2000人', '580批次', '295家'] },
    publicity: { missing: ['宣传舆情'], figures: ['信息56条', '负面舆情3条', '活动12次', '12000余份'] },
  };

  for (const [part, { missing, figures }] of Object.entries(PARTS)) {
    it(`says the ${part} part is unavailable when it is missing, and keeps every other figure`, () => {
      const draft = summaryText({ report: { ...REPORT_2024, [part]: null }, details: DETAILS_2024 });
      for (const what of missing) expect(draft).toContain(`【待补充:${what}数据暂未取得】`);
      for (const figure of figures) expect(draft).not.toContain(figure);
      const others = Object.entries(PARTS).filter(([name]) => name !== part);
      for (const [, other] of others) for (const figure of other.figures) expect(draft).toContain(figure);
      expect(draft).not.toMatch(/NaN|undefined|null/);
    });
  }

  it('writes a draft of placeholders, not zeros, when no part answered', () => {
    const none = summaryText({
      report: {
        year: 2024,
        responsibility: null,
        supervision: null,
        riskGrading: null,
        sampling: null,
        enforcement: null,
        training: null,
        publicity: null,
        risk: null,
      },
    });
    expect(none.match(/【待补充:/g)).toHaveLength(10);
    expect(body(none)).not.toMatch(/\d+(批次|件|名|家|次|条|份|人|项|处|起)|平台未登记|NaN|undefined|null/);
  });

  it('writes Markdown with the title, the parts and the section leads', () => {
    const markdown = toMarkdown(text);
    expect(markdown.startsWith('# 巴中市巴州区市场监督管理局 食品安全2024年工作总结和2025年工作计划\n')).toBe(true);
    expect(markdown).toContain('\n## 一、2024年工作完成情况\n');
    expect(markdown).toContain('\n**(三)执法办案与专项行动。**平台登记本年度');
    for (const phrase of TABLE_2024_PHRASES) expect(markdown).toContain(phrase);
  });

  it('keeps what the bureau edited', () => {
    const edited = text.replace('12名区级领导包保', '12名区级领导(含区长)包保');
    expect(toMarkdown(edited)).toContain('12名区级领导(含区长)包保');
    expect(parseSummary('标题\n\n一、部分\n(一)领先句。正文\n普通段落\n')).toEqual([
      { kind: 'title', text: '标题' },
      { kind: 'heading', text: '一、部分' },
      { kind: 'section', lead: '(一)领先句。', text: '正文' },
      { kind: 'paragraph', text: '普通段落' },
    ]);
  });

  it('formats figures as official documents do', () => {
    expect(approximately(12_260)).toBe('12000余');
    expect(approximately(12_000)).toBe('12000');
    expect(approximately(980)).toBe('980');
    expect(percent(1)).toBe('100%');
    expect(percent(0.9634)).toBe('96.3%');
  });
});

function EMPTY(year: number): WorkReportData {
  return {
    year,
    responsibility: { leaders: 0, entitiesCovered: 0, visits: 0 },
    supervision: { townshipsCovered: 0, promptLetters: 0, batches: 0, rounds: 0 },
    riskGrading: { gradedShare: 0, licensed: 75, graded: 0, byGrade: [] },
    sampling: {
      batches: 0,
      unqualified: 0,
      infantFormulaBatches: 0,
      infantFormulaCoverage: 0,
      disposalsCompleted: 0,
      byLevel: [],
    },
    enforcement: {
      casesFiled: 0,
      casesTransferred: 0,
      rectifications: 0,
      campaigns: 0,
      jointOperations: 0,
      byStatus: [],
      // As enforcement answers a year without complaints: every channel and outcome, at zero.
      complaintsReceived: 0,
      complaintsByKind: [
        { kind: 'COMPLAINT', count: 0 },
        { kind: 'REPORT', count: 0 },
      ],
      complaintsByChannel: ['PLATFORM_12315', 'PHONE', 'LETTER', 'VISIT', 'ONLINE'].map((channel) => ({
        channel,
        count: 0,
      })),
      complaintsByOutcome: ['PENDING', 'REFUSED', 'MEDIATED', 'REFERRED', 'ANSWERED'].map((outcome) => ({
        outcome,
        count: 0,
      })),
    },
    training: { sessions: 0, participants: 0, assessmentBatches: 0, workshopsUpgraded: 0, byAudience: [] },
    publicity: { posts: 0, opinionEvents: 0, outreachEvents: 0, materials: 0, opinionEventsHandled: 0 },
    risk: {
      risksByLevel: [],
      risks: 0,
      duties: 0,
      dutiesDone: 0,
      dutiesOverdue: 0,
      hazardsFound: 0,
      hazardsRectified: 0,
      consultations: 0,
      incidentsByLevel: [],
      incidents: 0,
      drills: 0,
    },
  };
}

const planOf = (text: string) => text.slice(text.indexOf('二、'));

describe('the names a summary cites', () => {
  it('picks campaigns by kind, the most-read articles, the events and the week’s most frequent activities', () => {
    const details = summaryDetails({
      campaigns: [
        { id: 'CR2024-05', name: '校园食品安全专项治理', kind: 'RECTIFICATION' },
        { id: 'CE2024-01', name: '2024年"春雷"行动', kind: 'ENFORCEMENT' },
        { id: 'CR2024-01', name: '桶装饮用水专项治理', kind: 'RECTIFICATION' },
      ],
      articles: [
        { title: '甲', reach: 10, channel: 'WECHAT' },
        { title: '乙', reach: 30, channel: 'DAMEI_BAZHOU_APP' },
        { title: '丙', reach: 20, channel: 'BAZHOU_NEWS' },
        { title: '丁', reach: 5, channel: 'DAMEI_BAZHOU_APP' },
      ],
      opinionEvents: [{ title: '巴中某市场惊现母猪肉' }],
      publicityWeeks: [
        {
          theme: '诚信尚俭 共享食安',
          activities: [
            { title: '启动仪式' },
            { title: '进社区' },
            { title: '进课堂' },
            { title: '进社区' },
            { title: '进企业' },
          ],
        },
      ],
    });
    expect(details).toEqual({
      campaigns: ['2024年"春雷"行动'],
      rectifications: ['桶装饮用水专项治理', '校园食品安全专项治理'],
      articles: ['乙', '丙', '甲'],
      channels: ['大美巴州App', '巴州新闻网', '微信公众号'],
      opinionEvents: ['巴中某市场惊现母猪肉'],
      weekTheme: '诚信尚俭 共享食安',
      activities: ['进社区', '启动仪式', '进课堂'],
    });
    expect(summaryText({ report: REPORT_2024, details })).toContain(
      '专项治理12项,包括“桶装饮用水专项治理”、“校园食品安全专项治理”。',
    );
    expect(summaryDetails({})).toMatchObject({ campaigns: [], weekTheme: null, activities: [] });
  });
});
