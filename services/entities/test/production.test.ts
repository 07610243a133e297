import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateGatewayKeyPair, UnsafeProductionSettings } from '@shian/auth';
import { MigrationsPending, serve } from '@shian/subgraph-kit';
import { afterAll, describe, expect, it } from 'vitest';
import subgraph from '../src/subgraph';
import { photoStoreFromEnv, photoStoreProblems, S3PhotoStore } from '../src/villages/photo-store';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shian-entities-production-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const S3 = {
  PHOTO_STORE: 's3',
  S3_ENDPOINT: 'https://oss.example.gov.cn',
  S3_BUCKET: 'shian-photos',
  S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'an-example-secret',
};
const production = (env: NodeJS.ProcessEnv) => ({ NODE_ENV: 'production', ...env }) as NodeJS.ProcessEnv;
const variables = (env: NodeJS.ProcessEnv) => photoStoreProblems(env).map((p) => p.variable);

describe('the photo store a production start needs', () => {
  it('asks nothing outside production (the development default is data/village-photos)', () => {
    expect(photoStoreProblems({ NODE_ENV: 'development' })).toEqual([]);
    expect(photoStoreProblems({})).toEqual([]);
  });

  it('refuses no store at all, naming PHOTO_STORE and both ways to give one', () => {
    const [problem, ...rest] = photoStoreProblems(production({}));
    expect(rest).toEqual([]);
    expect(problem?.variable).toBe('PHOTO_STORE');
    expect(problem?.message).toContain('PHOTO_STORE=s3');
    expect(problem?.message).toContain('VILLAGE_PHOTOS_DIR');
  });

  it('names each S3 variable missing, and an endpoint that is not an http(s) URL', () => {
    expect(variables(production(S3))).toEqual([]);
    expect(variables(production({ PHOTO_STORE: 's3' }))).toEqual([
      'S3_ENDPOINT',
      'S3_BUCKET',
      'S3_ACCESS_KEY_ID',
      'S3_SECRET_ACCESS_KEY',
    ]);
    expect(variables(production({ ...S3, S3_SECRET_ACCESS_KEY: ' ' }))).toEqual(['S3_SECRET_ACCESS_KEY']);
    expect(variables(production({ ...S3, S3_ENDPOINT: 'oss.example.gov.cn' }))).toEqual(['S3_ENDPOINT']);
  });

  it('refuses an unknown PHOTO_STORE rather than falling back to the filesystem', () => {
    expect(variables(production({ ...S3, PHOTO_STORE: 'S3' }))).toEqual(['PHOTO_STORE']);
    expect(() => photoStoreFromEnv({ PHOTO_STORE: 'oss' })).toThrow('PHOTO_STORE must be s3 or filesystem');
  });

  it('takes a directory only when it is absolute, exists and can be written', () => {
    const photos = path.join(dir, 'photos');
    mkdirSync(photos);
    expect(variables(production({ VILLAGE_PHOTOS_DIR: photos }))).toEqual([]);
    expect(variables(production({ PHOTO_STORE: 'filesystem', VILLAGE_PHOTOS_DIR: photos }))).toEqual([]);
    expect(variables(production({ VILLAGE_PHOTOS_DIR: 'data/photos' }))).toEqual(['VILLAGE_PHOTOS_DIR']);
    const missing = photoStoreProblems(production({ VILLAGE_PHOTOS_DIR: path.join(dir, 'nowhere') }));
    expect(missing.map((p) => [p.variable, p.message.startsWith('目录不存在')])).toEqual([
      ['VILLAGE_PHOTOS_DIR', true],
    ]);
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    expect(variables(production({ VILLAGE_PHOTOS_DIR: file }))).toEqual(['VILLAGE_PHOTOS_DIR']);
    if (process.getuid?.() !== 0) {
      // root may write anywhere, so only another user can see a read-only mount refused.
      const readOnly = path.join(dir, 'read-only');
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o555);
      expect(variables(production({ VILLAGE_PHOTOS_DIR: readOnly }))).toEqual(['VILLAGE_PHOTOS_DIR']);
    }
  });

  it('builds the S3 store from the same variables the check accepts', () => {
    expect(photoStoreFromEnv(production(S3))).toBeInstanceOf(S3PhotoStore);
  });
});

describe('a production start of entities', () => {
  /** Everything else production needs, set right, so the photo store is the only thing left to refuse. */
  const platform = () => ({
    NODE_ENV: 'production',
    AUTH_SECRET: 'a-production-secret-of-at-least-32-bytes',
    CORS_ORIGINS: 'https://shian.example.gov.cn',
    GATEWAY_PUBLIC_KEY: generateGatewayKeyPair().publicKey,
  });
  const PHOTO_VARIABLES = ['PHOTO_STORE', 'VILLAGE_PHOTOS_DIR', ...Object.keys(S3), 'S3_REGION', 'S3_PREFIX'];

  async function start(env: Record<string, string>, dbName: string) {
    const saved = { ...process.env };
    try {
      for (const name of PHOTO_VARIABLES) delete process.env[name];
      Object.assign(process.env, platform(), env);
      const app = await serve(subgraph, { port: 0, handleSignals: false, target: { dialect: 'sqlite', dbName } });
      await app.close();
      return undefined;
    } catch (error) {
      return error;
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  }

  it('is refused before the database is opened when no photo store is configured, naming what to set', async () => {
    const dbName = path.join(dir, 'refused.db');
    const error = await start({}, dbName);
    expect(error).toBeInstanceOf(UnsafeProductionSettings);
    expect((error as Error).message).toMatch(/^entities: 生产环境/);
    expect((error as UnsafeProductionSettings).problems.map((p) => p.variable)).toEqual(['PHOTO_STORE']);
    expect(existsSync(dbName)).toBe(false);

    const partial = await start({ ...S3, S3_SECRET_ACCESS_KEY: '' }, dbName);
    expect((partial as UnsafeProductionSettings).problems.map((p) => p.variable)).toEqual(['S3_SECRET_ACCESS_KEY']);
    expect(existsSync(dbName)).toBe(false);
  });

  it('reports the photo store together with the platform’s own problems, in one refusal', async () => {
    const error = await start({ CORS_ORIGINS: '*' }, path.join(dir, 'both.db'));
    expect((error as UnsafeProductionSettings).problems.map((p) => p.variable)).toEqual([
      'CORS_ORIGINS',
      'PHOTO_STORE',
    ]);
  });

  it('passes the photo check with an S3 store and goes on to the next one (an unmigrated database)', async () => {
    const error = await start(S3, path.join(dir, 'unmigrated.db'));
    expect(error).toBeInstanceOf(MigrationsPending);
  });
});
