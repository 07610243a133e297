import { describe, expect, it } from 'vitest';
import {
  assertSafeProduction,
  DEVELOPMENT_GATEWAY_PRIVATE_KEY,
  DEVELOPMENT_GATEWAY_PUBLIC_KEY,
  DEVELOPMENT_SECRET,
  generateGatewayKeyPair,
  UnsafeProductionSettings,
  unsafeProductionSettings,
} from '../src';

const keys = generateGatewayKeyPair();
const SAFE = {
  NODE_ENV: 'production',
  AUTH_SECRET: 'a-production-secret-of-at-least-32-bytes!',
  CORS_ORIGINS: 'https://shian.example.gov.cn',
  GATEWAY_SIGNING_KEY: keys.privateKey,
  GATEWAY_PUBLIC_KEY: keys.publicKey,
};

const variables = (env: NodeJS.ProcessEnv, role: 'gateway' | 'subgraph' = 'gateway') =>
  unsafeProductionSettings(env, role).map((p) => p.variable);

describe('production settings', () => {
  it('accept a safe configuration, for the gateway and a subgraph', () => {
    expect(variables(SAFE, 'gateway')).toEqual([]);
    expect(variables(SAFE, 'subgraph')).toEqual([]);
    const oidc = { ...SAFE, AUTH_SECRET: undefined, AUTH_ISSUER: 'https://idp', AUTH_JWKS_URL: 'https://idp/jwks' };
    expect(variables(oidc)).toEqual([]);
  });

  it('are not checked outside production', () => {
    expect(variables({})).toEqual([]);
    expect(variables({ NODE_ENV: 'development', AUTH_DEV_IDP: 'on' })).toEqual([]);
  });

  it('refuse production without a secret or an issuer, naming AUTH_SECRET', () => {
    expect(variables({ ...SAFE, AUTH_SECRET: undefined })).toEqual(['AUTH_SECRET']);
    expect(variables({ ...SAFE, AUTH_SECRET: '' })).toEqual(['AUTH_SECRET']);
    // Half an issuer is no issuer.
    expect(variables({ ...SAFE, AUTH_SECRET: undefined, AUTH_JWKS_URL: 'https://idp/jwks' })).toEqual(['AUTH_SECRET']);
    expect(variables({ ...SAFE, AUTH_SECRET: undefined, AUTH_ISSUER: 'https://idp' })).toEqual(['AUTH_SECRET']);
  });

  it('refuse the development secret and a short one', () => {
    expect(variables({ ...SAFE, AUTH_SECRET: DEVELOPMENT_SECRET })).toEqual(['AUTH_SECRET']);
    expect(variables({ ...SAFE, AUTH_SECRET: 'x'.repeat(31) })).toEqual(['AUTH_SECRET']);
    expect(variables({ ...SAFE, AUTH_SECRET: 'x'.repeat(32) })).toEqual([]);
    // Even beside an issuer, the public development secret is never acceptable.
    expect(
      variables({ ...SAFE, AUTH_SECRET: DEVELOPMENT_SECRET, AUTH_ISSUER: 'https://idp', AUTH_JWKS_URL: 'https://j' }),
    ).toEqual(['AUTH_SECRET']);
  });

  it('refuse the development identity provider and demo users', () => {
    expect(variables({ ...SAFE, AUTH_DEV_IDP: 'on' })).toEqual(['AUTH_DEV_IDP']);
    expect(variables({ ...SAFE, AUTH_DEV_IDP: 'off' })).toEqual([]);
  });

  it('refuse an unset or wildcard CORS_ORIGINS', () => {
    expect(variables({ ...SAFE, CORS_ORIGINS: undefined })).toEqual(['CORS_ORIGINS']);
    expect(variables({ ...SAFE, CORS_ORIGINS: ' , ' })).toEqual(['CORS_ORIGINS']);
    expect(variables({ ...SAFE, CORS_ORIGINS: 'https://a, *' })).toEqual(['CORS_ORIGINS']);
  });

  it('refuse a missing or development gateway key: the signing key for the gateway, the public key for a subgraph', () => {
    expect(variables({ ...SAFE, GATEWAY_SIGNING_KEY: undefined }, 'gateway')).toEqual(['GATEWAY_SIGNING_KEY']);
    expect(variables({ ...SAFE, GATEWAY_SIGNING_KEY: undefined }, 'subgraph')).toEqual([]);
    expect(variables({ ...SAFE, GATEWAY_SIGNING_KEY: DEVELOPMENT_GATEWAY_PRIVATE_KEY }, 'gateway')).toEqual([
      'GATEWAY_SIGNING_KEY',
    ]);
    expect(variables({ ...SAFE, GATEWAY_PUBLIC_KEY: undefined }, 'subgraph')).toEqual(['GATEWAY_PUBLIC_KEY']);
    expect(variables({ ...SAFE, GATEWAY_PUBLIC_KEY: DEVELOPMENT_GATEWAY_PUBLIC_KEY }, 'subgraph')).toEqual([
      'GATEWAY_PUBLIC_KEY',
    ]);
    expect(variables({ ...SAFE, GATEWAY_PUBLIC_KEY: 'garbage' }, 'subgraph')).toEqual(['GATEWAY_PUBLIC_KEY']);
  });

  it('throw one error listing every variable to fix', () => {
    let error: unknown;
    try {
      assertSafeProduction({ NODE_ENV: 'production', AUTH_DEV_IDP: 'on' }, 'gateway');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnsafeProductionSettings);
    const message = (error as Error).message;
    for (const name of ['AUTH_SECRET', 'AUTH_DEV_IDP', 'CORS_ORIGINS', 'GATEWAY_SIGNING_KEY']) {
      expect(message).toContain(name);
    }
    expect(() => assertSafeProduction(SAFE, 'subgraph')).not.toThrow();
  });
});
