#!/usr/bin/env node
// Runs the kit's CLI under swc, which keeps the decorator metadata that type-graphql and MikroORM read.
// The hook is resolved from the kit itself, so services need no copy of it. (swc's own `esm-register` entry
// resolves the hook from the working directory, where a service has no @swc-node/register: hence our own.)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const hook = import.meta.resolve('@swc-node/register/esm');
const register = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(hook)});`,
)}`;
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
// `dev` restarts on any change to a module the subgraph loaded (its own source, the kit, the shared packages).
const watch = process.argv[2] === 'dev' ? ['--watch'] : [];
const child = spawn(
  process.execPath,
  [...watch, '--enable-source-maps', '--import', register, cli, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
