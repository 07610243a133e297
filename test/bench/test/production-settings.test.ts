import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_USERS, signToken, unsafeProductionSettings, verifierConfigFromEnv } from '@shian/auth';
import { afterAll, describe, expect, it } from 'vitest';
import { productionSettings, trustedManifestFile } from '../src/processes';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shian-bench-production-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The bench runs every process with NODE_ENV=production: what it makes up must pass the checks the processes run
// before serving, or every part fails at start.
describe('the bench production settings', () => {
  const settings = productionSettings(dir);

  it('pass the subgraphs’ and the gateway’s production checks', () => {
    expect(unsafeProductionSettings(settings.subgraphEnv, 'subgraph')).toEqual([]);
    const gateway = { NODE_ENV: 'production', CORS_ORIGINS: 'http://127.0.0.1', ...settings.gatewayEnv };
    expect(unsafeProductionSettings(gateway, 'gateway')).toEqual([]);
  });

  it('are the run’s own: a fresh secret and key pair each time', () => {
    const other = productionSettings(dir);
    expect(other.authSecret).not.toBe(settings.authSecret);
    expect(other.gatewayEnv.GATEWAY_SIGNING_KEY).not.toBe(settings.gatewayEnv.GATEWAY_SIGNING_KEY);
  });

  it('let a production verifier trust the token the bench signs', async () => {
    const officer = DEMO_USERS.find((u) => u.username === 'officer');
    if (!officer) throw new Error('no officer');
    await signToken(officer, { secret: settings.authSecret });
    expect(verifierConfigFromEnv(settings.subgraphEnv).secret).toBe(settings.authSecret);
  });

  it('write a manifest of the bench’s operations and the readiness probe', () => {
    const file = trustedManifestFile(dir, ['query A { __typename }']);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    expect(Object.values(manifest).sort()).toEqual(['query A { __typename }', '{ __typename }']);
    for (const id of Object.keys(manifest)) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
