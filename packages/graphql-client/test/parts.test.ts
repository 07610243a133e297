import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { domainLabel, errorMessage, failedDomains, isPartial, partErrors } from '../src';

const down = (serviceName: string, path: (string | number)[]) =>
  new GraphQLError(`子图 ${serviceName} 不可用`, {
    path,
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
  });

describe('partial answers', () => {
  const error = new CombinedError({
    graphQLErrors: [
      down('entities', ['samples', 'nodes', 0, 'entity']),
      down('entities', ['samples', 'nodes', 1, 'entity']),
      down('training', ['workReports', 0, 'training']),
    ],
  });

  it('names each failed subgraph once, optionally below a path', () => {
    expect(failedDomains(error)).toEqual(['entities', 'training']);
    expect(failedDomains(error, ['samples'])).toEqual(['entities']);
    expect(failedDomains(error, ['workReports', '*', 'training'])).toEqual(['training']);
    expect(partErrors(error)[0]).toMatchObject({ serviceName: 'entities', code: 'SUBGRAPH_UNAVAILABLE' });
    expect(isPartial({ samples: {} }, error)).toBe(true);
    expect(isPartial(undefined, error)).toBe(false);
  });

  it('reads the subgraph from the message when the error carries no serviceName', () => {
    const bare = new CombinedError({ graphQLErrors: [new GraphQLError('子图 sampling 暂不可用')] });
    expect(failedDomains(bare)).toEqual(['sampling']);
  });

  it('says which domain is unavailable, in the navigation’s words', () => {
    expect(domainLabel('sampling')).toBe('抽检监测');
    expect(domainLabel('risk')).toBe('风险与应急');
    expect(domainLabel('unknown-domain')).toBe('unknown-domain');
    expect(errorMessage(error)).toBe('主体与属地暂不可用,请稍后重试');
  });
});
