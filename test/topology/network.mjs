import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * The hosts of the topology: one network namespace each, a veth pair to one bridge in the root namespace, an
 * address in a private /24. Every name starts with PREFIX, so that what a crashed or interrupted run left behind is
 * found by name and removed at the next start (and nothing else on the machine is ever touched).
 */
export const PREFIX = 'shtopo';
export const BRIDGE = `${PREFIX}0`;
export const SUBNET = '10.231.77';
/** The root namespace's own address on the bridge: the load generator and the PostgreSQL forward live there. */
export const ROOT_ADDRESS = `${SUBNET}.1`;
/** Files of a run (haproxy configs, sockets, logs are elsewhere): removed by cleanup. */
export const RUN_DIR = `/tmp/${PREFIX}`;
/** The PostgreSQL forward runs in the root namespace, so it is found by this pid file, not by a namespace. */
export const ROOT_PID_FILE = `${RUN_DIR}/root-forward.pid`;

/**
 * @typedef {{ name: string, address: string, netns: string }} Host  `name` is short (interface names are at most 15
 *   characters: `shtopo-` + 8), `netns` is `shtopo-<name>`.
 */

/** The database name the kit turns into one database per subgraph: shian_topo_<domain>. */
export const DATABASE = 'shian_topo';

/** @param {string[]} args */
function ip(args, { allowFailure = false } = {}) {
  const result = spawnSync('ip', args, { encoding: 'utf8' });
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`ip ${args.join(' ')} failed (${result.status}): ${result.stderr || result.error?.message}`);
  }
  return result.stdout ?? '';
}

/** @returns {Host} */
export function host(/** @type {string} */ name, /** @type {number} */ lastOctet) {
  if (name.length > 8) throw new Error(`host name ${name}: at most 8 characters (interface names)`);
  return { name, address: `${SUBNET}.${lastOctet}`, netns: `${PREFIX}-${name}` };
}

export function createBridge() {
  ip(['link', 'add', BRIDGE, 'type', 'bridge']);
  ip(['addr', 'add', `${ROOT_ADDRESS}/24`, 'dev', BRIDGE]);
  ip(['link', 'set', BRIDGE, 'up']);
}

/** A namespace with loopback up and eth0 on the bridge. */
export function createHost(/** @type {Host} */ h) {
  const outside = h.netns;
  const inside = `${h.netns}p`;
  ip(['netns', 'add', h.netns]);
  ip(['link', 'add', outside, 'type', 'veth', 'peer', 'name', inside]);
  ip(['link', 'set', inside, 'netns', h.netns]);
  ip(['-n', h.netns, 'link', 'set', inside, 'name', 'eth0']);
  ip(['-n', h.netns, 'addr', 'add', `${h.address}/24`, 'dev', 'eth0']);
  ip(['-n', h.netns, 'link', 'set', 'eth0', 'up']);
  ip(['-n', h.netns, 'link', 'set', 'lo', 'up']);
  ip(['link', 'set', outside, 'master', BRIDGE]);
  ip(['link', 'set', outside, 'up']);
}

/** The command line that runs `argv` inside a host: `ip netns exec` execs it, so the pid is the program's own. */
export const inHost = (/** @type {Host} */ h, /** @type {string[]} */ argv) => [
  'ip',
  'netns',
  'exec',
  h.netns,
  ...argv,
];

function kill(/** @type {number} */ pid) {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** One statement on the host's PostgreSQL as its superuser, over 127.0.0.1 (the system server, left as it is). */
export function psql(/** @type {string} */ sql) {
  const result = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-Atqc', sql], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`psql: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/** Drops every shian_topo_* database; returns their names. */
export function dropDatabases() {
  const names = psql(`select datname from pg_database where datname like '${DATABASE}\\_%'`)
    .split('\n')
    .filter(Boolean);
  for (const name of names) psql(`drop database if exists "${name}" with (force)`);
  return names;
}

/**
 * Removes everything a run of ours creates, synchronously: every process inside our namespaces, the namespaces
 * (which takes their veth pairs along), the bridge, the root namespace's forward (by its pid file, checked against
 * its command line so that a recycled pid is never killed), RUN_DIR, and with `databases` the shian_topo_* databases.
 */
export function cleanup({ databases = false } = {}) {
  /** @type {string[]} */
  const removed = [];
  const namespaces = ip(['netns', 'list'], { allowFailure: true })
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((name) => name.startsWith(`${PREFIX}-`));
  for (const netns of namespaces) {
    for (const pid of ip(['netns', 'pids', netns], { allowFailure: true }).split(/\s+/).filter(Boolean)) {
      kill(Number(pid));
    }
  }
  for (const netns of namespaces) {
    ip(['netns', 'del', netns], { allowFailure: true });
    removed.push(netns);
  }
  if (existsSync(ROOT_PID_FILE)) {
    const pid = Number(readFileSync(ROOT_PID_FILE, 'utf8').trim());
    const cmdline = (() => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        return '';
      }
    })();
    if (pid > 0 && cmdline.includes(RUN_DIR)) {
      kill(pid);
      removed.push(`root forward (pid ${pid})`);
    }
  }
  const links = ip(['-o', 'link', 'show'], { allowFailure: true })
    .split('\n')
    .map((line) => /^\d+:\s+([^:@]+)/.exec(line)?.[1] ?? '')
    .filter((name) => name.startsWith(PREFIX));
  for (const link of links) {
    ip(['link', 'del', link], { allowFailure: true });
    removed.push(link);
  }
  rmSync(RUN_DIR, { recursive: true, force: true });
  if (databases) {
    try {
      removed.push(...dropDatabases());
    } catch (error) {
      console.error(`topology: could not drop the ${DATABASE}_* databases: ${/** @type {Error} */ (error).message}`);
    }
  }
  return removed;
}
