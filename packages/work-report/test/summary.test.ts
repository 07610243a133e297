import { describe, expect, it } from 'vitest';
import { approximately, draftSummary, parseSummary, percent, summaryDetails, summaryText, toMarkdown } from '../src';
import type { WorkReportData } from '../src';
import { DETAILS_2024, REPORT_2024, TABLE_2024_PHRASES } from './fixtures';

describe('the summary draft', () => {
  const text = summaryText({ report: REPORT_2024, details: DETAILS_2024 });

  it('has the seed’s structure: title, the year’s work in four areas, next year’s plan', () => {
    const blocks = draftSummary({ report: REPORT_2024 });
    expect(blocks.filter((b) => b.kind === 'title').map((b) => b.text)).toEqual([
      '巴中市巴州区市场监督管理局',
      '食品安全2024年工作总结和2025年工作计划',
    ]);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '一、2024年工作完成情况',
      '二、2025年工作计划',
    ]);
    const leads = blocks.flatMap((b) => (b.kind === 'section' ? [b.lead] : []));
    expect(leads).toEqual([
      '(一)党政责任有力落实。',
      '(二)安全网络织密织牢。',
      '(三)专项行动成效明显。',
      '(四)共治氛围不断营造。',
      '(一)进一步压实党政责任。',
      '(二)进一步整治风险隐患。',
      '(三)进一步完善监管机制。',
      '(四)进一步推动社会共治。',
    ]);
    for (const block of blocks.slice(3, 7)) expect(block.text).toMatch(/一是.+二是.+三是/);
  });

  it('carries every figure of the domain.md table inside its sentences', () => {
    for (const phrase of TABLE_2024_PHRASES) expect(text).toContain(phrase);
    expect(text).toContain('完成国家、省、市、区食品安全抽检监测1847批次');
  });

  it('cites the names it is given, as the seed does', () => {
    expect(text).toContain('“春雷”“铁拳”“三小”“强基”等专项执法行动');
    expect(text).toContain('桶装饮用水、食品生产小作坊、制止餐饮浪费、集中用餐单位等12项专项治理');
    expect(text).toContain('《特殊食品知多少》《如何应对食品安全网络谣言》《预防有毒野生菌》等科普宣传');
    expect(text).toContain('以“诚信尚俭 共享食安”为主题');
    expect(text).toContain('小作坊、学校食堂、网络餐饮等食品生产经营主体培训13次');
  });

  it('reads its own text back into the same blocks', () => {
    const blocks = draftSummary({ report: REPORT_2024, details: DETAILS_2024 });
    expect(parseSummary(text)).toEqual(blocks);
  });

  it('says a year without records has none, and marks a missing part for the bureau to fill in', () => {
    const empty = summaryText({
      report: {
        year: 2019,
        responsibility: { leaders: 0, entitiesCovered: 0 },
        supervision: { townshipsCovered: 0, promptLetters: 0 },
        riskGrading: { gradedShare: 0, licensed: 75, graded: 0 },
        sampling: { batches: 0, unqualified: 0, infantFormulaBatches: 0, infantFormulaCoverage: 0 },
        enforcement: null,
        training: { sessions: 0, participants: 0, assessmentBatches: 0, workshopsUpgraded: 0 },
        publicity: { posts: 0, opinionEvents: 0, outreachEvents: 0, materials: 0 },
      },
    });
    expect(empty).toContain('食品安全2019年工作总结和2020年工作计划');
    expect(empty).toContain('本年度尚无抽检监测记录');
    expect(empty).toContain('本年度尚无风险分级记录');
    expect(empty).toContain('【待补充:执法办案数据暂未取得】');
    expect(empty).not.toMatch(/NaN|undefined|null/);
  });

  // Each part of WorkReport is nullable: a subgraph that did not answer costs its part, never a wrong figure.
  const PARTS: Record<keyof Omit<WorkReportData, 'year'>, { missing: string[]; figures: string[] }> = {
    responsibility: { missing: ['包保责任'], figures: ['12名区级领导', '包保45家'] },
    supervision: { missing: ['统筹督查'], figures: ['22个乡镇(街道)', '提示函12份'] },
    riskGrading: { missing: ['风险分级'], figures: ['100%实现风险分级动态管理'] },
    sampling: { missing: ['抽检监测'], figures: ['1847批次', '不合格52批次', '“批批检”', '52批次不合格产品'] },
    enforcement: {
      missing: ['执法办案', '专项治理'],
      figures: ['119件', '移送起诉4件', '12项专项治理', '联合执法6次'],
    },
    training: { missing: ['培训考核'], figures: ['培训13次', '2000人', '580批次', '295家'] },
    publicity: { missing: ['宣传舆情', '宣传活动'], figures: ['56条', '负面舆情3条', '系列活动12次', '12000余份'] },
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
      },
    });
    expect(none.match(/【待补充:/g)).toHaveLength(9);
    expect(none).not.toMatch(/\d+(批次|件|名|家|次|条|份|人)|尚无|NaN|undefined|null/);
  });

  it('writes Markdown with the title, the parts and the section leads', () => {
    const markdown = toMarkdown(text);
    expect(markdown.startsWith('# 巴中市巴州区市场监督管理局 食品安全2024年工作总结和2025年工作计划\n')).toBe(true);
    expect(markdown).toContain('\n## 一、2024年工作完成情况\n');
    expect(markdown).toContain('\n**(三)专项行动成效明显。**始终保持');
    for (const phrase of TABLE_2024_PHRASES) expect(markdown).toContain(phrase);
  });

  it('keeps what the bureau edited', () => {
    const edited = text.replace('12名区级领导以上率下', '12名区级领导(含区长)以上率下');
    expect(toMarkdown(edited)).toContain('12名区级领导(含区长)以上率下');
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
    expect(summaryText({ report: REPORT_2024, details })).toContain('桶装饮用水、校园食品安全等12项专项治理');
    expect(summaryDetails({})).toMatchObject({ campaigns: [], weekTheme: null, activities: [] });
  });
});
