import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrivateKey } from 'node:crypto';
import {
  DEMO_USERS,
  DEVELOPMENT_GATEWAY_PRIVATE_KEY,
  GATEWAY_CREDENTIAL_HEADER,
  generateGatewayKeyPair,
  signGatewayCredential,
  signToken,
} from '@shian/auth';
import type { HttpApp } from '@shian/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MigrationsPending, migrateDatabase, openOrm } from '../src/orm';
import { serve } from '../src/serve';
import fixture from './fixture/src/schema';

let app: HttpApp;
const developmentGatewayKey = createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY);
const fromGateway = async () => ({
  [GATEWAY_CREDENTIAL_HEADER]: await signGatewayCredential(developmentGatewayKey, 'kit-fixture'),
});
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shian-kit-serve-'));
const env = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  app = await serve(fixture, { port: 0, handleSignals: false });
});

afterAll(async () => {
  await app?.close();
  // Unset again what was unset (assigning undefined would set the text "undefined" for the files run after this one).
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

it('serves /health and /graphql over HTTP on a freshly migrated and seeded database', async () => {
  const health = await fetch(`${app.url.replace(/\/graphql$/, '')}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', subgraph: 'kit-fixture', dialect: 'sqlite' });
  const officer = DEMO_USERS.find((user) => user.username === 'officer');
  const { token } = await signToken(officer!);
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(await fromGateway()) },
    body: JSON.stringify({ query: '{ books(first: 1) { totalCount } }' }),
  });
  expect(await response.json()).toEqual({ data: { books: { totalCount: 150 } } });
  // No cache may keep an answer (Apollo's cache control said so before the kit turned its per-field hook off).
  expect(response.headers.get('cache-control')).toBe('no-store');
});

it('serves a given database and reports every SQL statement to onQuery', async () => {
  const statements: string[] = [];
  const dbName = path.join(dataDir, 'elsewhere.db');
  const other = await serve(fixture, {
    port: 0,
    handleSignals: false,
    target: { dialect: 'sqlite', dbName },
    onQuery: (sql) => statements.push(sql),
  });
  try {
    const officer = DEMO_USERS.find((user) => user.username === 'officer');
    const { token } = await signToken(officer!);
    statements.length = 0;
    const response = await fetch(other.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(await fromGateway()) },
      body: JSON.stringify({ query: '{ books(first: 3) { totalCount nodes { id } } }' }),
    });
    expect(((await response.json()) as { data: { books: { totalCount: number } } }).data.books.totalCount).toBe(150);
    expect(statements.length).toBeGreaterThan(0);
    expect(existsSync(dbName)).toBe(true);
  } finally {
    await other.close();
  }
});

it('listens on 127.0.0.1 and refuses /graphql without the gateway credential with 401, /health staying open', async () => {
  expect(new URL(app.url).hostname).toBe('127.0.0.1');
  expect((app.server.address() as { address: string }).address).toBe('127.0.0.1');
  const police = DEMO_USERS.find((user) => user.username === 'police');
  const { token } = await signToken(police!);
  for (const query of ['{ books(first: 1) { totalCount } }', '{ __schema { queryType { name } } }']) {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]?.message).toContain('子图只接受网关的请求');
  }
  expect((await fetch(`${app.url.replace(/\/graphql$/, '')}/health`)).status).toBe(200);
});

it('in production, refuses unsafe settings before serving, and an unmigrated database until migrate has run, never seeding', async () => {
  const saved = { ...process.env };
  const keys = generateGatewayKeyPair();
  const dbName = path.join(dataDir, 'production.db');
  const target = { dialect: 'sqlite' as const, dbName };
  try {
    Object.assign(process.env, {
      NODE_ENV: 'production',
      AUTH_SECRET: 'a-production-secret-of-at-least-32-bytes',
      CORS_ORIGINS: 'https://shian.example.gov.cn',
    });
    delete process.env.GATEWAY_PUBLIC_KEY;
    delete process.env.GATEWAY_PUBLIC_KEY_FILE;
    await expect(serve(fixture, { port: 0, handleSignals: false, target })).rejects.toThrow('GATEWAY_PUBLIC_KEY');
    expect(existsSync(dbName)).toBe(false);

    process.env.GATEWAY_PUBLIC_KEY = keys.publicKey;
    const refusal = serve(fixture, { port: 0, handleSignals: false, target });
    await expect(refusal).rejects.toThrow(MigrationsPending);
    await expect(refusal).rejects.toThrow('node dist/migrate.js');
    const orm = await openOrm(fixture, { target });
    try {
      expect(await migrateDatabase(orm)).toBeGreaterThan(0);
    } finally {
      await orm.close();
    }
    const production = await serve(fixture, { port: 0, handleSignals: false, target });
    try {
      const officer = DEMO_USERS.find((user) => user.username === 'officer');
      const { token } = await signToken(officer!, { secret: process.env.AUTH_SECRET });
      const call = (headers: Record<string, string>) =>
        fetch(production.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
          body: JSON.stringify({ query: '{ books(first: 1) { totalCount } }' }),
        });
      const credential = await signGatewayCredential(createPrivateKey(keys.privateKey), 'kit-fixture');
      const response = await call({ [GATEWAY_CREDENTIAL_HEADER]: credential });
      expect(await response.json()).toEqual({ data: { books: { totalCount: 0 } } });
      // The committed development key pair does not open a production subgraph.
      expect((await call(await fromGateway())).status).toBe(401);
    } finally {
      await production.close();
    }
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
});
