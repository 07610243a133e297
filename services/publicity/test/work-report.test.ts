import { dialects, readOnlyDifferences, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const FIGURES = `publicity { posts postsByKind { kind count } reach opinionEvents opinionEventsHandled opinionEventsEscalated
  outreachEvents materials peopleReached byMonth { month posts opinionEvents outreachEvents materials } }`;

const sum = (rows: Record<string, number>[], key: string) => rows.reduce((total, row) => total + (row[key] ?? 0), 0);

describe.each(await dialects())('WorkReport.publicity on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it("answers a query's rows of every type as em.find does, without MikroORM's hydration (the kit's read-only path)", async () => {
    expect(await readOnlyDifferences(t.orm)).toEqual([]);
  });

  it('answers the 2024 figures and their breakdown by month from the records', async () => {
    const res = await t.execute(`{ workReport(year: 2024) { year ${FIGURES} } }`);
    expect(res.errors).toBeUndefined();
    const figures = res.data!.workReport.publicity;
    expect(figures).toMatchObject({
      posts: 56,
      opinionEvents: 3,
      opinionEventsHandled: 3,
      outreachEvents: 12,
      materials: 12_260,
    });
    expect(figures.byMonth.map((m: { month: number }) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(sum(figures.byMonth, 'posts')).toBe(56);
    expect(sum(figures.byMonth, 'opinionEvents')).toBe(3);
    expect(sum(figures.byMonth, 'outreachEvents')).toBe(12);
    expect(sum(figures.byMonth, 'materials')).toBe(12_260);
    expect(sum(figures.postsByKind, 'count')).toBe(56);
    // The publicity week was in June: its activities and leaflets fall in that month.
    expect(figures.byMonth[5]).toMatchObject({ outreachEvents: 12, materials: 12_260 });
    // Months are China time's: a post published at 00:30 on 1 March (UTC+8) is March's, not February's.
    const posts = await t.execute('{ articles(first: 100, filter: { year: 2024 }) { nodes { publishedAt } } }');
    const perMonth = Array(12).fill(0);
    for (const node of posts.data!.articles.nodes) {
      const local = new Date(new Date(node.publishedAt).getTime() + 8 * 3_600_000);
      perMonth[local.getUTCMonth()] += 1;
    }
    expect(figures.byMonth.map((m: { posts: number }) => m.posts)).toEqual(perMonth);
  });

  it('counts a post at the first minute of a month in China time in that month', async () => {
    const created = await t.execute(
      'mutation { createArticle(input: { title: "边界测试", kind: SCIENCE, channel: WECHAT, publishedAt: "2019-02-28T16:30:00Z", author: "局" }) { id } }',
    );
    expect(created.errors).toBeUndefined();
    const res = await t.execute('{ workReport(year: 2019) { publicity { posts byMonth { posts } } } }');
    expect(res.data!.workReport.publicity.posts).toBe(1);
    expect(res.data!.workReport.publicity.byMonth[2].posts).toBe(1);
  });

  it('answers zeros for a year without records', async () => {
    const res = await t.execute(`{ workReport(year: 2018) { year ${FIGURES} } }`);
    expect(res.errors).toBeUndefined();
    const figures = res.data!.workReport.publicity;
    expect(figures).toMatchObject({
      posts: 0,
      reach: 0,
      opinionEvents: 0,
      opinionEventsHandled: 0,
      opinionEventsEscalated: 0,
      outreachEvents: 0,
      materials: 0,
      peopleReached: 0,
    });
    expect(figures.postsByKind.every((k: { count: number }) => k.count === 0)).toBe(true);
    expect(figures.byMonth).toHaveLength(12);
    expect(figures.byMonth.every((m: Record<string, number>) => m.posts + m.materials === 0)).toBe(true);
  });

  it('answers several years in one query, in a fixed number of statements per year', async () => {
    const res = await t.execute('{ workReports(years: [2024, 2023]) { year publicity { posts opinionEvents } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.workReports).toEqual([
      { year: 2024, publicity: { posts: 56, opinionEvents: 3 } },
      { year: 2023, publicity: { posts: 4, opinionEvents: 1 } },
    ]);
    const one = await t.countStatements(() => t.execute(`{ workReport(year: 2024) { ${FIGURES} } }`));
    expect(one.result.errors).toBeUndefined();
    expect(one.statements).toBeLessThanOrEqual(4);
  });

  it('refuses partners and anonymous callers', async () => {
    for (const query of [
      '{ workReport(year: 2024) { year } }',
      '{ workReports(years: [2024]) { year } }',
      '{ workReport(year: 2024) { publicity { posts } } }',
    ]) {
      expect((await t.execute(query, {}, { as: 'agriculture' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await t.execute(query, {}, { as: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
