import { randomUUID } from 'node:crypto';
import { addDays, todayInChina } from '@shian/clock';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const today = todayInChina();
const sampledOn = addDays(today, -3);
const year = Number(sampledOn.slice(0, 4));
const PLAN = 'mutation ($input: PlanInput!) { createSamplingPlan(input: $input) { id } }';
const REGISTER = 'mutation ($input: SampleInput!) { registerSample(input: $input) { id number version } }';
const MOVE = 'mutation ($input: MoveSampleInput!) { moveSample(input: $input) { id status version } }';

describe.each(await dialects())('sampling under concurrency on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  let planId = '';
  const sampleInput = (foodName: string) => ({
    planId,
    entityId: 'E0087',
    townshipId: '511902001',
    foodName,
    category: 'VEGETABLES',
    batchNumber: '20240101',
    sampledOn,
    samplers: ['李执法', '赵文静'],
    lab: '巴中市食品药品检验检测中心',
  });

  beforeAll(async () => {
    const created = await t.execute(PLAN, {
      input: {
        year,
        level: 'CITY',
        purpose: 'SUPERVISION',
        name: `${year}年并发测试计划`,
        issuer: '巴中市巴州区市场监督管理局',
        categories: ['VEGETABLES'],
        quota: 100,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      },
    });
    expect(created.errors).toBeUndefined();
    planId = created.data!.createSamplingPlan.id;
  });

  it('50 concurrent registrations get 50 distinct sample numbers, none refused', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => t.execute(REGISTER, { input: sampleInput(`并发样品${i}`) })),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const numbers = results.map((r) => r.data!.registerSample.number as string);
    expect(new Set(numbers).size).toBe(50);
  });

  it('20 concurrent moves of one sample at one version: exactly one wins, 19 CONFLICT', async () => {
    const sample = (await t.execute(REGISTER, { input: sampleInput('并发送检') })).data!.registerSample;
    const moves = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.execute(MOVE, { input: { sampleId: sample.id, version: sample.version, to: 'TESTING', on: today } }),
      ),
    );
    expect(moves.filter((m) => !m.errors)).toHaveLength(1);
    expect(moves.filter((m) => m.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    // A version read before that move is stale now.
    const stale = await t.execute(MOVE, {
      input: { sampleId: sample.id, version: sample.version, to: 'TESTING', on: today },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('20 concurrent votes: the count goes up by 20', async () => {
    const created = await t.execute(
      'mutation ($input: ConsumerRequestInput!) { createConsumerRequest(input: $input) { id votes } }',
      {
        input: {
          title: `并发投票${randomUUID().slice(0, 6)}`,
          category: 'CATERING_FOOD',
          description: '并发投票测试',
          channel: '12315热线',
          submittedBy: '市民王**',
          submittedOn: today,
        },
      },
    );
    const { id, votes } = created.data!.createConsumerRequest;
    const voted = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.execute('mutation ($id: ID!) { voteConsumerRequest(id: $id) { votes } }', { id }),
      ),
    );
    for (const v of voted) expect(v.errors).toBeUndefined();
    const now = await t.execute('query ($id: ID!) { consumerRequest(id: $id) { votes } }', { id });
    expect(now.data?.consumerRequest.votes).toBe(votes + 20);
  });
});
