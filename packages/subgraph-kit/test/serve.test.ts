import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_USERS, signToken } from '@shian/auth';
import type { HttpApp } from '@shian/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve } from '../src/serve';
import fixture from './fixture/src/schema';

let app: HttpApp;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shian-kit-serve-'));
const env = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  app = await serve(fixture, { port: 0, handleSignals: false });
});

afterAll(async () => {
  await app?.close();
  Object.assign(process.env, env);
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
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ books(first: 1) { totalCount } }' }),
  });
  expect(await response.json()).toEqual({ data: { books: { totalCount: 150 } } });
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
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ books(first: 3) { totalCount nodes { id } } }' }),
    });
    expect(((await response.json()) as { data: { books: { totalCount: number } } }).data.books.totalCount).toBe(150);
    expect(statements.length).toBeGreaterThan(0);
    expect(existsSync(dbName)).toBe(true);
  } finally {
    await other.close();
  }
});
