import { fakeLinkedRecord, dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

/** Entities' village reports as the gateway answers each caller: pending in two townships, and one already triaged. */
const REPORTS = { 'VR-MINE': '511902001', 'VR-OTHER': '511902002', 'VR-DONE': '511902001' };

describe.each(await dialects())('a clue from a village report on %s', (dialect) => {
  const t = testSubgraph(subgraph, {
    dialect,
    seed: true,
    gateway: {
      ...linkedGateway,
      ShianLinkedVillageReport: ({ id }, ctx) => {
        const answer = fakeLinkedRecord('villageReport', REPORTS)({ id }, ctx) as {
          villageReport: { id: string } | null;
        };
        return { villageReport: answer.villageReport && { id, status: id === 'VR-DONE' ? 'CLUE' : 'PENDING' } };
      },
    },
  });
  const clue = (villageReportId: string) =>
    t.execute(
      'mutation($i: ClueInput!) { createClue(input: $i) { id source villageReportId } }',
      {
        i: {
          title: '村(社区)协管员报告的线索',
          source: 'COMPLAINT',
          entityId: 'E0001',
          receivedOn: '2025-03-04',
          description: '货架上有过期食品',
          villageReportId,
        },
      },
      { as: 'township' },
    );

  it('takes a report the writer may read and that waits for triage, once; refuses the others naming the field', async () => {
    for (const id of ['VR-OTHER', 'VR-DONE', 'VR-UNKNOWN']) {
      const refused = await clue(id);
      expect(refused.errors?.[0]?.extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'villageReportId' });
    }
    const made = await clue('VR-MINE');
    expect(made.errors).toBeUndefined();
    expect(made.data?.createClue).toMatchObject({ source: 'COMPLAINT', villageReportId: 'VR-MINE' });
    const again = await clue('VR-MINE');
    expect(again.errors?.[0]?.message).toContain('已登记为线索');
  });
});
