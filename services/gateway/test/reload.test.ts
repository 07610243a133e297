import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_USERS, signToken } from '@shian/auth';
import { createLogger, type HttpApp } from '@shian/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, type Gateway, startGateway } from '../src';
import { artifactSource, pollArtifact, type ReloadEvent } from '../src/reload';
import { ALPHA_SDL, BETA_SDL, startFixture } from './fixtures';

const logger = createLogger('reload-test', { LOG_LEVEL: 'silent' });
const dir = mkdtempSync(path.join(tmpdir(), 'shian-reload-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function replaceFile(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

const until = async (what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 5_000) => {
  const started = Date.now();
  while (!(await ok())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('pollArtifact', () => {
  it('applies a changed text, refuses a bad one once, keeps the last good one, and says why', async () => {
    const file = path.join(dir, 'artifact.txt');
    replaceFile(file, 'good 1');
    const applied: string[] = [];
    const events: ReloadEvent[] = [];
    const polled = await pollArtifact({
      artifact: 'trusted-operations',
      source: artifactSource(file),
      intervalMs: 0,
      logger,
      onEvent: (event) => events.push(event),
      apply: (text) => {
        if (text.startsWith('bad')) throw new Error(`cannot use ${text}`);
        applied.push(text);
      },
    });
    expect(applied).toEqual(['good 1']);
    const first = polled.status().version;

    expect(await polled.check()).toBeUndefined(); // unchanged: nothing applied again
    replaceFile(file, 'bad 1');
    expect(await polled.check()).toMatchObject({ outcome: 'failed', reason: 'cannot use bad 1' });
    expect(await polled.check()).toBeUndefined(); // the same bad text is not tried again
    rmSync(file);
    expect(await polled.check()).toMatchObject({
      outcome: 'failed',
      reason: expect.stringContaining('could not read'),
    });
    expect(await polled.check()).toBeUndefined(); // still unreadable: reported once
    replaceFile(file, 'good 2');
    expect(await polled.check()).toMatchObject({ outcome: 'loaded' });

    expect(applied).toEqual(['good 1', 'good 2']);
    expect(events.map((e) => e.outcome)).toEqual(['failed', 'failed', 'loaded']);
    const status = polled.status();
    expect(status).toMatchObject({
      reloads: 1,
      failures: 2,
      lastFailure: { reason: expect.stringContaining('could not read') },
    });
    expect(status.version).not.toBe(first);
  });

  it('refuses to start without a first version', async () => {
    await expect(
      pollArtifact({
        artifact: 'supergraph',
        source: artifactSource(path.join(dir, 'missing.graphql')),
        intervalMs: 0,
        logger,
        apply: () => {},
      }),
    ).rejects.toThrow(/ENOENT/);
  });
});

/**
 * In process, fast: a gateway on a supergraph file that names only alpha; the next file adds beta, a subgraph the
 * gateway has never seen, which must be called where the environment says (BETA_URL), not at the file's URL.
 */
describe('a supergraph file that adds a subgraph', () => {
  let alpha: HttpApp;
  let beta: HttpApp;
  let gateway: Gateway;
  const events: ReloadEvent[] = [];
  const file = path.join(dir, 'supergraph.graphql');
  let token: string;

  beforeAll(async () => {
    [alpha, beta] = await Promise.all([startFixture('alpha'), startFixture('beta')]);
    replaceFile(file, composeSupergraph([{ name: 'alpha', url: alpha.url, typeDefs: ALPHA_SDL }]).supergraphSdl);
    gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      env: { NODE_ENV: 'development', SUPERGRAPH_PATH: file, SUPERGRAPH_POLL_MS: '50', BETA_URL: beta.url },
      onArtifactReload: (event) => events.push(event),
    });
    token = (await signToken(DEMO_USERS.find((u) => u.username === 'officer')!)).token;
  });
  afterAll(async () => {
    await Promise.all([gateway?.close(), alpha?.close(), beta?.close()]);
  });

  const gql = async (query: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  };

  it('serves the new subgraph from the URL the environment gives, and lists it in /health', async () => {
    expect((await gql('{ betaEcho }')).errors?.[0]?.message).toMatch(/betaEcho/);
    expect(Object.keys(gateway.subgraphUrls)).toEqual(['alpha']);

    replaceFile(
      file,
      composeSupergraph([
        { name: 'alpha', url: alpha.url, typeDefs: ALPHA_SDL },
        { name: 'beta', url: 'http://beta.invalid/graphql', typeDefs: BETA_SDL },
      ]).supergraphSdl,
    );
    await until('the new supergraph', async () => !(await gql('{ betaEcho }')).errors);

    expect((await gql('{ betaEcho things { id score } }')).data).toEqual({
      betaEcho: `Bearer ${token}`,
      things: [
        { id: '1', score: 10 },
        { id: '2', score: 20 },
      ],
    });
    expect(gateway.subgraphUrls).toEqual({ alpha: alpha.url, beta: beta.url });
    const health = (await (await fetch(gateway.url.replace('/graphql', '/health'))).json()) as Record<string, any>;
    expect(Object.keys(health.subgraphs).sort()).toEqual(['alpha', 'beta']);
    expect(events).toEqual([expect.objectContaining({ artifact: 'supergraph', outcome: 'loaded' })]);
    expect(gateway.artifacts().supergraph).toMatchObject({ reloads: 1, failures: 0, location: file });
  });
});
