#!/usr/bin/env node
// `npm start`: install what is missing, build, start the whole platform (the subgraphs migrate and seed their own
// databases on first run), print the URLs and the demo logins, and stop everything on Ctrl-C.
// `pnpm dev` (`--dev`): the same platform in watch mode (README, "Development").
import { build, ensureInstall, ensurePnpm, printTimings, ROOT, step } from './lib/bootstrap.mjs';
import { recomposeOnSchemaChange } from './lib/dev.mjs';
import { colours, fail, info, warn } from './lib/log.mjs';
import { busyPorts, describeUrls, platformPlan, readDemoUsers, startPlatform } from './lib/platform.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Shian needs Node.js ≥ 20.19 (this is ${process.versions.node})`);
  process.exit(1);
}

const dev = process.argv.includes('--dev');
let platform;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (platform) {
    info('stopping…');
    await platform.stop();
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await ensurePnpm();
  await ensureInstall();
  const plan = platformPlan({ dev });
  for (const skipped of plan.skipped) warn(`not started: ${skipped}`);
  // Only what runs, and what it depends on: a package in the middle of being written elsewhere does not stop `start`.
  // In watch mode vite serves the frontends from source (their typed operations are committed): only the API is built.
  const built = dev ? ['@shian/gateway'] : plan.processes.map((p) => p.packageName);
  await build(['--output-logs=errors-only', ...built.map((name) => `--filter=${name}...`)]);
  const busy = await busyPorts(plan);
  if (busy.length > 0) {
    throw new Error(
      `ports already in use: ${busy.map((p) => `${p.port} (${p.name})`).join(', ')}. ` +
        'Is Shian already running? Stop it, or set the ports in the environment (e.g. GATEWAY_PORT=4100).',
    );
  }

  // The gateway reads the supergraph file again every second, so that a recomposed one is served at once.
  const env = dev ? { SUPERGRAPH_POLL_MS: process.env.SUPERGRAPH_POLL_MS || '1000' } : {};
  platform = await step(`start ${plan.processes.length} processes`, () => startPlatform(plan, { env }));
  if (dev) recomposeOnSchemaChange(plan, ROOT);
  printTimings();
  printBanner(plan);

  for (const p of platform.running) {
    p.exited.then((code) => {
      if (!stopping) warn(`${p.spec.name} exited (code ${code}); the rest keeps running. Ctrl-C stops everything.`);
    });
  }
} catch (error) {
  printTimings();
  fail(error instanceof Error ? error.message : String(error));
  await shutdown(1);
}

function printBanner(plan) {
  const { password, users } = readDemoUsers();
  const width = Math.max(...users.map((u) => u.username.length));
  const logins = users
    .map((u) => `  ${colours.bold(u.username.padEnd(width))}  ${password}   ${u.name} (${u.roleLabel})`)
    .join('\n');
  console.log(`
${colours.bold(colours.green('Shian (食安) is running'))}

  ${colours.bold('open')}     ${colours.cyan(`${plan.shellUrl}/`)}
  ${colours.bold('GraphQL')}  ${colours.cyan(`${plan.gatewayUrl}/graphql`)}   health: ${plan.gatewayUrl}/health

${colours.bold('processes')}
${describeUrls(plan)}

${colours.bold('demo logins')} (username / password, on the sign-in page of the development OpenID provider)
${logins}

Data lives in ${plan.dataDir ?? process.env.DATA_DIR ?? 'data/'}${process.env.DATABASE_URL ? ' (PostgreSQL: DATABASE_URL)' : ''}. Ctrl-C stops everything.
`);
}
