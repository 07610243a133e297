import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Test ports are the defaults + 10000: gateway 14000, subgraphs 14001…, shell 15000, remotes 15001…, partner 15100.
 * SHIAN_TEST_PORT_OFFSET moves them all (two runs on one machine).
 */
export const TEST_PORT_OFFSET = Number(process.env.SHIAN_TEST_PORT_OFFSET || 10_000);

/** A port for a test's own extra process: `testPort(4050)` is 14050 with the default offset. */
export const testPort = (base: number) => base + TEST_PORT_OFFSET;

/** Every process's output, one file each (kept after the run: test-results/ is ignored by git). */
export const LOG_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'logs');

/** What the global setup hands to the tests. */
export interface PlatformInfo {
  /** e.g. http://127.0.0.1:14000 (no trailing slash) */
  gatewayUrl: string;
  shellUrl: string;
  dataDir: string;
  /** The port variables every process was started with. */
  env: Record<string, string>;
  /** Names of the processes that run (subgraphs by domain name, `gateway`, `shell`, `<domain>-ui`, …). */
  started: string[];
  domains: string[];
}

/**
 * The environment the platform's processes get on top of ours: vitest's own variables removed, so that the
 * servers behave (and log) as under `npm start` rather than as if they were a unit test.
 */
export function platformProcessEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    LOG_LEVEL: process.env.LOG_LEVEL || 'info',
    // The whole suite signs in and queries as a few users from one address, faster than any person: far above the
    // production defaults, still finite. The rate-limit test starts a gateway of its own with low limits.
    RATE_LIMIT_USER_PER_MIN: '100000',
    RATE_LIMIT_IP_PER_MIN: '100000',
    // The shared gateway sends no reminders: a channel one test creates must not hear from a gateway another test
    // uses. test/gateway/reminders.test.ts starts its own replicas with REMINDERS=on.
    REMINDERS: 'off',
  };
  for (const key of Object.keys(process.env)) if (key.startsWith('VITEST')) env[key] = undefined;
  if (process.env.NODE_ENV === 'test') env.NODE_ENV = undefined;
  return env;
}
