/**
 * A bundle keeps each class's own name. MikroORM registers an entity, and type-graphql a type, under its class's
 * `name`; two bundled files declaring the same name made esbuild rename one (a kit's `Entity` decorator import beside
 * a service's own `Entity` class became `Entity2`), and the production subgraph refused to start.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/bundle.mjs';

describe('bundle', () => {
  it('keeps the names of classes that share a name across files', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'shian-bundle-names-'));
    writeFileSync(path.join(root, 'kit.ts'), 'export class Entity {}\nexport const kitName = Entity.name;\n');
    writeFileSync(
      path.join(root, 'main.ts'),
      [
        "import { Entity as Table, kitName } from './kit';",
        'class Entity extends Table {}',
        'console.log(JSON.stringify([Entity.name, kitName]));',
      ].join('\n'),
    );
    await bundle({ root, entries: { main: 'main.ts' } });
    const printed = execFileSync(process.execPath, [path.join(root, 'dist', 'main.js')], { encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual(['Entity', 'Entity']);
  });
});
