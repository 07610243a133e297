#!/usr/bin/env node
// Runs the kit's CLI under swc, which keeps the decorator metadata that type-graphql and MikroORM read.
// The register hook is resolved from the kit itself, so services need no copy of it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const register = import.meta.resolve('@swc-node/register/esm-register');
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const child = spawn(process.execPath, ['--enable-source-maps', '--import', register, cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
