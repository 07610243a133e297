import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineDir, checkSchemas, collectOperations, readBaselines } from '@shian/schema-check';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose';

/**
 * The CI schema checks on this repository's own baselines and frontends: a subgraph change that removes a field a
 * frontend uses fails, naming the field and the operation, and passes once acknowledged (the operation still fails
 * validation until it is changed).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const baselines = readBaselines(baselineDir(repoRoot));
// Every subgraph as it is now (each service's generated schema.graphql): the remote's operations are written against
// these, and may use a subgraph or fields that no baseline has yet (a baseline is recorded when others rely on it).
const servicesDir = path.join(repoRoot, 'services');
const current = Object.fromEntries(
  readdirSync(servicesDir)
    .filter((name) => existsSync(path.join(servicesDir, name, 'schema.graphql')))
    .map((name) => [name, readFileSync(path.join(servicesDir, name, 'schema.graphql'), 'utf8')]),
) as Record<string, string>;
// The entities remote's operations: the others may need subgraphs that have no baseline (or do not exist) yet.
const operations = collectOperations(repoRoot).filter((op) => op.frontend === 'entities');

const compose = (sdls: Record<string, string>) =>
  composeSupergraph(Object.entries(sdls).map(([name, typeDefs]) => ({ name, url: `http://${name}.test`, typeDefs })));

/** The entities baseline without Entity.creditCode (the `type Entity` block's field, not EntityInput's). */
function withoutCreditCode(sdl: string): string {
  const start = sdl.indexOf('type Entity ');
  const end = sdl.indexOf('\n}', start);
  const block = sdl.slice(start, end).replace(/\n\s*creditCode: String!/, '');
  expect(block).not.toContain('creditCode');
  return sdl.slice(0, start) + block + sdl.slice(end);
}

function run(subgraphs: Record<string, string>, acknowledged: Parameters<typeof checkSchemas>[0]['acknowledged'] = []) {
  return checkSchemas({
    apiSdl: compose(subgraphs).apiSchemaSdl,
    subgraphs,
    baselines,
    composeApi: (sdls) => compose(sdls).apiSchemaSdl,
    operations,
    acknowledged,
    acknowledgedFile: 'services/gateway/schema-baseline/acknowledged-changes.json',
  });
}

// Each check composes the five domains twice and diffs them: 3-7 s on a loaded 2-core machine, past vitest's 5 s default.
describe('schema checks against the repository’s baselines', { timeout: 30_000 }, () => {
  it('has baselines for the published subgraphs and finds the frontends’ operations', () => {
    expect(Object.keys(baselines)).toEqual(expect.arrayContaining(['entities']));
    expect(operations.map((op) => op.label)).toContain('query EntityRegister');
  });

  it('passes when the subgraphs are their baselines, or what was added to them since', async () => {
    const result = await run({ ...current });
    expect(result.failures).toEqual([]);
    expect(result.report).toMatch(/^Schema check passed/);
  });

  it('fails when a field a frontend uses is removed, naming the field and the operations', async () => {
    const result = await run({ ...current, entities: withoutCreditCode(current.entities!) });
    expect(result.ok).toBe(false);
    const breaking = result.failures.find((f) => f.includes('FIELD_REMOVED Entity.creditCode'))!;
    expect(breaking).toContain("✗ Breaking change: Field 'creditCode' was removed from object type 'Entity'");
    expect(breaking).toContain('in subgraph entities, API schema');
    expect(breaking).toContain(
      'used by frontends/entities: query EntityRegister (frontends/entities/src/components/EntityRegister.tsx)',
    );
    expect(breaking).toContain('query EntityDetail');
    const invalid = result.failures.find((f) => f.includes('query EntityRegister') && f.includes('does not validate'));
    expect(invalid).toContain('Cannot query field "creditCode" on type "Entity"');
    expect(result.report).toContain('"change": "FIELD_REMOVED", "path": "Entity.creditCode"');
  });

  it('accepts an acknowledged breaking change, but not the operations it breaks', async () => {
    const result = await run({ ...current, entities: withoutCreditCode(current.entities!) }, [
      { change: 'FIELD_REMOVED', path: 'Entity.creditCode', reason: 'moved to Entity.registration (test)' },
    ]);
    expect(result.failures.some((f) => f.includes('Breaking change'))).toBe(false);
    expect(result.notes.join('\n')).toContain('Acknowledged breaking change');
    expect(result.failures.some((f) => f.includes('does not validate'))).toBe(true);
  });

  it('never counts an added field as breaking', async () => {
    const added = current.entities!.replace(
      'type Entity @key(fields: "id") {',
      'type Entity @key(fields: "id") {\n  nickname: String',
    );
    expect(added).not.toBe(current.entities);
    const result = await run({ ...current, entities: added });
    expect(result.ok).toBe(true);
  });
});
