import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';

const INBOX = '{ inbox(withinWorkingDays: 20) { withinWorkingDays publicity { key } } }';

// This domain stores no deadline (src/resolvers/Inbox.ts, README): its part is empty even over the demo data.
describe.each(await dialects())('Inbox.publicity on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true });

  it('answers an empty part to the bureau’s staff', async () => {
    for (const as of ['admin', 'officer', 'township']) {
      const res = await t.execute(INBOX, {}, { as });
      expect(res.errors, as).toBeUndefined();
      expect(res.data?.inbox, as).toEqual({ withinWorkingDays: 20, publicity: [] });
    }
  });

  it('refuses partners and village liaisons, also through the reference', async () => {
    for (const as of ['police', 'village']) {
      const res = await t.execute(INBOX, {}, { as });
      expect(res.data?.inbox ?? null, as).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
      const reference = await t.execute(
        '{ _entities(representations: [{ __typename: "Inbox", withinWorkingDays: 3 }]) { ... on Inbox { publicity { key } } } }',
        {},
        { as },
      );
      expect(reference.errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
    }
  });
});
