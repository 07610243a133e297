import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

/** Debian's packages, installed on first use as scripts/test.mjs installs chromium: root and apt-get only. */
export function ensureDebianPackage(binary: string, pkg: string): void {
  if (existsSync(binary)) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${binary} is missing: apt-get install -y ${pkg} (as root)`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let result = spawnSync('apt-get', ['install', '-y', '-qq', pkg], { env, stdio: 'inherit' });
  if (result.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
    result = spawnSync('apt-get', ['install', '-y', '-qq', pkg], { env, stdio: 'inherit' });
  }
  if (result.status !== 0 || !existsSync(binary)) throw new Error(`apt-get install -y ${pkg} failed`);
}

export interface Backend {
  name: string;
  /** The frontend's listening address, `ip:port`. */
  bind: string;
  servers: { name: string; address: string }[];
}

/**
 * The load balancer in front of the gateway replicas and, as a second frontend, in front of the entities replicas
 * (the gateway reaches entities through it). Health checks on /ready every 500 ms: two failures take a server out,
 * two successes bring it back. A request whose connection to a server is refused is re-sent to another server
 * (`retries` + `redispatch`): that is how a killed replica costs nothing for the requests that reach it before the
 * checks notice. HAProxy 2.6 also re-sends, on its own, a request whose reused keep-alive connection closes before
 * any answer (seen here: a killed gateway's in-flight requests all answered by the other one), so a mutation in flight
 * at a kill may run twice (creates are idempotent). No `retry-on empty-response`: it would add the
 * first request of a fresh connection, which is all the same a request the dead server may have run.
 */
export function loadBalancerConfig(options: { socket: string; backends: Backend[] }): string {
  const lines = [
    'global',
    `  stats socket ${options.socket} mode 600 level admin`,
    '  maxconn 4096',
    // Only what went wrong (dontlog-normal), to haproxy's stdout, which is its log file: a failed answer is then
    // explained by haproxy's own termination state, server and retries (abnormalRequests reads them).
    '  log stdout format raw local0',
    'defaults',
    '  mode http',
    '  log global',
    '  option httplog',
    '  option dontlog-normal',
    '  option forwardfor',
    '  option redispatch 1',
    '  retries 3',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout http-keep-alive 10s',
    '  default-server inter 500ms fall 2 rise 2',
  ];
  for (const backend of options.backends) {
    lines.push(
      `frontend ${backend.name}_in`,
      `  bind ${backend.bind}`,
      `  default_backend ${backend.name}`,
      `backend ${backend.name}`,
      '  balance roundrobin',
      '  option httpchk GET /ready',
      '  http-check expect status 200',
      ...backend.servers.map((server) => `  server ${server.name} ${server.address} check`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** PostgreSQL for the namespaces: the root namespace's bridge address forwarded to the host's 127.0.0.1:5432. */
export function postgresForwardConfig(bind: string, target: string): string {
  return [
    'global',
    '  maxconn 512',
    'defaults',
    '  mode tcp',
    '  timeout connect 2s',
    '  timeout client 1h',
    '  timeout server 1h',
    'listen postgres',
    `  bind ${bind}`,
    `  server postgres ${target}`,
    '',
  ].join('\n');
}

/** One command on haproxy's admin socket (a path on the filesystem, so reachable from outside its namespace). */
export function haproxyCommand(socket: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const client = connect(socket);
    let output = '';
    client.setEncoding('utf8');
    client.on('data', (chunk) => {
      output += chunk;
    });
    client.on('end', () => resolve(output));
    client.on('error', reject);
    client.write(`${command}\n`);
  });
}

export interface ServerStat {
  backend: string;
  server: string;
  /** UP, DOWN, MAINT, `UP 1/2` while rising, … */
  status: string;
  /** Sessions it has been handed in all. */
  sessions: number;
  /** Sessions it holds now: requests haproxy has sent it and not yet had answered. */
  current: number;
}

/** `show stat` as rows of the servers (not the frontends' and backends' own rows). */
export async function serverStats(socket: string): Promise<ServerStat[]> {
  const csv = await haproxyCommand(socket, 'show stat');
  const [header, ...rows] = csv.trim().split('\n');
  const columns = (header ?? '').replace(/^# /, '').split(',');
  const at = (name: string) => columns.indexOf(name);
  return rows
    .map((row) => row.split(','))
    .filter((cells) => cells[at('svname')] !== 'FRONTEND' && cells[at('svname')] !== 'BACKEND')
    .map((cells) => ({
      backend: cells[at('pxname')] ?? '',
      server: cells[at('svname')] ?? '',
      status: cells[at('status')] ?? '',
      sessions: Number(cells[at('stot')] ?? 0),
      current: Number(cells[at('scur')] ?? 0),
    }));
}

/** One request haproxy logged as abnormal (`option dontlog-normal` leaves out the rest). */
export interface LoggedRequest {
  /** When haproxy accepted it, ms since the epoch (haproxy logs local time, as this process reads it). */
  acceptedAt: number;
  backend: string;
  server: string;
  status: number;
  /** Total time in ms (Ta). */
  total: number;
  /** Haproxy's four-letter termination state: `SH--` the server closed before its headers, `SC--` refused, … */
  termination: string;
  retries: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HTTPLOG =
  /\[(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})\.(\d{3})\] \S+ (\S+)\/(\S+) -?\d+\/-?\d+\/-?\d+\/-?\d+\/\+?(-?\d+) (-?\d+) \S+ \S+ \S+ (\S{4}) \d+\/\d+\/\d+\/\d+\/(\+?\d+) /;

/** The request lines of haproxy's log (httplog format); server state changes and other lines are left out. */
export function abnormalRequests(log: string): LoggedRequest[] {
  const requests: LoggedRequest[] = [];
  for (const line of log.split('\n')) {
    const m = HTTPLOG.exec(line);
    if (!m) continue;
    const [, day, month, year, hour, minute, second, ms, backend, server, total, status, termination, retries] = m;
    requests.push({
      acceptedAt: new Date(
        Number(year),
        MONTHS.indexOf(month!),
        Number(day),
        Number(hour),
        Number(minute),
        Number(second),
        Number(ms),
      ).getTime(),
      backend: backend!,
      server: server!,
      status: Number(status),
      total: Number(total),
      termination: termination!,
      retries: retries!,
    });
  }
  return requests;
}
