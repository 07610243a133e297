import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { busyPorts, platformPlan, startPlatform } from '../../scripts/lib/platform.mjs';
import { LOG_DIR, type PlatformInfo, platformProcessEnv, TEST_PORT_OFFSET } from './constants';

/**
 * Starts the real platform once for the whole run, the way `npm start` does, but on the test ports and with fresh
 * databases in a temporary DATA_DIR (each subgraph's own `start` migrates and seeds them). With DATABASE_URL set,
 * the subgraphs use PostgreSQL instead. Expects a built workspace (`npm test` builds first).
 *
 * SHIAN_TEST_BACKEND_ONLY=1 starts only the subgraphs and the gateway (the PostgreSQL run of .ci/run).
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'shian-test-'));
  rmSync(LOG_DIR, { recursive: true, force: true });
  const backendOnly = process.env.SHIAN_TEST_BACKEND_ONLY === '1';
  const plan = platformPlan({
    portOffset: TEST_PORT_OFFSET,
    dataDir,
    kinds: backendOnly ? ['subgraph', 'gateway'] : undefined,
  });
  if (plan.skipped.length > 0) console.warn(`[harness] not started: ${plan.skipped.join('; ')}`);
  const busy = await busyPorts(plan);
  if (busy.length > 0) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(
      `test ports already in use: ${busy.map((p) => `${p.port} (${p.name})`).join(', ')}. ` +
        'Another run, or a server left behind? Set SHIAN_TEST_PORT_OFFSET (default 10000) to use other ports.',
    );
  }

  const started = Date.now();
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  try {
    platform = await startPlatform(plan, { env: platformProcessEnv(), logDir: LOG_DIR, timeoutMs: 180_000 });
  } catch (error) {
    printLogTails();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  console.log(
    `[harness] platform up in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${plan.processes.map((p) => `${p.name}:${p.port}`).join(' ')} (logs in ${LOG_DIR})`,
  );

  const info: PlatformInfo = {
    gatewayUrl: plan.gatewayUrl.replace('localhost', '127.0.0.1'),
    shellUrl: plan.shellUrl.replace('localhost', '127.0.0.1'),
    dataDir,
    env: plan.env,
    started: plan.processes.map((p) => p.name),
    domains: plan.domains.map((d) => d.name),
  };
  project.provide('platform', info);

  return async () => {
    await platform.stop();
    if (process.env.SHIAN_TEST_KEEP_DATA !== '1') rmSync(dataDir, { recursive: true, force: true });
  };
}

function printLogTails() {
  if (!existsSync(LOG_DIR)) return;
  for (const file of readdirSync(LOG_DIR)) {
    const lines = readFileSync(join(LOG_DIR, file), 'utf8').trimEnd().split('\n').slice(-25);
    console.error(`\n── ${file} (last ${lines.length} lines) ──\n${lines.join('\n')}`);
  }
}
