import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_USERS, signToken } from '@shian/auth';
import type { HttpApp } from '@shian/server';
import { createRequest, formatDocument, stringifyDocument } from '@urql/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, type Gateway, startGateway } from '../src';
import {
  collectTrustedManifest,
  NOT_TRUSTED,
  serviceOperationFiles,
  normalizeOperation,
  trustedMode,
  trustedOperations,
} from '../src/trusted';
import { ALPHA_SDL, BETA_SDL, startFixture } from './fixtures';
import { PRODUCTION_ENV, PRODUCTION_SECRET } from './production-env';

const officer = DEMO_USERS.find((u) => u.username === 'officer')!;
const deepQuery = (depth: number) => `{ things { ${'parent { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;

/** As codegen writes it into persisted-documents.json. */
const THINGS = 'query Things { things { id name score } }';
const MANIFEST = { 'sha256:things': THINGS };

async function post(gateway: Gateway, body: unknown, token: string) {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('normalised matching', () => {
  const trusted = trustedOperations(MANIFEST);

  it('matches the same operation however it is formatted, with the __typename a client adds', () => {
    expect(trusted.allows(THINGS)).toBe(true);
    expect(trusted.allows('query Things {\n  things {\n    __typename\n    score name id\n  }\n}')).toBe(true);
    expect(normalizeOperation('query A { a { __typename b } }')).toBe(normalizeOperation('query A{a{b}}'));
  });

  it('refuses anything else: other fields, aliases of __typename, other names, text that does not parse', () => {
    expect(trusted.allows('query Things { things { id name score parent { id } } }')).toBe(false);
    expect(trusted.allows('query Things { things { id name score t: __typename } }')).toBe(false);
    expect(trusted.allows('query Other { things { id name score } }')).toBe(false);
    expect(trusted.allows('query Things { things {')).toBe(false);
    expect(trusted.document('sha256:things')).toBe(THINGS);
    expect(trusted.document('toString')).toBeUndefined();
  });

  it('is on in production and with TRUSTED_OPERATIONS=on, off otherwise or with TRUSTED_OPERATIONS=off', () => {
    expect(trustedMode({ NODE_ENV: 'production' })).toBe(true);
    expect(trustedMode({ NODE_ENV: 'production', TRUSTED_OPERATIONS: 'off' })).toBe(false);
    expect(trustedMode({ TRUSTED_OPERATIONS: 'on' })).toBe(true);
    expect(trustedMode({})).toBe(false);
  });

  it('collects the frontends’ manifests, and allows each operation as the shared urql client sends it', () => {
    const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const manifest = collectTrustedManifest(repoRoot);
    const repo = trustedOperations(manifest);
    let withTypename = 0;
    for (const [hash, document] of Object.entries(manifest)) {
      expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      // urql's cache adds __typename to every selection set before fetchExchange prints the document
      // (an operation that selects only scalars, e.g. a mutation returning Boolean, has none to add it to).
      const sent = stringifyDocument(formatDocument(createRequest(parse(document), {}).query));
      if (sent.includes('__typename')) withTypename++;
      expect(repo.allows(sent), document).toBe(true);
    }
    expect(withTypename).toBeGreaterThan(Object.keys(manifest).length / 2);
  });
});

describe('the operations subgraphs send through the gateway', () => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  /** Each text, with the files that list it (two services may send the same operation). */
  const listed = new Map<string, string[]>();
  for (const file of serviceOperationFiles(repoRoot))
    for (const text of Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>))
      listed.set(text, [...(listed.get(text) ?? []), path.relative(repoRoot, file)]);

  it('lists each under the sha256 of its exact text, in the kit’s file or its service’s', () => {
    const files = serviceOperationFiles(repoRoot).map((file) => path.relative(repoRoot, file));
    expect(files).toContain(path.join('packages', 'subgraph-kit', 'trusted-operations.json'));
    expect(files).toContain(path.join('services', 'enforcement', 'trusted-operations.json'));
    for (const file of serviceOperationFiles(repoRoot)) {
      for (const [id, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
        expect(id, file).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
        expect(() => normalizeOperation(text), text).not.toThrow();
      }
    }
  });

  it('trusts every operation a service’s code sends (each service exports them from src/linked.ts)', async () => {
    const services = path.join(repoRoot, 'services');
    let sent = 0;
    for (const name of readdirSync(services).sort()) {
      const file = path.join(services, name, 'src', 'linked.ts');
      if (!existsSync(file)) continue;
      const operations = Object.values(await import(file)).filter(
        (value): value is string => typeof value === 'string' && /^\s*(query|mutation)\s/.test(value),
      );
      expect(operations.length, file).toBeGreaterThan(0);
      for (const operation of operations) {
        sent++;
        // The service's own file: the kit's lists the kit's only, so a service's operation is trusted with it.
        expect(listed.get(operation), `${name}: ${operation}`).toContain(
          path.join('services', name, 'trusted-operations.json'),
        );
      }
    }
    expect(sent).toBeGreaterThanOrEqual(5);
    // And the kit's: the entity directory's.
    const { ENTITY_TOWNSHIPS_OPERATION } = await import('../../../packages/subgraph-kit/src/entity-directory');
    expect(listed.get(ENTITY_TOWNSHIPS_OPERATION)).toEqual([
      path.join('packages', 'subgraph-kit', 'trusted-operations.json'),
    ]);
  });
});

describe('a gateway running trusted operations only', () => {
  let alpha: HttpApp;
  let beta: HttpApp;
  let supergraphSdl: string;
  let gateway: Gateway;
  let open: Gateway;
  let token: string;

  beforeAll(async () => {
    [alpha, beta] = await Promise.all([startFixture('alpha'), startFixture('beta')]);
    supergraphSdl = composeSupergraph([
      { name: 'alpha', url: alpha.url, typeDefs: ALPHA_SDL },
      { name: 'beta', url: beta.url, typeDefs: BETA_SDL },
    ]).supergraphSdl;
    const common = { port: 0, host: '127.0.0.1', supergraphSdl, trustedOperations: MANIFEST };
    [gateway, open] = await Promise.all([
      startGateway({ ...common, env: PRODUCTION_ENV }),
      startGateway({ ...common, env: { NODE_ENV: 'development', AUTH_SECRET: PRODUCTION_SECRET } }),
    ]);
    token = (await signToken(officer, { secret: PRODUCTION_SECRET })).token;
  });

  afterAll(async () => {
    await Promise.all([gateway?.close(), open?.close(), alpha?.close(), beta?.close()]);
  });

  it('runs a trusted operation sent as text, as the frontends send it', async () => {
    const { status, body } = await post(
      gateway,
      { query: 'query Things { things { __typename id name score } }' },
      token,
    );
    expect(status).toBe(200);
    expect(body.data.things[0]).toEqual({ __typename: 'Thing', id: '1', name: '一号', score: 10 });
  });

  it('runs a trusted operation sent by its id only', async () => {
    const { body } = await post(gateway, { extensions: { documentId: 'sha256:things' } }, token);
    expect(body.data.things).toHaveLength(2);
  });

  it('refuses any other operation with a clear Chinese error, before it reaches a subgraph', async () => {
    const { status, body } = await post(gateway, { query: '{ things { id name } }' }, token);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe('该操作不在可信操作清单中:生产环境只执行各前端构建时登记的操作');
    expect(body.errors[0].extensions.code).toBe(NOT_TRUSTED);
    const unknownId = await post(gateway, { extensions: { documentId: 'sha256:nope' } }, token);
    expect(unknownId.body.errors[0].extensions.code).toBe(NOT_TRUSTED);
  });

  it('refuses an untrusted operation inside a batch', async () => {
    const { body } = await post(gateway, [{ query: THINGS }, { query: '{ things { id } }' }], token);
    expect(JSON.stringify(body)).toContain(NOT_TRUSTED);
  });

  it('refuses a 30-deep query in every mode', async () => {
    const trustedDeep = await startGateway({
      port: 0,
      host: '127.0.0.1',
      supergraphSdl,
      env: { TRUSTED_OPERATIONS: 'on', AUTH_SECRET: PRODUCTION_SECRET },
      trustedOperations: { 'sha256:deep': deepQuery(30) },
    });
    try {
      // Production, not in the manifest: refused as untrusted, never parsed.
      const untrusted = await post(gateway, { query: deepQuery(30) }, token);
      expect(untrusted.body.errors.map((e: { message: string }) => e.message)).toEqual([
        '该操作不在可信操作清单中:生产环境只执行各前端构建时登记的操作',
      ]);
      // Development, and a manifest that (wrongly) holds one: the depth limit still refuses it.
      for (const target of [open, trustedDeep]) {
        const { body } = await post(target, { query: deepQuery(30) }, token);
        expect(body.data).toBeUndefined();
        expect(body.errors.map((e: { message: string }) => e.message)).toContain('查询嵌套层级过深(上限 15 层)');
      }
    } finally {
      await trustedDeep.close();
    }
  });

  it('stays open in development, and still resolves an id', async () => {
    const { body } = await post(open, { query: '{ things { id name } }' }, token);
    expect(body.data.things).toHaveLength(2);
    const byId = await post(open, { extensions: { documentId: 'sha256:things' } }, token);
    expect(byId.body.data.things).toHaveLength(2);
  });
});
