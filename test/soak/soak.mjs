// pnpm soak: the platform's subgraphs and gateway (started as `npm start` starts them, on ports of their own and
// with fresh databases in a temporary DATA_DIR), under a steady mixed load for SOAK_MINUTES (default 10): a query of
// every domain, one crossing domains, and a few createClue with Idempotency-Keys (each key sent twice, as a client
// retrying would). Every SOAK_SAMPLE_SECONDS (30) it prints requests/s, p50/p99 latency, errors (HTTP or GraphQL)
// and each process's RSS (its largest process, i.e. the server, from /proc/<pid>/status); then the table again and
// the creates' count. Not in CI. Needs a built workspace (`pnpm exec turbo run build --filter='./services/*'`).
//
//   SOAK_MINUTES=2 pnpm soak      SOAK_RATE (requests/s, 60), SOAK_CONNECTIONS (4), SOAK_PORT_OFFSET (27000)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { busyPorts, platformPlan, startPlatform } from '../../scripts/lib/platform.mjs';

const minutes = Number(process.env.SOAK_MINUTES || 10);
const sampleSeconds = Number(process.env.SOAK_SAMPLE_SECONDS || 30);
const rate = Number(process.env.SOAK_RATE || 60);
const connections = Number(process.env.SOAK_CONNECTIONS || 4);
const portOffset = Number(process.env.SOAK_PORT_OFFSET || 27000);
const logDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'soak-logs');

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const QUERIES = [
  '{ entities(first: 20) { totalCount nodes { id name category township { name } } } }',
  '{ cases(first: 20) { totalCount nodes { id number title status } } }',
  '{ samples(first: 20) { totalCount nodes { id number foodName status } } }',
  '{ articles(first: 20) { totalCount nodes { id title kind publishedAt } } }',
  '{ opinionEvents(first: 20) { totalCount nodes { id title status } } }',
  '{ trainingSessions(first: 20) { totalCount nodes { id title heldOn hours } } }',
  // Crossing domains: each sample's business from the register.
  '{ samples(first: 10) { nodes { id foodName entity { name township { name } } } } }',
];
const CREATE_EVERY = 40; // one request in 40 is a createClue; every key is sent twice
const CLUE = 'mutation($i: ClueInput!) { createClue(input: $i) { id } }';

const dataDir = mkdtempSync(join(tmpdir(), 'shian-soak-'));
const plan = platformPlan({ portOffset, dataDir, kinds: ['subgraph', 'gateway'] });
const busy = await busyPorts(plan);
if (busy.length > 0) {
  rmSync(dataDir, { recursive: true, force: true });
  console.error(`soak: ports in use: ${busy.map((p) => `${p.port} (${p.name})`).join(', ')}; set SOAK_PORT_OFFSET`);
  process.exit(1);
}
console.log(`soak: starting ${plan.processes.map((p) => `${p.name}:${p.port}`).join(' ')} (logs in ${logDir})`);
const platform = await startPlatform(plan, {
  env: { LOG_LEVEL: 'warn', RATE_LIMIT_USER_PER_MIN: '10000000', RATE_LIMIT_IP_PER_MIN: '10000000' },
  logDir,
  timeoutMs: 240_000,
});
let stopped = false;
const stop = async () => {
  if (stopped) return;
  stopped = true;
  await platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
};
process.once('SIGINT', () => stop().then(() => process.exit(130)));

const gateway = plan.gatewayUrl.replace('localhost', '127.0.0.1');
const signIn = await fetch(`${gateway}/auth/token`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'officer', password: 'shian-demo' }),
});
const { token } = await signIn.json();
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

/** The RSS (MB) of the largest process in each started process's group: the server beneath pnpm. */
function rssByProcess() {
  const groups = new Map(platform.running.map((p) => [p.pid, { name: p.spec.name, rss: 0 }]));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      const group = groups.get(pgrp);
      if (!group) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0);
      group.rss = Math.max(group.rss, Math.round(kb / 1024));
    } catch {
      // the process ended between the listing and the read
    }
  }
  return Object.fromEntries([...groups.values()].map((g) => [g.name, g.rss]));
}

let sent = 0;
let createKey = randomUUID();
const keysSent = new Set();
const createdIds = new Set();
/** One window of steady load: autocannon in this process, bounded by time and rate. */
async function window(seconds) {
  let errors = 0;
  const firstErrors = [];
  const result = await autocannon({
    url: `${gateway}/graphql`,
    method: 'POST',
    connections,
    overallRate: rate,
    duration: seconds,
    timeout: 10,
    headers,
    body: JSON.stringify({ query: QUERIES[0] }),
    requests: [
      {
        setupRequest(request) {
          const n = sent++;
          if (n % CREATE_EVERY === CREATE_EVERY - 1) {
            const create = (n + 1) / CREATE_EVERY;
            if (create % 2 === 1) createKey = randomUUID();
            keysSent.add(createKey);
            const input = {
              title: `浸泡测试线索${createKey.slice(0, 8)}`,
              source: 'COMPLAINT',
              entityId: 'E0050',
              receivedOn: today,
              description: 'pnpm soak:稳定负载下的新建线索',
            };
            return {
              ...request,
              headers: { ...headers, 'idempotency-key': createKey },
              body: JSON.stringify({ query: CLUE, variables: { i: input } }),
            };
          }
          return { ...request, headers, body: JSON.stringify({ query: QUERIES[n % QUERIES.length] }) };
        },
        onResponse(status, body) {
          let parsed;
          try {
            parsed = JSON.parse(body);
          } catch {
            parsed = { errors: [{ message: `HTTP ${status}, not JSON` }] };
          }
          if (status !== 200 || parsed.errors?.length) {
            errors++;
            if (firstErrors.length < 3) firstErrors.push(parsed.errors?.[0]?.message ?? `HTTP ${status}`);
          }
          if (parsed.data?.createClue?.id) createdIds.add(parsed.data.createClue.id);
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: errors + result.errors + result.timeouts,
    firstErrors,
  };
}

const names = platform.running.map((p) => p.spec.name);
const header = ['minute', 'req/s', 'p50 ms', 'p99 ms', 'errors', ...names.map((n) => `${n} MB`)];
const rows = [];
const format = (cells) =>
  cells.map((c, i) => String(c).padStart(i === 0 ? 6 : Math.max(7, header[i].length))).join(' ');
const startRss = rssByProcess();
console.log(`soak: ${minutes} min at ${rate} requests/s on ${connections} connections; RSS at start (MB):`, startRss);
console.log(format(header));
const windows = Math.max(1, Math.round((minutes * 60) / sampleSeconds));
let totalRequests = 0;
let totalErrors = 0;
try {
  for (let i = 1; i <= windows; i++) {
    const w = await window(sampleSeconds);
    const rss = rssByProcess();
    totalRequests += w.requests;
    totalErrors += w.errors;
    const row = [
      ((i * sampleSeconds) / 60).toFixed(1),
      w.rps.toFixed(1),
      w.p50,
      w.p99,
      w.errors,
      ...names.map((n) => rss[n]),
    ];
    rows.push(row);
    console.log(format(row) + (w.firstErrors.length ? `   e.g. ${w.firstErrors.join(' | ')}` : ''));
  }
} finally {
  console.log(`\nsoak: ${totalRequests} requests, ${totalErrors} errors`);
  console.log(
    `creates: ${keysSent.size} keys, each sent twice; ${createdIds.size} distinct cases answered ` +
      `(${createdIds.size === keysSent.size ? 'one per key' : 'NOT one per key'})`,
  );
  const end = rssByProcess();
  console.log(
    `RSS start → end (MB): ${names.map((n) => `${n} ${startRss[n]} → ${end[n]}`).join(', ')}\n\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`,
  );
  await stop();
}
process.exit(totalErrors > 0 || createdIds.size !== keysSent.size ? 1 : 0);
