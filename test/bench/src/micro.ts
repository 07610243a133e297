/**
 * In-process timing of one subgraph's answers (no HTTP, no gateway): the subgraph's runtime on a fresh SQLite file
 * with the demo data, each query run `N` times after a warm-up; prints ms per request and CPU ms per request.
 * `node --import @swc-node/register/esm-register src/micro.ts [entities|sampling|enforcement] [N]`.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEMO_USERS,
  DEVELOPMENT_GATEWAY_PRIVATE_KEY,
  DEVELOPMENT_GATEWAY_PUBLIC_KEY,
  gatewayCredentialVerifier,
  gatewayCredentials,
  signToken,
} from '@shian/auth';
import { createLogger } from '@shian/server';
import { openOrm, prepareDatabase } from '@shian/subgraph-kit';
import { createRuntime } from '../../../packages/subgraph-kit/src/runtime';
import { loadSubgraph } from './counted';
import { cursorAt, ENTITIES_PAGE_QUERY } from './queries';

const domain = process.argv[2] ?? 'entities';
const N = Number(process.argv[3] ?? 300);
const definition = await loadSubgraph(domain);
const dbName = path.join(os.tmpdir(), `shian-micro-${process.pid}-${domain}.db`);
const orm = await openOrm(definition, { target: { dialect: 'sqlite', dbName } });
await prepareDatabase(orm, definition, { seed: true });
const log = createLogger(`${domain}-micro`);
log.level = 'warn';
const runtime = await createRuntime(
  definition,
  orm,
  log,
  undefined,
  undefined,
  gatewayCredentialVerifier(createPublicKey(DEVELOPMENT_GATEWAY_PUBLIC_KEY), domain),
);
await runtime.apollo.start();
const token = (await signToken(DEMO_USERS.find((u) => u.username === 'officer')!)).token;
const credentials = gatewayCredentials(createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY));
const credential = await credentials.credentialFor(domain);

const ids = (
  (await orm.em
    .fork()
    .getConnection()
    .execute(
      domain === 'entities'
        ? 'select id from entity order by name limit 20'
        : `select distinct entity_id as id from ${domain === 'sampling' ? 'sample' : 'case_file'} order by 1 limit 20`,
    )) as { id: string }[]
).map((r) => r.id);
const QUERIES: Record<string, { query: string; variables: (i: number) => Record<string, unknown> }[]> = {
  entities: [
    {
      query: ENTITIES_PAGE_QUERY,
      variables: (i) => ({ first: 20, after: i % 3 === 0 ? null : cursorAt((i % 3) * 20) }),
    },
    {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { id name } } }',
      variables: () => ({ r: ids.map((id) => ({ __typename: 'Entity', id })) }),
    },
  ],
  sampling: [
    {
      query:
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { samples(first: 3) { totalCount nodes { id number status entity { id } } } } } }',
      variables: () => ({ r: ids.map((id) => ({ __typename: 'Entity', id })) }),
    },
  ],
  enforcement: [
    {
      query:
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { cases { id number status entity { id } } } } }',
      variables: () => ({ r: ids.map((id) => ({ __typename: 'Entity', id })) }),
    },
  ],
};

async function once(query: string, variables: Record<string, unknown>) {
  const contextValue = await runtime.contextFor(`Bearer ${token}`, credential, undefined);
  const response = await runtime.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('not single');
  const result = response.body.singleResult;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return JSON.stringify(result);
}

for (const [index, { query, variables }] of (QUERIES[domain] ?? []).entries()) {
  for (let i = 0; i < 100; i++) await once(query, variables(i));
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const cpu = process.cpuUsage();
    for (let i = 0; i < N; i++) await once(query, variables(i));
    const used = process.cpuUsage(cpu);
    rounds.push((used.user + used.system) / 1000 / N);
  }
  rounds.sort((a, b) => a - b);
  console.log(
    `${domain} query ${index}: CPU ms/request median ${rounds[2]!.toFixed(3)} (min ${rounds[0]!.toFixed(3)})`,
  );
}
await runtime.apollo.stop();
await orm.close();
rmSync(dbName, { force: true });
for (const suffix of ['-wal', '-shm']) rmSync(dbName + suffix, { force: true });
