import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Backend, ensureDebianPackage, loadBalancerConfig, postgresForwardConfig, serverStats } from './haproxy';
import {
  cleanup,
  createBridge,
  createHost,
  DATABASE,
  dropDatabases,
  type Host,
  host,
  ROOT_ADDRESS,
  ROOT_PID_FILE,
  RUN_DIR,
} from './network.mjs';
import {
  type Artifact,
  command,
  DEPLOY_DIR,
  entryKind,
  LOG_DIR,
  runIn,
  type Started,
  startIn,
  waitFor200,
} from './processes';

/** Every host of the topology, one namespace each. */
export const HOSTS = {
  lb: host('lb', 10),
  gw1: host('gw1', 21),
  gw2: host('gw2', 22),
  ent1: host('ent1', 31),
  ent2: host('ent2', 32),
  sampling: host('smp', 41),
  enforcement: host('enf', 42),
  training: host('trn', 43),
  publicity: host('pub', 44),
  web: host('web', 50),
};

const DOMAIN_PORTS: Record<Exclude<Artifact, 'gateway'>, number> = {
  entities: 4001,
  sampling: 4002,
  enforcement: 4003,
  training: 4004,
  publicity: 4005,
};
const SINGLE = ['sampling', 'enforcement', 'training', 'publicity'] as const;
const GATEWAY_PORT = 4000;
export const GATEWAY_URL = `http://${HOSTS.lb.address}`;
export const WEB_URL = `http://${HOSTS.web.address}`;
const ENTITIES_LB_PORT = 4001;
export const LB_SOCKET = `${RUN_DIR}/lb.sock`;

/** A process of the topology that the scenario may kill and start again. */
export interface Replica {
  name: string;
  /** The deployable it runs (ent1 and ent2 both run entities). */
  artifact: Artifact;
  host: Host;
  /** Its readiness URL, straight (not through the load balancer). */
  ready: string;
  process: Started;
  start: () => Started;
}

export interface Topology {
  entry: 'artifacts' | 'source';
  secret: string;
  replicas: Record<string, Replica>;
  web: boolean;
  /** Seconds each stage of the bring-up took. */
  timings: Record<string, number>;
  stop: () => void;
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/** Polls the load balancer until every server of `names` (or all) is UP. */
export async function waitUntilUp(names: string[] | undefined, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const stats = await serverStats(LB_SOCKET);
    const pending = stats.filter((s) => (!names || names.includes(s.server)) && s.status !== 'UP');
    if (pending.length === 0) return;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`not UP after ${timeoutMs} ms: ${pending.map((s) => `${s.server} ${s.status}`).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Builds the whole topology from nothing: leftovers of an earlier run removed, Debian's haproxy (and nginx when
 * the web artifact exists) installed if missing, the bridge and every host, PostgreSQL forwarded onto the bridge,
 * fresh databases migrated and seeded once per subgraph from inside its host, then every replica, the gateway
 * replicas and the load balancer; resolves once the load balancer sees every server UP.
 */
export async function startTopology(): Promise<Topology> {
  if (process.getuid?.() !== 0) throw new Error('pnpm topology needs root (ip netns)');
  const timings: Record<string, number> = {};
  let mark = Date.now();
  const lap = (name: string) => {
    timings[name] = (Date.now() - mark) / 1000;
    mark = Date.now();
  };
  const left = cleanup();
  if (left.length > 0) console.log(`topology: removed what an earlier run left: ${left.join(', ')}`);
  ensureDebianPackage('/usr/sbin/haproxy', 'haproxy');
  const web = existsSync(join(DEPLOY_DIR, 'web'));
  if (web) ensureDebianPackage('/usr/sbin/nginx', 'nginx');
  const entry = entryKind(['gateway', 'entities', ...SINGLE]);
  console.log(`topology: ${entry === 'artifacts' ? 'production artifacts from .deploy/' : 'source entry points'}`);
  mkdirSync(RUN_DIR, { recursive: true });
  mkdirSync(LOG_DIR, { recursive: true });

  const started: Started[] = [];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const process of started) process.kill9();
    cleanup({ databases: true });
  };
  try {
    createBridge();
    for (const h of Object.values(HOSTS)) createHost(h);
    lap('network');

    // The forward is haproxy in the root namespace, bound to the bridge address only: PostgreSQL's own
    // configuration (listen_addresses, pg_hba) stays as it is, and nothing outside the bridge can use the forward.
    const forwardConfig = `${RUN_DIR}/postgres-forward.cfg`;
    writeFileSync(forwardConfig, postgresForwardConfig(`${ROOT_ADDRESS}:5432`, '127.0.0.1:5432'));
    const forward = startIn(
      null,
      { cwd: RUN_DIR, argv: ['/usr/sbin/haproxy', '-db', '-f', forwardConfig] },
      { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      'postgres-forward',
    );
    started.push(forward);
    writeFileSync(ROOT_PID_FILE, String(forward.pid));
    dropDatabases();
    mkdirSync(`${RUN_DIR}/village-photos`, { recursive: true });

    const secret = randomBytes(48).toString('base64url');
    const keys = generateKeyPairSync('ed25519');
    const common: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      LANG: 'C.UTF-8',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      AUTH_SECRET: secret,
      CORS_ORIGINS: WEB_URL,
      DATABASE_URL: `postgresql://postgres@${ROOT_ADDRESS}:5432/${DATABASE}`,
    };
    const subgraphEnv: Record<string, string> = {
      ...common,
      SUBGRAPH_HOST: '0.0.0.0',
      GATEWAY_PUBLIC_KEY: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      // A subgraph reads linked records through the gateway, so through the load balancer like any client.
      GATEWAY_URL: `${GATEWAY_URL}/graphql`,
      // entities refuses a production start without a photo store: one directory both replicas share (one host).
      VILLAGE_PHOTOS_DIR: `${RUN_DIR}/village-photos`,
    };
    const gatewayEnv: Record<string, string> = {
      ...common,
      GATEWAY_PORT: String(GATEWAY_PORT),
      GATEWAY_SIGNING_KEY: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      ENTITIES_URL: `http://${HOSTS.lb.address}:${ENTITIES_LB_PORT}/graphql`,
      ...Object.fromEntries(
        SINGLE.map((d) => [`${d.toUpperCase()}_URL`, `http://${HOSTS[d].address}:${DOMAIN_PORTS[d]}/graphql`]),
      ),
      // Behind haproxy every request comes from its address; the per-process in-memory limits would also count
      // each replica apart (see @shian/server). The load here is ours: limits off, as in the benchmark.
      TRUST_PROXY: 'on',
      RATE_LIMIT_USER_PER_MIN: '0',
      RATE_LIMIT_IP_PER_MIN: '0',
    };

    // Migrations once per subgraph, before any replica starts, then the demo data: two at a time on two cores.
    const firstHost = (d: Exclude<Artifact, 'gateway'>) => (d === 'entities' ? HOSTS.ent1 : HOSTS[d]);
    await pool(['entities', ...SINGLE] as const, 2, async (d) => {
      const env = { ...subgraphEnv, [`${d.toUpperCase()}_PORT`]: String(DOMAIN_PORTS[d]) };
      await runIn(firstHost(d), command(entry, d, 'migrate'), env, `${d}-migrate`);
      await runIn(firstHost(d), command(entry, d, 'seed'), env, `${d}-seed`);
    });
    lap('migrate and seed');

    const replicas: Record<string, Replica> = {};
    const replica = (name: string, h: Host, artifact: Artifact, env: Record<string, string>, port: number) => {
      const start = () => {
        const process = startIn(h, command(entry, artifact, 'main'), env, name);
        started.push(process);
        replicas[name]!.process = process;
        return process;
      };
      replicas[name] = {
        name,
        artifact,
        host: h,
        ready: `http://${h.address}:${port}/ready`,
        process: undefined!,
        start,
      };
      start();
    };
    for (const d of ['entities', ...SINGLE] as const) {
      const env = { ...subgraphEnv, [`${d.toUpperCase()}_PORT`]: String(DOMAIN_PORTS[d]) };
      if (d === 'entities') {
        replica('ent1', HOSTS.ent1, d, env, DOMAIN_PORTS[d]);
        replica('ent2', HOSTS.ent2, d, env, DOMAIN_PORTS[d]);
      } else replica(d, HOSTS[d], d, env, DOMAIN_PORTS[d]);
    }
    replica('gw1', HOSTS.gw1, 'gateway', gatewayEnv, GATEWAY_PORT);
    replica('gw2', HOSTS.gw2, 'gateway', gatewayEnv, GATEWAY_PORT);

    const backends: Backend[] = [
      {
        name: 'gateway',
        bind: `${HOSTS.lb.address}:80`,
        servers: ['gw1', 'gw2'].map((n) => ({ name: n, address: `${replicas[n]!.host.address}:${GATEWAY_PORT}` })),
      },
      {
        name: 'entities',
        bind: `${HOSTS.lb.address}:${ENTITIES_LB_PORT}`,
        servers: ['ent1', 'ent2'].map((n) => ({
          name: n,
          address: `${replicas[n]!.host.address}:${DOMAIN_PORTS.entities}`,
        })),
      },
    ];
    const lbConfig = `${RUN_DIR}/lb.cfg`;
    writeFileSync(lbConfig, loadBalancerConfig({ socket: LB_SOCKET, backends }));
    started.push(
      startIn(
        HOSTS.lb,
        { cwd: RUN_DIR, argv: ['/usr/sbin/haproxy', '-db', '-f', lbConfig] },
        { PATH: common.PATH! },
        'haproxy',
      ),
    );
    if (web) started.push(startWeb());

    await Promise.all(Object.values(replicas).map((r) => waitFor200(r.ready, 180_000, r.process)));
    lap('replicas ready');
    await waitUntilUp(undefined, 30_000);
    lap('load balancer sees all UP');
    return { entry, secret, replicas, web, timings, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * The packed web in its host as a deployment runs it: `.deploy/web/entrypoint.sh` renders remotes.json, the CSP and
 * nginx's configuration from the environment, then stays nginx's parent. The shell is its own origin and calls the
 * gateway through the load balancer, which is why the gateways' CORS_ORIGINS names this host.
 */
function startWeb(): Started {
  const root = join(DEPLOY_DIR, 'web');
  return startIn(
    HOSTS.web,
    { cwd: root, argv: ['sh', join(root, 'entrypoint.sh')] },
    {
      PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
      WEB_ROOT: root,
      WEB_RUN_DIR: `${RUN_DIR}/web`,
      WEB_PORT: '80',
      WEB_WORKER_PROCESSES: '1',
      WEB_ACCESS_LOG: 'off',
      GATEWAY_URL,
      // No OpenID provider in this topology: the issuer only has to be named for remotes.json and the CSP.
      AUTH_ISSUER: `http://${HOSTS.lb.address}:4400`,
    },
    'web',
  );
}
