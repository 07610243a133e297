import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { summaryDetails, summaryText, toMarkdown } from '@shian/work-report';
import { summaryDocxBuffer } from '@shian/work-report/docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPort } from '../harness/constants';
import { codes, data, gql, tokenFor } from '../harness/graphql';
import { platform, startExtra } from '../harness/platform';
import { API_FIGURES, docxText, shellOperation, TABLE_2024, TABLE_2024_PHRASES } from '../harness/work-report';

const officer = { as: 'officer' };

describe('the year’s work report through the gateway', () => {
  it('reproduces docs/domain.md#the-2024-figures exactly, from records', async () => {
    const { workReport } = await data(
      officer,
      `{ workReport(year: 2024) { year ${API_FIGURES}
      sampling { infantFormulaCoverage } } }`,
    );
    expect(workReport).toMatchObject({ year: 2024, ...TABLE_2024 });
    expect(workReport.publicity.materials).toBeGreaterThanOrEqual(12_000);
    expect(workReport.publicity.materials).toBeLessThan(13_000);
    // 婴配乳粉"批批检": every batch on sale tested.
    expect(workReport.sampling.infantFormulaBatches).toBeGreaterThan(0);
    expect(workReport.sampling.infantFormulaCoverage).toBe(1);
    // The same figures from the lists behind them.
    const lists = await data(
      officer,
      `{
      samples(filter: { year: 2024 }) { totalCount }
      trainingSessions(filter: { year: 2024 }) { totalCount }
      articles(filter: { year: 2024 }) { totalCount }
      letters: notices(filter: { kind: PROMPT_LETTER, year: 2024 }) { totalCount } }`,
    );
    expect(lists.samples.totalCount).toBe(1847);
    expect(lists.trainingSessions.totalCount).toBe(13);
    expect(lists.articles.totalCount).toBe(56);
    expect(lists.letters.totalCount).toBe(12);
  });

  it('answers the dashboard’s own query: both years, with breakdowns that add up', async () => {
    const { workReports } = await data(officer, shellOperation('WorkReportDashboard'), { years: [2024, 2023] });
    expect(workReports.map((r: { year: number }) => r.year)).toEqual([2024, 2023]);
    const [year, before] = workReports;
    expect(year).toMatchObject(TABLE_2024);
    const total = (rows: Record<string, number>[], key: string) => rows.reduce((n, row) => n + row[key]!, 0);
    expect(total(year.sampling.byLevel, 'batches')).toBe(1847);
    expect(total(year.sampling.byMonth, 'batches')).toBe(1847);
    expect(total(year.sampling.byVerdict, 'batches')).toBe(1847);
    expect(total(year.enforcement.bySource, 'count')).toBe(119);
    expect(total(year.enforcement.byMonth, 'casesFiled')).toBe(119);
    expect(total(year.training.byMonth, 'sessions')).toBe(13);
    expect(total(year.publicity.byMonth, 'posts')).toBe(56);
    expect(year.riskGrading.byTownship).toHaveLength(22);
    expect(before.year).toBe(2023);
    expect(before.training.sessions).toBeLessThan(13);
  });

  it('answers zeros for a year without records', async () => {
    for (const query of [`{ report: workReport(year: 2019) { ${API_FIGURES} } }`]) {
      const { report } = await data(officer, query);
      for (const [area, figures] of Object.entries(report as Record<string, Record<string, number>>)) {
        for (const [name, value] of Object.entries(figures)) expect(value, `${area}.${name}`).toBe(0);
      }
    }
  });

  it('refuses partners every part of it, and narrows it to the township officer’s township', async () => {
    for (const partner of ['police', 'education', 'agriculture']) {
      for (const area of ['responsibility { leaders }', 'sampling { batches }', 'enforcement { casesFiled }']) {
        const result = await gql({ as: partner }, `{ workReport(year: 2024) { ${area} } }`);
        expect(codes(result), `${partner}: ${area}`).toContain('FORBIDDEN');
        expect(result.data?.workReport ?? null).toBeNull();
      }
    }
    const dashboard = await gql({ as: 'police' }, shellOperation('WorkReportDashboard'), { years: [2024] });
    expect(codes(dashboard)).toContain('FORBIDDEN');
    expect(dashboard.data?.workReports ?? null).toBeNull();
    const township = await data(
      { as: 'township' },
      '{ workReport(year: 2024) { sampling { batches } supervision { townshipsCovered } } }',
    );
    expect(township.workReport.sampling.batches).toBeLessThan(1847);
    expect(township.workReport.supervision.townshipsCovered).toBe(1);
  });

  it('writes the 2024 summary draft as a .docx that carries every figure of the table', async () => {
    // As the dashboard does: the year and the one before in one request, the names asked apart.
    const { workReports } = await data(officer, shellOperation('WorkReportDashboard'), { years: [2024, 2023] });
    const names = await data(officer, shellOperation('WorkSummaryDetails'), { year: 2024 });
    const text = summaryText({
      report: workReports[0],
      previous: workReports[1],
      details: summaryDetails({
        campaigns: names.campaigns.nodes,
        articles: names.articles.nodes,
        opinionEvents: names.opinionEvents.nodes,
        publicityWeeks: names.publicityWeeks,
      }),
    });
    const document = docxText(await summaryDocxBuffer(text));
    expect(document).toContain('食品安全2024年工作总结和2025年工作计划');
    for (const phrase of TABLE_2024_PHRASES) expect(document, phrase).toContain(phrase);
    expect(document).toMatch(/专项执法行动\d+个,包括“春雷”、“铁拳”、“三小”、“强基”/);
    expect(document).toContain('宣传周主题为“诚信尚俭 共享食安”');
    // 2023 has training records in the demo data: the draft compares; what records cannot say is left to staff.
    expect(document).toMatch(/培训13次\(上年\d+次\)/);
    expect(document).toContain('【请补充:');
    expect(document).not.toMatch(/召开食安委全会|区委、区政府将食品安全/);
    for (const phrase of TABLE_2024_PHRASES) expect(toMarkdown(text)).toContain(phrase);
  });

  it('writes the 2025 draft’s 风险防控与应急 from WorkReport.risk, figure for figure', async () => {
    const { workReports } = await data(officer, shellOperation('WorkReportDashboard'), { years: [2025, 2024] });
    const [report, previous] = workReports;
    expect(report.risk.risks).toBeGreaterThan(0);
    const text = summaryText({ report, previous });
    const { risk } = report;
    expect(text).toContain(`风险清单登记风险${risk.risks}项`);
    expect(text).toContain(`责任清单事项${risk.duties}项,已完成${risk.dutiesDone}项,逾期${risk.dutiesOverdue}项`);
    expect(text).toContain(`隐患排查发现隐患${risk.hazardsFound}处`);
    expect(text).toContain(`召开风险会商研判${risk.consultations}次,组织应急演练${risk.drills}次`);
    // 2024 has no risk records (the seed has none): nothing to compare, and its own draft says there are none.
    expect(text).not.toMatch(/发现隐患\d+处\(上年/);
    const before = summaryText({ report: previous, previous: undefined });
    expect(before).toContain('平台未登记本年度的风险清单、责任清单、隐患排查、会商研判、突发事件和应急演练记录。');
  });
});

/**
 * A gateway of our own in front of counting proxies to the platform's subgraphs: the dashboard's one request costs
 * each subgraph one request, however many years it asks for.
 */
describe('the dashboard’s request', { timeout: 90_000 }, () => {
  const GATEWAY = testPort(4060);
  const counts: Record<string, number> = {};
  const proxies: Server[] = [];
  let gateway: ReturnType<typeof startExtra>;

  beforeAll(async () => {
    const env: Record<string, string> = {};
    for (const domain of platform().domains) {
      const target = new URL(`http://127.0.0.1:${platform().env[`${domain.toUpperCase()}_PORT`]}`);
      const proxy = createServer((req, res) => {
        if (req.method === 'POST') counts[domain] = (counts[domain] ?? 0) + 1;
        const forward = request(
          { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.on('error', () => res.destroy());
        req.pipe(forward);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      proxies.push(proxy);
      env[`${domain.toUpperCase()}_URL`] = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
    }
    gateway = startExtra('gateway', 'gateway', GATEWAY, env);
    await gateway.ready();
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const proxy of proxies) proxy.close();
  });

  it('asks each subgraph once, for one year and the previous or for the recent seven', async () => {
    const token = await tokenFor('officer', gateway.url);
    const now = new Date().getFullYear();
    for (const years of [[2024, 2023], Array.from({ length: 7 }, (_, i) => now - i)]) {
      for (const key of Object.keys(counts)) delete counts[key];
      const result = await gql({ token }, shellOperation('WorkReportDashboard'), { years }, gateway.url);
      expect(result.errors).toBeUndefined();
      expect(result.data?.workReports).toHaveLength(years.length);
      expect(counts).toEqual(Object.fromEntries(platform().domains.map((d) => [d, 1])));
    }
  });
});
