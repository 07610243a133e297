import { describe, expect, it } from 'vitest';
import { codes, data, gql } from '../harness/graphql';

const officer = { as: 'officer' };

const MOVE =
  'mutation ($id: ID!, $input: OpinionMoveInput!) { moveOpinionEvent(id: $id, input: $input) { id status version steps { toStatus } } }';

describe('training and publicity through the gateway', () => {
  it('counts the 2024 training and publicity figures with the platform’s own queries', async () => {
    const result = await data(
      officer,
      `{ workReport(year: 2024) {
          training { sessions participants assessmentBatches workshopsUpgraded }
          publicity { posts opinionEvents opinionEventsHandled outreachEvents materials }
        }
        trainingSessions(filter: { year: 2024 }) { totalCount }
        trainingAssessments(filter: { year: 2024 }) { totalCount }
        articles(filter: { year: 2024 }) { totalCount }
        opinionEvents(filter: { year: 2024, status: CLOSED }) { totalCount }
        publicityWeeks(year: 2024) { theme activityCount materials } }`,
    );
    expect(result.workReport.training).toEqual({
      sessions: 13,
      participants: 2000,
      assessmentBatches: 580,
      workshopsUpgraded: 295,
    });
    expect(result.workReport.publicity).toMatchObject({
      posts: 56,
      opinionEvents: 3,
      opinionEventsHandled: 3,
      outreachEvents: 12,
    });
    expect(result.workReport.publicity.materials).toBeGreaterThan(12_000);
    expect(result.trainingSessions.totalCount).toBe(13);
    expect(result.trainingAssessments.totalCount).toBe(580);
    expect(result.articles.totalCount).toBe(56);
    expect(result.opinionEvents.totalCount).toBe(3);
    expect(result.publicityWeeks[0]).toMatchObject({ theme: '诚信尚俭 共享食安', activityCount: 12 });
  });

  it('answers the connections of docs/api.md#core-queries', async () => {
    const result = await data(
      officer,
      `{ trainingSessions { totalCount nodes { id title } pageInfo { hasNextPage endCursor } }
         articles { totalCount nodes { id title } pageInfo { hasNextPage endCursor } }
         opinionEvents { totalCount nodes { id title } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(result.trainingSessions.nodes.length).toBeGreaterThan(0);
    expect(result.articles.nodes).toHaveLength(20);
    expect(result.articles.pageInfo.hasNextPage).toBe(true);
    expect(result.opinionEvents.totalCount).toBeGreaterThanOrEqual(3);
    const titles = (
      await data(officer, '{ articles(first: 100, filter: { year: 2024 }) { nodes { title } } }')
    ).articles.nodes.map((n: { title: string }) => n.title);
    for (const title of ['特殊食品知多少', '如何应对食品安全网络谣言', '预防有毒野生菌'])
      expect(titles).toContain(title);
  });

  it('reads an entity with its trainings, and attendance with its entity, in one query', async () => {
    const { attendances } = await data(
      officer,
      '{ attendances(first: 5, filter: { sessionId: "TS202402" }) { nodes { personName townshipId entity { id name category township { id } trainings { id } } } } }',
    );
    expect(attendances.nodes).toHaveLength(5);
    for (const node of attendances.nodes) {
      expect(node.entity.name).toMatch(/[\u4e00-\u9fa5]/);
      expect(node.entity.category).toBe('SMALL_WORKSHOP');
      expect(node.entity.township.id).toBe(node.townshipId);
      expect(node.entity.trainings.map((t: { id: string }) => t.id)).toContain('TS202402');
    }
    const { entity } = await data(
      officer,
      `{ entity(id: "${attendances.nodes[0].entity.id}") { name trainings { title heldOn } trainingAssessments { assessed passed } workshopLevel } }`,
    );
    expect(entity.trainings.length).toBeGreaterThan(0);
  });

  it('reads an opinion event with its entity and case', async () => {
    const { opinionEvents } = await data(
      officer,
      '{ opinionEvents(filter: { search: "母猪肉" }) { nodes { title status caseId entity { id name township { name } } case { id title source opinionEvent { id title } } } } }',
    );
    const [event] = opinionEvents.nodes;
    expect(event).toMatchObject({
      title: '巴中某市场惊现母猪肉',
      status: 'CLOSED',
      entity: { name: '东城农贸市场百惠冻品店' },
    });
    expect(event.entity.township.name).toBe('东城街道');
    // The case enforcement filed for it, and back from the case to the event.
    expect(event.case).toMatchObject({
      id: event.caseId,
      source: 'PUBLIC_OPINION',
      opinionEvent: { title: '巴中某市场惊现母猪肉' },
    });
    expect(event.case.title).toContain('母猪肉');
  });

  it('moves an opinion event along its lifecycle, and refuses an illegal move with nothing written', async () => {
    const { reportOpinionEvent } = await data(
      officer,
      'mutation ($input: OpinionEventInput!) { reportOpinionEvent(input: $input) { id status version } }',
      {
        input: {
          title: '网关测试舆情',
          content: '网传某店销售过期月饼',
          platform: '抖音',
          detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
          severity: 'GENERAL',
          entityId: 'E0049',
          townshipId: '511902001',
        },
      },
    );
    const id = reportOpinionEvent.id;
    const illegal = await gql(officer, MOVE, { id, input: { to: 'CLOSED', note: '直接办结' } });
    expect(codes(illegal)).toEqual(['BAD_USER_INPUT']);
    expect(illegal.errors?.[0]?.message).toContain('「发现」');
    expect(illegal.errors?.[0]?.message).toContain('「办结」');
    const unchanged = await data(
      officer,
      'query ($id: ID!) { opinionEvent(id: $id) { status version steps { toStatus } } }',
      { id },
    );
    expect(unchanged.opinionEvent).toEqual({
      status: 'DETECTED',
      version: reportOpinionEvent.version,
      steps: [{ toStatus: 'DETECTED' }],
    });

    for (const to of ['VERIFYING', 'HANDLING', 'RESPONDED', 'CLOSED'])
      expect((await data(officer, MOVE, { id, input: { to, note: `变更为${to}` } })).moveOpinionEvent.status).toBe(to);
    const closed = await data(
      officer,
      'query ($id: ID!) { opinionEvent(id: $id) { steps { toStatus } transitions } }',
      { id },
    );
    expect(closed.opinionEvent.steps).toHaveLength(5);
    expect(closed.opinionEvent.transitions).toEqual([]);
  });

  it('keeps a township officer to their township and partners out', async () => {
    const mine = await data(
      { as: 'township' },
      '{ attendances(first: 100) { nodes { townshipId } } opinionEvents(first: 100) { nodes { township { id } } } }',
    );
    for (const node of mine.attendances.nodes) expect(node.townshipId).toBe('511902001');
    for (const node of mine.opinionEvents.nodes) expect([null, '511902001']).toContain(node.township?.id ?? null);
    for (const query of ['{ trainingSessions { totalCount } }', '{ opinionEvents { totalCount } }'])
      expect(codes(await gql({ as: 'police' }, query))).toContain('FORBIDDEN');
  });
});
