import { describe, expect, it } from 'vitest';
import { codes, data, gql } from '../harness/graphql';

const officer = { as: 'officer' };

/** A calendar date `days` from today in China, "YYYY-MM-DD". */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

const MOVE = 'mutation ($input: MoveSampleInput!) { moveSample(input: $input) { id status } }';

describe('sampling through the gateway', () => {
  it('counts the 2024 batches with the platform’s own queries: 1,847', async () => {
    const result = await data(
      officer,
      '{ samples(filter: { year: 2024 }) { totalCount } workReport(year: 2024) { year sampling { batches unqualified infantFormulaBatches infantFormulaCoverage } } }',
    );
    expect(result.samples.totalCount).toBe(1847);
    expect(result.workReport.sampling.batches).toBe(1847);
    expect(result.workReport.sampling.infantFormulaCoverage).toBe(1);
    expect(result.workReport.sampling.unqualified / 1847).toBeLessThan(0.05);
  });

  it('answers samples with filters and connections, with entities and townships from the entities subgraph', async () => {
    const query = `query ($after: String) {
      samples(first: 50, after: $after, filter: { year: 2024, level: PROVINCIAL }) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id foodName status plan { level } townshipId entity { id name township { id name } } }
      }
    }`;
    const one = (await data(officer, query)).samples;
    expect(one.totalCount).toBe(312);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await data(officer, query, { after: one.pageInfo.endCursor })).samples;
    const nodes = [...one.nodes, ...two.nodes];
    expect(new Set(nodes.map((n: { id: string }) => n.id)).size).toBe(100);
    for (const node of nodes) {
      expect(node.plan.level).toBe('PROVINCIAL');
      expect(node.entity.name).toMatch(/[\u4e00-\u9fa5]/);
      // The township a sample was filed under is its entity's township in the entities subgraph.
      expect(node.entity.township.id).toBe(node.townshipId);
      expect(node.entity.township.name).toMatch(/街道|镇|乡$/);
    }
  });

  it('samples only businesses the entities subgraph knows, filed under their township', async () => {
    const query = `query ($after: String) { samples(first: 100, after: $after, filter: { year: 2024 }) {
      pageInfo { hasNextPage endCursor } nodes { townshipId entity { id township { id } } } } }`;
    let after: string | null = null;
    let seen = 0;
    do {
      const page: any = (await data(officer, query, { after })).samples;
      for (const node of page.nodes) expect(node.entity.township.id, node.entity.id).toBe(node.townshipId);
      seen += page.nodes.length;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toBe(1847);
  });

  it('reads an entity with its samples, and samples with their entities, in one query', async () => {
    const { samples } = await data(
      officer,
      '{ samples(first: 1, filter: { year: 2024, verdict: UNQUALIFIED }) { nodes { entity { id } } } }',
    );
    const entityId = samples.nodes[0].entity.id;
    const result = await data(
      officer,
      `query ($id: ID!) {
        entity(id: $id) { id name samples { totalCount nodes { id foodName verdict entity { id } } } }
        samples(first: 20) { nodes { id entity { name township { name } } } }
      }`,
      { id: entityId },
    );
    expect(result.entity.samples.totalCount).toBeGreaterThan(0);
    expect(result.entity.samples.nodes.some((n: { verdict: string }) => n.verdict === 'UNQUALIFIED')).toBe(true);
    for (const n of result.entity.samples.nodes) expect(n.entity.id).toBe(entityId);
    expect(result.samples.nodes).toHaveLength(20);
    for (const n of result.samples.nodes) expect(n.entity.township.name).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('shows a township officer only their township’s samples', async () => {
    const { samples } = await data(
      { as: 'township' },
      '{ samples(first: 100) { totalCount nodes { entity { township { id } } } } }',
    );
    expect(samples.totalCount).toBeGreaterThan(0);
    for (const n of samples.nodes) expect(n.entity.township.id).toBe('511902001');
    expect(codes(await gql({ as: 'police' }, '{ samples { totalCount } }'))).toEqual(['FORBIDDEN']);
  });

  describe('writes', () => {
    let planId = '';
    let entityId = '';
    let townshipId = '';

    const register = async () =>
      (
        await data(officer, 'mutation ($input: SampleInput!) { registerSample(input: $input) { id status } }', {
          input: {
            planId,
            entityId,
            townshipId,
            foodName: '芹菜',
            category: 'VEGETABLES',
            batchNumber: '网关测试',
            sampledOn: chinaDay(-40),
            samplers: ['李执法', '赵文静'],
            lab: '巴中市食品药品检验检测中心',
          },
        })
      ).registerSample.id as string;

    it('sets up a plan for the tests', async () => {
      const year = Number(chinaDay(-40).slice(0, 4));
      const created = await data(
        officer,
        'mutation ($input: PlanInput!) { createSamplingPlan(input: $input) { id } }',
        {
          input: {
            year,
            level: 'DISTRICT',
            purpose: 'SUPERVISION',
            name: `${year}年网关测试抽检计划`,
            issuer: '巴中市巴州区市场监督管理局',
            categories: ['VEGETABLES'],
            quota: 10,
            startsOn: `${year}-01-01`,
            endsOn: `${year}-12-31`,
          },
        },
      );
      planId = created.createSamplingPlan.id;
      const { entity } = await data(officer, '{ entity(id: "E0060") { id township { id } } }');
      entityId = entity.id;
      townshipId = entity.township.id;
    });

    it('refuses an illegal transition, naming both states, and writes nothing', async () => {
      const id = await register();
      const result = await gql(officer, MOVE, { input: { sampleId: id, to: 'DISPOSED' } });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain('「已抽样」');
      expect(result.errors?.[0]?.message).toContain('「已处置」');
      const { sample } = await data(officer, 'query ($id: ID!) { sample(id: $id) { status events { toStatus } } }', {
        id,
      });
      expect(sample).toEqual({ status: 'SAMPLED', events: [{ toStatus: 'SAMPLED' }] });
    });

    it('refuses a 复检 requested after its 7 working days, with the deadline in the message', async () => {
      const id = await register();
      await data(officer, MOVE, { input: { sampleId: id, to: 'TESTING', on: chinaDay(-39) } });
      await data(
        officer,
        'mutation ($id: ID!, $items: [TestItemInput!]!) { recordTestResults(sampleId: $id, items: $items) { id } }',
        {
          id,
          items: [
            {
              name: '毒死蜱',
              measured: '0.12',
              limit: '≤0.05',
              unit: 'mg/kg',
              standard: 'GB 2763-2021',
              failureKind: 'PESTICIDE_VET_RESIDUE',
            },
          ],
        },
      );
      await data(officer, MOVE, {
        input: { sampleId: id, to: 'UNQUALIFIED', on: chinaDay(-30), notifiedOn: chinaDay(-30) },
      });
      const { sample } = await data(
        officer,
        'query ($id: ID!) { sample(id: $id) { clocks { code deadline status } } }',
        { id },
      );
      const window = sample.clocks.find((c: { code: string }) => c.code === 'RECHECK_APPLICATION');
      expect(window.status).toBe('OVERDUE');

      const result = await gql(officer, 'mutation ($input: RecheckInput!) { requestRecheck(input: $input) { id } }', {
        input: { sampleId: id, requestedOn: chinaDay(), applicant: '网关测试超市', lab: '四川省食品检验研究院' },
      });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain('复检申请已超过期限');
      expect(result.errors?.[0]?.message).toContain(window.deadline);
      const after = await data(officer, 'query ($id: ID!) { sample(id: $id) { status recheck { id } } }', { id });
      expect(after.sample).toEqual({ status: 'UNQUALIFIED', recheck: null });
    });
  });
});
