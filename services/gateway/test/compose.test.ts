import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompositionFailed, composeSupergraph, loadDomainSubgraphs } from '../src';
import { ALPHA_SDL, BETA_SDL } from './fixtures';

describe('composeSupergraph', () => {
  it('composes subgraphs into a supergraph and an API schema', () => {
    const result = composeSupergraph([
      { name: 'alpha', url: 'http://localhost:4101/graphql', typeDefs: ALPHA_SDL },
      { name: 'beta', url: 'http://localhost:4102/graphql', typeDefs: BETA_SDL },
    ]);
    expect(result.supergraphSdl).toContain('join__Graph');
    expect(result.supergraphSdl).toContain('http://localhost:4102/graphql');
    expect(result.apiSchemaSdl).toMatch(
      /type Thing \{\s+id: ID!\s+name: String!\s+parent: Thing\s+siblings\(first: Int\): \[Thing!\]!\s+score: Int\s+\}/,
    );
    expect(result.apiSchemaSdl).not.toContain('join__');
  });

  it("surfaces the composer's messages", () => {
    const conflicting = BETA_SDL.replace('score: Int', 'name: Int');
    let failure: unknown;
    try {
      composeSupergraph([
        { name: 'alpha', url: 'http://a/graphql', typeDefs: ALPHA_SDL },
        { name: 'beta', url: 'http://b/graphql', typeDefs: conflicting },
      ]);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(CompositionFailed);
    const { messages } = failure as CompositionFailed;
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(/Thing\.name/);
    expect((failure as Error).message).toContain(messages[0]);
  });

  it('names a schema.graphql that is missing and how to produce it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'shian-compose-'));
    expect(() =>
      loadDomainSubgraphs(root, [{ name: 'sampling', label: '抽检监测', subgraphPort: 4002, remotePort: 5002 }]),
    ).toThrow(
      /services\/sampling\/schema\.graphql is missing: produce it with `pnpm --filter @shian\/service-sampling build`/,
    );
  });
});
