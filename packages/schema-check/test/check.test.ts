import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSchemas, collectOperations, readAcknowledged } from '../src';
import { affects, coordinatesOf } from '../src/usage';

const V1 = `
type Query { entity(id: ID!): Entity  entities(filter: Filter, first: Int): [Entity!]! }
type Entity { id: ID! name: String! phone: String kind: Kind! }
enum Kind { SHOP FARM }
input Filter { kind: Kind  search: String }
type Mutation { save(input: SaveInput!): Entity }
input SaveInput { name: String! kind: Kind }
`;
const schema = buildSchema(V1);

describe('coordinatesOf / affects', () => {
  const op = parse(`query Shops($input: SaveInput!) {
    entities(filter: { kind: SHOP }) { ...Row }
    other: entity(id: "1") { phone }
  }
  fragment Row on Entity { id name }
  mutation Save($input: SaveInput!) { save(input: $input) { id } }`);
  const used = coordinatesOf(schema, op);

  it('collects fields, arguments, input fields, enum literals and variables’ input types', () => {
    for (const c of [
      'Query.entities',
      'Query.entities.filter',
      'Filter.kind',
      'Kind.SHOP',
      'Entity.name',
      'Entity.phone',
      'SaveInput.name',
      'SaveInput',
    ]) {
      expect(used, c).toContain(c);
    }
    expect(used).not.toContain('Filter.search');
  });

  it('matches changes to what the operation uses, and only that', () => {
    expect(affects({ type: 'FIELD_REMOVED', path: 'Entity.phone' }, used)).toBe(true);
    expect(affects({ type: 'FIELD_REMOVED', path: 'Entity.kind' }, used)).toBe(false);
    expect(affects({ type: 'FIELD_ARGUMENT_REMOVED', path: 'Query.entities.first' }, used)).toBe(false);
    expect(affects({ type: 'FIELD_ARGUMENT_ADDED', path: 'Query.entities.year' }, used)).toBe(true);
    expect(affects({ type: 'ENUM_VALUE_REMOVED', path: 'Kind.FARM' }, used)).toBe(true);
    expect(affects({ type: 'INPUT_FIELD_ADDED', path: 'SaveInput.code' }, used)).toBe(true);
    expect(affects({ type: 'TYPE_REMOVED', path: 'Filter' }, used)).toBe(true);
  });
});

describe('collectOperations and checkSchemas', () => {
  const repo = mkdtempSync(join(tmpdir(), 'schema-check-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const src = join(repo, 'frontends', 'demo', 'src');
  mkdirSync(join(src, 'gql'), { recursive: true });
  writeFileSync(
    join(src, 'Page.tsx'),
    'import { graphql } from \'./gql\';\nexport const Q = graphql(`\n  query EntityPhone {\n    entity(id: "1") {\n      ...Contact\n    }\n  }\n`);\n',
  );
  writeFileSync(join(src, 'fragments.graphql'), 'fragment Contact on Entity { id phone }\n');
  writeFileSync(
    join(src, 'gql', 'graphql.ts'),
    'export const ignored = graphql(`query Generated { entity(id: "1") { id } }`);\n',
  );
  const operations = collectOperations(repo);
  const run = (subgraph: string, acknowledged = [] as Parameters<typeof checkSchemas>[0]['acknowledged']) =>
    checkSchemas({
      apiSdl: subgraph,
      subgraphs: { demo: subgraph },
      baselines: { demo: V1 },
      composeApi: (sdls) => sdls.demo!,
      operations,
      acknowledged,
      acknowledgedFile: 'acknowledged-changes.json',
    });

  it('finds operations in code and their fragments in other files, but not codegen’s output', () => {
    expect(operations.map((op) => [op.frontend, op.label, op.file])).toEqual([
      ['demo', 'query EntityPhone', 'frontends/demo/src/Page.tsx'],
    ]);
    expect(operations[0]!.document.definitions).toHaveLength(2);
  });

  it('names the operation that a removed field breaks, in the subgraph and the API schema', async () => {
    const result = await run(V1.replace(' phone: String', ''));
    expect(result.ok).toBe(false);
    expect(result.failures[0]).toContain(
      "Field 'phone' was removed from object type 'Entity' [FIELD_REMOVED Entity.phone] in subgraph demo, API schema",
    );
    expect(result.failures[0]).toContain('used by frontends/demo: query EntityPhone (frontends/demo/src/Page.tsx)');
    expect(result.failures[1]).toContain('Cannot query field "phone" on type "Entity"');
  });

  it('passes additions, and notes dangerous changes', async () => {
    const result = await run(
      V1.replace('enum Kind { SHOP FARM }', 'enum Kind { SHOP FARM MARKET }').replace(
        'id: ID! name',
        'id: ID! code: String name',
      ),
    );
    expect(result.ok).toBe(true);
    expect(result.notes.join('\n')).toContain('ENUM_VALUE_ADDED');
  });

  it('accepts an acknowledged change in the schemas it names', async () => {
    const removed = V1.replace(' phone: String', '');
    const ack = { change: 'FIELD_REMOVED', path: 'Entity.phone', reason: 'nobody calls it any more' };
    expect((await run(removed, [ack])).failures.filter((f) => f.includes('Breaking'))).toEqual([]);
    const onlyApi = await run(removed, [{ ...ack, schemas: ['api'] }]);
    expect(onlyApi.failures.some((f) => f.includes('Breaking'))).toBe(true);
  });

  it('gives every frontend the shared kit’s fragments, and checks the kit’s own operations under the kit', async () => {
    const withKit = mkdtempSync(join(tmpdir(), 'schema-check-kit-'));
    const kit = join(withKit, 'packages', 'remote-kit', 'src');
    const page = join(withKit, 'frontends', 'demo', 'src');
    mkdirSync(kit, { recursive: true });
    mkdirSync(page, { recursive: true });
    writeFileSync(join(kit, 'fragments.ts'), 'graphql(`fragment Contact on Entity { id phone }`);\n');
    writeFileSync(join(kit, 'Picker.tsx'), 'graphql(`query Names { entity(id: "1") { id name } }`);\n');
    writeFileSync(join(page, 'Page.tsx'), 'graphql(`query EntityPhone { entity(id: "1") { ...Contact } }`);\n');
    const found = collectOperations(withKit);
    expect(found.map((op) => [op.folder, op.label, op.document.definitions.length])).toEqual([
      ['frontends/demo', 'query EntityPhone', 2],
      ['packages/remote-kit', 'query Names', 1],
    ]);
    const result = await checkSchemas({
      apiSdl: V1.replace(' phone: String', ''),
      subgraphs: { demo: V1 },
      baselines: { demo: V1 },
      composeApi: (sdls) => sdls.demo!.replace(' phone: String', ''),
      operations: found,
      acknowledged: [],
      acknowledgedFile: 'acknowledged-changes.json',
    });
    expect(result.failures.join('\n')).toContain('✗ frontends/demo: query EntityPhone');
    rmSync(withKit, { recursive: true, force: true });
  });

  it('reports a document that does not parse, or skips it when asked to collect problems', () => {
    const broken = mkdtempSync(join(tmpdir(), 'schema-check-broken-'));
    mkdirSync(join(broken, 'frontends', 'wip', 'src'), { recursive: true });
    writeFileSync(join(broken, 'frontends', 'wip', 'src', 'Page.tsx'), 'graphql(`query Half { entity(id: "1") {`);\n');
    expect(() => collectOperations(broken)).toThrow(/frontends\/wip\/src\/Page.tsx: a GraphQL document does not parse/);
    const problems: string[] = [];
    expect(collectOperations(broken, problems)).toEqual([]);
    expect(problems).toHaveLength(1);
    rmSync(broken, { recursive: true, force: true });
  });

  it('refuses acknowledgements without a reason', () => {
    const dir = join(repo, 'baseline');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'acknowledged-changes.json'),
      JSON.stringify([{ change: 'FIELD_REMOVED', path: 'A.b', reason: '' }]),
    );
    expect(() => readAcknowledged(dir)).toThrow(/reason/);
  });
});
