import { encodeCursor, decodeCursor, forbidden } from '@shian/subgraph-kit';
import type { FakeGatewayOperation } from '@shian/subgraph-kit/testing';
import { OFFICER_REFS } from '../seeds/officer-training';

/**
 * The gateway's answer to training's roll lookup (src/linked.ts) as enforcement's `inspectors` gives it: the bureau
 * reads the roll, partners are refused; pages of `first` officers (the operation asks 100; `pageSize` lets a test
 * make the roll span pages).
 */
export function officerRoll(pageSize = 100): Record<string, FakeGatewayOperation> {
  return {
    ShianOfficerRoll: ({ after }, ctx) => {
      if (ctx.identity.role === 'partner') throw forbidden();
      const offset = decodeCursor(after);
      const nodes = OFFICER_REFS.slice(offset, offset + pageSize);
      const end = offset + nodes.length;
      return {
        inspectors: { nodes, pageInfo: { hasNextPage: end < OFFICER_REFS.length, endCursor: encodeCursor(end) } },
      };
    },
  };
}
