import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recomposeOnSchemaChange } from '../../scripts/lib/dev.mjs';
import { platformPlan } from '../../scripts/lib/platform.mjs';

describe('pnpm dev', () => {
  it('runs every server by its dev script (watch mode), and npm start by start', () => {
    const dev = platformPlan({ dev: true });
    const byName = Object.fromEntries(dev.processes.map((p) => [p.name, p.script]));
    for (const p of dev.processes) expect(p.script, p.name).toBe('dev');
    expect(byName.gateway).toBe('dev');
    expect(platformPlan().processes.every((p) => p.script === 'start')).toBe(true);
  });

  describe('recomposes the supergraph when a subgraph rewrites its schema', () => {
    let root: string;
    let stop: (() => void) | undefined;
    afterEach(() => {
      stop?.();
      rmSync(root, { recursive: true, force: true });
    });

    it('composes once per burst of schema changes, and not for other files', async () => {
      root = mkdtempSync(join(tmpdir(), 'shian-dev-'));
      for (const name of ['alpha', 'beta']) mkdirSync(join(root, 'services', name), { recursive: true });
      let compositions = 0;
      stop = recomposeOnSchemaChange({ domains: [{ name: 'alpha' }, { name: 'beta' }] }, root, async () => {
        compositions += 1;
      });
      writeFileSync(join(root, 'services/alpha/notes.txt'), 'not a schema');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(compositions).toBe(0);

      writeFileSync(join(root, 'services/alpha/schema.graphql'), 'type Query { a: Int }\n');
      writeFileSync(join(root, 'services/beta/schema.graphql'), 'type Query { b: Int }\n');
      await expect.poll(() => compositions, { timeout: 5000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(compositions).toBe(1);
    });
  });
});
