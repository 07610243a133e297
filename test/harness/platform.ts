import { afterAll, beforeAll, inject } from 'vitest';
import { envName, platformPlan, startProcess, waitForHttp } from '../../scripts/lib/platform.mjs';
import { LOG_DIR, type PlatformInfo, platformProcessEnv, TEST_PORT_OFFSET } from './constants';
import { tokenFor } from './graphql';

declare module 'vitest' {
  interface ProvidedContext {
    platform: PlatformInfo;
  }
}

export const platform = (): PlatformInfo => inject('platform');

type Kind = 'subgraph' | 'gateway' | 'remote' | 'shell';

const portVariable = (kind: Kind, name: string) =>
  kind === 'gateway'
    ? 'GATEWAY_PORT'
    : kind === 'shell'
      ? 'SHELL_PORT'
      : envName(name, kind === 'subgraph' ? 'PORT' : 'REMOTE_PORT');

/**
 * Starts one more copy of a platform process beside the shared platform, on its own port and with extra
 * environment: for tests that break something (a subgraph stopped, a remote unreachable) without breaking the
 * platform the other tests use. It shares the platform's data (DATA_DIR or DATABASE_URL), so a subgraph copy finds
 * its database migrated and seeded. `name` is the domain for subgraphs and remotes.
 */
export function startExtra(kind: Kind, name: string, port: number, env: Record<string, string> = {}) {
  const info = platform();
  const spec = platformPlan({ portOffset: TEST_PORT_OFFSET, dataDir: info.dataDir }).processes.find(
    (p) => p.kind === kind && (kind === 'gateway' || kind === 'shell' || p.name.replace(/-ui$/, '') === name),
  );
  if (!spec) throw new Error(`the platform has no ${kind} "${name}" to copy`);
  const health = new URL(spec.health);
  health.port = String(port);
  const copy = { ...spec, name: `${spec.name}-extra-${port}`, port, health: health.toString() };
  const running = startProcess(copy, {
    env: {
      ...platformProcessEnv(),
      ...info.env,
      DATA_DIR: info.dataDir,
      [portVariable(kind, name)]: String(port),
      ...env,
    },
    logDir: LOG_DIR,
  });
  return {
    ...running,
    url: `http://127.0.0.1:${port}`,
    ready: (timeoutMs = 60_000) => waitForHttp(copy.health, { timeoutMs, running: running.running, name: copy.name }),
  };
}

/**
 * For a describe block: a gateway of the test's own whose `domain` subgraph (also the test's own) is stopped once
 * both are up and `as` has a token, so that the shared platform keeps every subgraph. `gateway` stays undefined
 * where the platform does not run that domain (the test then has nothing to check).
 */
export function gatewayWithStoppedSubgraph(
  domain: string,
  ports: { gateway: number; subgraph: number },
  as = 'officer',
) {
  const state: { gateway?: ReturnType<typeof startExtra>; subgraph?: ReturnType<typeof startExtra>; token: string } = {
    token: '',
  };
  beforeAll(async () => {
    if (!platform().domains.includes(domain)) return;
    state.subgraph = startExtra('subgraph', domain, ports.subgraph);
    state.gateway = startExtra('gateway', 'gateway', ports.gateway, {
      [envName(domain, 'PORT')]: String(ports.subgraph),
    });
    await Promise.all([state.subgraph.ready(), state.gateway.ready()]);
    state.token = await tokenFor(as, state.gateway.url);
    await state.subgraph.stop();
  });
  afterAll(async () => {
    await Promise.all([state.gateway?.stop(), state.subgraph?.stop()]);
  });
  return state;
}
