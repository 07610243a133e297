import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invalidLabel, invalidName, nameForms } from '../src/names.mjs';
import { addDomain, addGatewayDependency, nextPorts, readDomains } from '../src/registry.mjs';
import { fill, migrationTimestamp, renderTemplate } from '../src/render.mjs';

const DOMAINS_TS = `export interface DomainDefinition { name: string }

export const DOMAINS: DomainDefinition[] = [
  { name: 'entities', label: '主体与属地', subgraphPort: 4001, remotePort: 5001 },
  { name: 'training', label: '培训考核', subgraphPort: 4004, remotePort: 5004 },
];

export const PLANNED_DOMAINS: ReadonlyArray<Pick<DomainDefinition, 'name' | 'label'>> = [
  { name: 'entities', label: '主体与属地' },
  { name: 'sampling', label: '抽检监测' },
  { name: 'enforcement', label: '执法办案' },
  { name: 'training', label: '培训考核' },
  { name: 'publicity', label: '宣传与舆情' },
];

export const GATEWAY_PORT = 4000;
`;

describe('names', () => {
  it('accepts hyphenated lower-case names and refuses the rest', () => {
    expect(invalidName('inspections-demo')).toBeNull();
    expect(invalidName('Inspections')).toMatch(/lower-case/);
    expect(invalidName('a--b')).toMatch(/single hyphens/);
    expect(invalidName('shell')).toMatch(/reserved/);
    expect(invalidName('a'.repeat(31))).toMatch(/too long/);
    expect(invalidLabel('日常检查')).toBeNull();
    expect(invalidLabel("日常'检查")).toMatch(/quotes/);
  });

  it('derives every form the templates use', () => {
    expect(nameForms('inspections-demo', '日常检查')).toEqual({
      name: 'inspections-demo',
      Name: 'InspectionsDemo',
      nameCamel: 'inspectionsDemo',
      name_snake: 'inspections_demo',
      NAME: 'INSPECTIONS_DEMO',
      nameWords: 'Inspections demo',
      label: '日常检查',
    });
  });
});

describe('registering a domain', () => {
  it('takes the next ports after every deployed and planned domain', () => {
    expect(nextPorts(DOMAINS_TS)).toEqual({ subgraphPort: 4006, remotePort: 5006 });
    const more = addDomain(DOMAINS_TS, { name: 'x', label: 'X', subgraphPort: 4006, remotePort: 5006 });
    expect(nextPorts(more)).toEqual({ subgraphPort: 4007, remotePort: 5007 });
  });

  it('appends an entry that the launcher and the platform read like the others', () => {
    const source = addDomain(DOMAINS_TS, {
      name: 'inspections-demo',
      label: '日常检查',
      subgraphPort: 4006,
      remotePort: 5006,
    });
    expect(readDomains(source).domains.at(-1)).toEqual({
      name: 'inspections-demo',
      label: '日常检查',
      subgraphPort: 4006,
      remotePort: 5006,
    });
    expect(source).toContain(
      "  { name: 'training', label: '培训考核', subgraphPort: 4004, remotePort: 5004 },\n  { name: 'inspections-demo'",
    );
    expect(source.endsWith('export const GATEWAY_PORT = 4000;\n')).toBe(true);
    expect(readDomains(source).planned).toHaveLength(5);
    expect(() => addDomain(source, { name: 'inspections-demo', label: 'x', subgraphPort: 1, remotePort: 2 })).toThrow(
      /already in DOMAINS/,
    );
  });

  it('adds the service to the gateway’s devDependencies, sorted', () => {
    const text = JSON.stringify({
      name: '@shian/gateway',
      devDependencies: { typescript: '5.9.3', '@shian/service-entities': 'workspace:*' },
    });
    const pkg = JSON.parse(addGatewayDependency(text, '@shian/service-inspections-demo'));
    expect(Object.keys(pkg.devDependencies)).toEqual([
      '@shian/service-entities',
      '@shian/service-inspections-demo',
      'typescript',
    ]);
  });
});

describe('templates', () => {
  const out = mkdtempSync(join(tmpdir(), 'shian-generator-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const values = {
    ...nameForms('inspections-demo', '日常检查'),
    subgraphPort: 4006,
    remotePort: 5006,
    timestamp: '20250101000000',
  };

  it('fills placeholders in names and text, and refuses unknown values', () => {
    expect(fill('create__Name__Record __NAME___PORT shian___name_snake__ __typename', values)).toBe(
      'createInspectionsDemoRecord INSPECTIONS_DEMO_PORT shian_inspections_demo __typename',
    );
    expect(() => fill('__label__', {})).toThrow(/__label__/);
    expect(migrationTimestamp(new Date('2025-03-04T05:06:07Z'))).toBe('20250304050607');
  });

  it('renders a service and a remote with no placeholder left', () => {
    const templates = join(import.meta.dirname, '..', 'templates');
    const service = renderTemplate(join(templates, 'service'), join(out, 'service'), values);
    const frontend = renderTemplate(join(templates, 'frontend'), join(out, 'frontend'), values);
    expect(service).toEqual(
      expect.arrayContaining([
        'package.json',
        'src/subgraph.ts',
        'src/schema.ts',
        'src/main.ts',
        'src/entities/InspectionsDemoRecord.ts',
        'src/resolvers/InspectionsDemoRecord.ts',
        'migrations/sqlite/Migration20250101000000.ts',
        'migrations/postgresql/Migration20250101000000.ts',
        'seeds/seed.ts',
        'test/subgraph.test.ts',
        'test/migrations.test.ts',
        'README.md',
      ]),
    );
    expect(frontend).toEqual(
      expect.arrayContaining([
        'package.json',
        'index.html',
        'vite.config.ts',
        'vitest.config.ts',
        'src/App.tsx',
        'src/pages/RecordsPage.tsx',
        'test/records.test.tsx',
        'test/messages.test.ts',
        'src/messages/en.json',
      ]),
    );
    for (const [dir, files] of [
      ['service', service],
      ['frontend', frontend],
    ] as const) {
      for (const file of files) {
        const text = readFileSync(join(out, dir, file), 'utf8');
        expect(text.replace(/__typename|__resolveReference/g, ''), `${dir}/${file}`).not.toMatch(/__[A-Za-z_]+__/);
      }
    }
    const pkg = JSON.parse(readFileSync(join(out, 'service/package.json'), 'utf8'));
    expect(pkg.name).toBe('@shian/service-inspections-demo');
    expect(pkg.scripts['build:production']).toBe('shian-build --subgraph');
    expect(pkg.devDependencies['@shian/build']).toBe('workspace:*');
    // The server's entry and definition must not reach the demo data; only schema.ts adds it.
    for (const file of ['src/main.ts', 'src/subgraph.ts'])
      expect(readFileSync(join(out, 'service', file), 'utf8'), file).not.toMatch(/seeds|\.\/schema'/);
    expect(readFileSync(join(out, 'service/src/subgraph.ts'), 'utf8')).toContain('root: serviceRoot(import.meta.url)');
    expect(readFileSync(join(out, 'service/src/schema.ts'), 'utf8')).toContain(
      "import { seedDemoData } from '../seeds/seed'",
    );
    expect(readFileSync(join(out, 'frontend/vite.config.ts'), 'utf8')).toContain("domain: 'inspections-demo'");
    // The page's document and the test config are frontend-config's: the remote keeps only what is its own.
    expect(readFileSync(join(out, 'frontend/index.html'), 'utf8')).not.toMatch(/<(html|head|title)[\s>]/);
    expect(readFileSync(join(out, 'frontend/vitest.config.ts'), 'utf8')).toContain(
      'export default frontendVitestConfig();',
    );
    expect(readFileSync(join(out, 'service/migrations/postgresql/Migration20250101000000.ts'), 'utf8')).toContain(
      'create table "inspections_demo_record"',
    );
  });
});
