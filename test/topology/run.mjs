// pnpm topology: runs topology.test.ts under vitest, and whatever happens to that run (a failure, Ctrl-C, a killed
// worker) removes what it created afterwards. The test cleans up after itself too, but vitest stops its worker on
// Ctrl-C without running afterAll, and the namespaces' processes live in process groups of their own.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup } from './network.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const child = spawn('pnpm', ['exec', 'vitest', 'run', '--config', join(here, 'vitest.config.ts')], {
  cwd: join(here, '..'),
  stdio: 'inherit',
});
// Ctrl-C reaches vitest through the terminal's process group; this process waits for it to end, then cleans up.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  const removed = cleanup({ databases: true });
  if (removed.length > 0) console.log(`topology: removed ${removed.join(', ')}`);
  process.exit(code ?? (signal ? 1 : 0));
});
