import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_USERS, signToken } from '@shian/auth';
import { startGateway } from '@shian/gateway';
import type { HttpApp } from '@shian/server';
import { type DatabaseTarget, type Dialect, openOrm, type SubgraphDefinition, serve } from '@shian/subgraph-kit';
import { REPO_ROOT } from './repo';

/** A subgraph's definition as its service declares it, with its folder (migrations are read from there). */
export async function loadSubgraph(domain: string): Promise<SubgraphDefinition> {
  const root = path.join(REPO_ROOT, 'services', domain);
  const module = (await import(pathToFileURL(path.join(root, 'src/schema.ts')).href)) as {
    default: SubgraphDefinition;
  };
  return { ...module.default, root };
}

export interface Counts {
  /** SQL statements per subgraph. */
  statements: Record<string, number>;
  /** GraphQL requests the gateway made to each subgraph. */
  fetches: Record<string, number>;
}

export interface CountedPlatform {
  gatewayUrl: string;
  /** A bearer token of the demo user `officer` (whole district). */
  token: string;
  /** Each subgraph's GraphQL URL. */
  subgraphUrls: Record<string, string>;
  /** Runs `action` and counts what it cost in each subgraph. */
  count<R>(action: () => Promise<R>): Promise<{ result: R; counts: Counts; sql: Record<string, string[]> }>;
  close(): Promise<void>;
}

function target(domain: string, dialect: Dialect, unique: string, databaseUrl: string): DatabaseTarget {
  if (dialect === 'sqlite') return { dialect, dbName: path.join(os.tmpdir(), `shian-bench-${unique}-${domain}.db`) };
  const url = new URL(databaseUrl);
  url.pathname = '/';
  return { dialect, dbName: `shian_bench_${unique}_${domain}`, clientUrl: url.toString() };
}

/**
 * The subgraphs of `domains` and our gateway in this process, on fresh databases with the demo data, on free
 * ports: every SQL statement and every subgraph request is counted. The gateway serves the committed supergraph.
 */
export async function startCountedPlatform(options: {
  domains: string[];
  dialect: Dialect;
  databaseUrl?: string;
}): Promise<CountedPlatform> {
  const unique = Math.random().toString(36).slice(2, 10);
  const sql: Record<string, string[]> = {};
  const fetches: Record<string, number> = {};
  let counting = false;
  const apps: HttpApp[] = [];
  const targets: { definition: SubgraphDefinition; target: DatabaseTarget }[] = [];
  const subgraphUrls: Record<string, string> = {};
  try {
    for (const domain of options.domains) {
      const definition = await loadSubgraph(domain);
      const where = target(domain, options.dialect, unique, options.databaseUrl ?? 'postgresql://postgres@127.0.0.1/');
      targets.push({ definition, target: where });
      sql[domain] = [];
      fetches[domain] = 0;
      const app = await serve(definition, {
        port: 0,
        handleSignals: false,
        target: where,
        onQuery: (statement) => counting && sql[domain]?.push(statement),
      });
      app.server.on('request', (req) => {
        if (counting && req.url?.startsWith('/graphql')) fetches[domain] = (fetches[domain] ?? 0) + 1;
      });
      apps.push(app);
      subgraphUrls[domain] = app.url.replace('localhost', '127.0.0.1');
    }
    const gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      subgraphUrls,
      env: { RATE_LIMIT_USER_PER_MIN: '0', RATE_LIMIT_IP_PER_MIN: '0' },
    });
    apps.push(gateway);
    const officer = DEMO_USERS.find((user) => user.username === 'officer');
    if (!officer) throw new Error('no demo user officer');
    const { token } = await signToken(officer);
    return {
      gatewayUrl: gateway.url,
      async count(action) {
        for (const domain of options.domains) {
          sql[domain] = [];
          fetches[domain] = 0;
        }
        counting = true;
        try {
          const result = await action();
          const statements = Object.fromEntries(Object.entries(sql).map(([d, list]) => [d, list.length]));
          return { result, counts: { statements, fetches: { ...fetches } }, sql: structuredClone(sql) };
        } finally {
          counting = false;
        }
      },
      token,
      subgraphUrls,
      close: () => closeAll(apps, targets),
    };
  } catch (error) {
    await closeAll(apps, targets);
    throw error;
  }
}

async function closeAll(apps: HttpApp[], targets: { definition: SubgraphDefinition; target: DatabaseTarget }[]) {
  for (const app of apps.reverse()) await app.close().catch(() => undefined);
  for (const { definition, target } of targets) {
    if (target.dialect === 'sqlite') {
      rmSync(target.dbName, { force: true });
      continue;
    }
    const admin = await openOrm(definition, { target: { ...target, dbName: 'postgres' } });
    await admin.em.getConnection().execute(`drop database if exists "${target.dbName}"`);
    await admin.close();
  }
}
