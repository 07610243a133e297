#!/usr/bin/env node
// `pnpm pack:web [--no-build] [--out DIR] [--keep N]`: builds the shell and the remotes, then writes the web
// deployable (default .deploy/web/): nginx serves it through deploy/web/entrypoint.sh. See deploy/web/README.md.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensurePnpm, printTimings, ROOT, run, step } from './lib/bootstrap.mjs';
import { fail, info } from './lib/log.mjs';
import { packWeb } from './lib/pack-web.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, '.deploy', 'web') },
    keep: { type: 'string', default: '5' },
  },
});
const keep = Number(values.keep);
if (!Number.isInteger(keep) || keep < 1) {
  fail(`--keep must be a whole number ≥ 1, not ${values.keep}`);
  process.exit(1);
}

try {
  if (!values['no-build']) {
    await ensurePnpm();
    await step('build the frontends (turbo run build)', async () => {
      const code = await run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=./frontends/*']);
      if (code !== 0) throw new Error(`build failed (exit ${code})`);
    });
  }
  const packed = await step('pack the web', () => packWeb({ out: resolve(values.out), keep }));
  for (const { domain, version, added } of packed.remotes) {
    info(`  remotes/${domain}/${version}/${added ? '' : ' (already there)'}`);
  }
  info(`${packed.out}: start it with WEB_PORT=8080 GATEWAY_URL=… AUTH_ISSUER=… ${packed.out}/entrypoint.sh`);
  printTimings();
} catch (error) {
  printTimings();
  fail(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
