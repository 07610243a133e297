import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { frontendCodegenConfig } from '../src/codegen';

const SCHEMA = `
  enum RiskGrade {
    """B级""" B
    """A级""" A
  }
  type Entity { id: ID! name: String! riskGrade: RiskGrade }
  type Query { entity(id: ID!): Entity }
`;

function frontend(operation: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shian-codegen-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'schema.graphql'), SCHEMA);
  writeFileSync(
    join(dir, 'src', 'page.ts'),
    `import { graphql } from './gql';\nexport const Q = graphql(\`${operation}\`);\n`,
  );
  return dir;
}

describe('frontendCodegenConfig', () => {
  it('points every frontend at the gateway API schema by default', () => {
    const config = frontendCodegenConfig('/repo/frontends/x');
    expect(String(config.schema)).toMatch(/services\/gateway\/api-schema\.graphql$/);
    expect(Object.keys(config.generates)).toEqual([
      '/repo/frontends/x/src/gql/',
      '/repo/frontends/x/src/gql/labels.ts',
    ]);
  });

  it('generates typed documents into src/gql', async () => {
    const dir = frontend('query EntityName($id: ID!) { entity(id: $id) { id name riskGrade } }');
    await generate(frontendCodegenConfig(dir, { schema: join(dir, 'schema.graphql') }), true);
    const types = readFileSync(join(dir, 'src', 'gql', 'graphql.ts'), 'utf8');
    expect(types).toContain('EntityNameQuery');
    expect(types).toMatch(/RiskGrade/);
    // The gateway's trusted operations: every operation by its sha256, as codegen printed it.
    const persisted = JSON.parse(readFileSync(join(dir, 'src', 'gql', 'persisted-documents.json'), 'utf8'));
    const [[hash, document]] = Object.entries(persisted) as [[string, string]];
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(document).toContain('query EntityName');
    expect(types).toContain(hash);
    // The labels of the enums the operations use, in the schema's order (codegen's own schema is sorted by name).
    const labels = readFileSync(join(dir, 'src', 'gql', 'labels.ts'), 'utf8');
    expect(labels).toContain(
      'export const RiskGradeLabels: Readonly<Record<RiskGrade, string>> = {\n  B: "B级",\n  A: "A级",\n};',
    );
  }, 30_000);

  it('fails when an operation asks for a field the schema does not have', async () => {
    const dir = frontend('query Broken($id: ID!) { entity(id: $id) { id licenceCount } }');
    await expect(generate(frontendCodegenConfig(dir, { schema: join(dir, 'schema.graphql') }), true)).rejects.toThrow(
      /licenceCount/,
    );
  }, 30_000);
});
