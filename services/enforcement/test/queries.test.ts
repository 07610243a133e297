import { ENTITY_REFS } from '@shian/demo-refs';
import { dialects, readOnlyDifferences, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

describe.each(await dialects())('enforcement subgraph queries on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it("answers a query's rows of every type as em.find does, without MikroORM's hydration (the kit's read-only path)", async () => {
    expect(await readOnlyDifferences(t.orm)).toEqual([]);
  });

  it('counts the 2024 figures from the records', async () => {
    const res = await t.execute(
      '{ workReport(year: 2024) { enforcement { casesFiled casesTransferred rectifications campaigns randomDraws jointOperations bySource { source count } byStatus { status count } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.workReport.enforcement).toMatchObject({
      casesFiled: 119,
      casesTransferred: 4,
      rectifications: 12,
      campaigns: 4,
    });
    const filed = await t.execute('{ cases(filter: { year: 2024, filed: true }) { totalCount } }');
    expect(filed.data?.cases.totalCount).toBe(119);
    const figures = res.data!.workReport.enforcement;
    expect(figures.bySource.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(119);
    expect(figures.byStatus.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(119);
    expect(figures.byStatus.filter((row: { count: number }) => row.count > 0).length).toBeGreaterThan(1);
    const months = await t.execute(
      '{ workReports(years: [2024, 2023]) { year enforcement { casesFiled byMonth { month casesFiled inspections } transfersByDepartment { department count } } } }',
    );
    expect(months.errors).toBeUndefined();
    const [y2024, y2023] = months.data!.workReports;
    expect(y2024.enforcement.byMonth).toHaveLength(12);
    expect(y2024.enforcement.byMonth.reduce((sum: number, m: { casesFiled: number }) => sum + m.casesFiled, 0)).toBe(
      119,
    );
    expect(
      y2024.enforcement.transfersByDepartment.find((d: { department: string }) => d.department === 'POLICE').count,
    ).toBeGreaterThanOrEqual(4);
    expect(y2023.enforcement.casesFiled).toBeGreaterThan(0);
    const statements = await t.countStatements(() =>
      t.execute(
        '{ workReport(year: 2024) { enforcement { casesFiled casesTransferred bySource { count } byMonth { casesFiled } } } }',
      ),
    );
    expect(statements.statements).toBeLessThanOrEqual(10);
    const empty = await t.execute(
      '{ workReport(year: 2010) { enforcement { casesFiled casesTransferred rectifications fines byMonth { casesFiled } } } }',
    );
    expect(empty.data?.workReport.enforcement).toMatchObject({
      casesFiled: 0,
      casesTransferred: 0,
      rectifications: 0,
      fines: 0,
    });
  });

  it('lists cases as docs/api.md#core-queries says: id title status entity { id } transfer { department }', async () => {
    const res = await t.execute(
      '{ cases(first: 5, filter: { transferredTo: POLICE }) { totalCount nodes { id title status entity { id } transfer { department } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.cases.nodes[0].transfer.department).toBe('POLICE');
  });
  it('names the party of a case shared with a partner from the case file, not the register', async () => {
    const register = new Map(ENTITY_REFS.map((e) => [e.id, e.name]));
    const res = await t.execute('{ cases(first: 100) { totalCount nodes { entity { id name } } } }', undefined, {
      as: 'police',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.cases.totalCount).toBeGreaterThan(0);
    for (const { entity } of res.data?.cases.nodes ?? []) expect(entity.name).toBe(register.get(entity.id));
  });

  /** The tables a request read from: a table read twice would be a query per parent somewhere. */
  const tablesRead = (sql: string[]) =>
    sql.filter((q) => !q.includes('count(*)')).map((q) => /from [`"](\w+)[`"]/.exec(q)?.[1]);

  it('answers a page of 10 and of 100 with nested fields in a fixed number of statements', async () => {
    const pages = {
      cases: (n: number) =>
        `{ cases(first: ${n}) { nodes { id title status entity { id } township { id } transfer { department } officers { name } campaign { name } penalty { fine kinds } seizedItems { name } clocks { code status } overdue history { action } timeline { label } documents { title } } } }`,
      inspections: (n: number) =>
        `{ inspections(first: ${n}) { nodes { id verdict entity { id } inspectors { name } campaign { name } draw { title } publicationClock { status } rectificationOverdue } } }`,
      transfers: (n: number) =>
        `{ transfers(first: ${n}) { nodes { id department case { id title } answerClock { status } history { action } } } }`,
      seizedItems: (n: number) =>
        `{ seizedItems(first: ${n}) { nodes { id name case { id } clock { status } history { action } } } }`,
      jointOperations: (n: number) =>
        `{ jointOperations(first: ${n}) { nodes { id departments participants { department } campaign { name } } } }`,
    };
    for (const [name, query] of Object.entries(pages)) {
      const ten = await t.countStatements(() => t.execute(query(10)));
      const hundred = await t.countStatements(() => t.execute(query(100)));
      expect(hundred.result.errors, name).toBeUndefined();
      // Equal, except where the first page happens to lack a kind of child (no campaign among ten cases, say).
      expect(hundred.statements, name).toBeGreaterThanOrEqual(ten.statements);
      const tables = tablesRead(hundred.sql);
      expect(new Set(tables).size, `${name}: ${hundred.sql.join('\n')}`).toBe(tables.length);
      expect(hundred.statements, name).toBeLessThanOrEqual(14);
    }
    const draws = (n: number) =>
      `{ randomDraws(first: ${n}) { nodes { id items { entity { id } inspectors { name } inspection { verdict } } inspectedCount reproducible } } }`;
    const few = await t.countStatements(() => t.execute(draws(1)));
    const all = await t.countStatements(() => t.execute(draws(100)));
    expect(all.result.errors).toBeUndefined();
    expect(all.statements).toBe(few.statements);
    expect(new Set(tablesRead(all.sql)).size).toBe(tablesRead(all.sql).length);
  });

  it('resolves Entity.cases for a page of entities in one statement', async () => {
    const refs = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ __typename: 'Entity', id: `E${String(i + 1).padStart(4, '0')}` }));
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { id cases { id status } inspections { id } } } }';
    const ten = await t.countStatements(() => t.execute(query, { r: refs(10) }));
    const hundred = await t.countStatements(() => t.execute(query, { r: refs(100) }));
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.statements).toBe(ten.statements);
    const withCases = hundred.result.data!._entities.filter((e: { cases: unknown[] }) => e.cases.length > 0);
    expect(withCases.length).toBeGreaterThan(0);
  });

  it('flags overdue cases and filters by them', async () => {
    const res = await t.execute(
      '{ cases(first: 100, filter: { overdue: true }) { totalCount nodes { id status overdue clocks { code status } } } }',
    );
    expect(res.errors).toBeUndefined();
    const { totalCount, nodes } = res.data!.cases;
    expect(totalCount).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.overdue).toBe(true);
      expect(node.clocks.some((c: { status: string }) => c.status === 'OVERDUE')).toBe(true);
    }
    const all = await t.execute(
      '{ cases(first: 100, filter: { status: INVESTIGATING }) { nodes { id overdue clocks { status paused } } } }',
    );
    expect(all.data!.cases.nodes.some((n: { clocks: { paused: boolean }[] }) => n.clocks.some((c) => c.paused))).toBe(
      true,
    );
  });

  it('filters cases by source, violation, township and search, and refuses pages over 100', async () => {
    const sources = await t.execute(
      '{ s: cases(filter: { year: 2024, filed: true, source: SAMPLING }) { totalCount } o: cases(filter: { source: PUBLIC_OPINION }) { totalCount nodes { opinionEvent { id } disposal { id } } } }',
    );
    expect(sources.data?.s.totalCount).toBe(41);
    expect(sources.data?.o.nodes.map((n: { opinionEvent: { id: string } }) => n.opinionEvent.id).sort()).toEqual([
      'OE2024001',
      'OE2024003',
    ]);
    const meat = await t.execute(
      '{ cases(filter: { violation: UNINSPECTED_MEAT }) { totalCount nodes { violations } } }',
    );
    expect(meat.data?.cases.totalCount).toBeGreaterThan(0);
    for (const node of meat.data!.cases.nodes) expect(node.violations).toContain('UNINSPECTED_MEAT');
    const search = await t.execute('{ cases(filter: { search: "母猪肉" }) { nodes { id } } }');
    expect(search.data?.cases.nodes).toEqual([{ id: 'CASE-OE2024001' }]);
    const disposal = await t.execute('{ case(id: "CASE-DP000001") { source disposal { id } entity { id } } }');
    expect(disposal.data?.case).toMatchObject({ source: 'SAMPLING', disposal: { id: 'DP000001' } });
    const tooMany = await t.execute('{ cases(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('publishes draws and inspections of 2024 through the year', async () => {
    const res = await t.execute(
      '{ randomDraws(filter: { year: 2024 }) { totalCount nodes { drawnOn status reproducible entityCount inspectedCount } } inspections(filter: { year: 2024, kind: RANDOM }) { totalCount } campaigns(filter: { year: 2024, kind: RECTIFICATION }) { totalCount } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.randomDraws.totalCount).toBe(5);
    for (const draw of res.data!.randomDraws.nodes)
      expect(draw).toMatchObject({ status: 'PUBLISHED', reproducible: true, inspectedCount: draw.entityCount });
    expect(res.data!.campaigns.totalCount).toBe(12);
  });
});
