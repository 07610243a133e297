import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthError,
  claimMappingFromEnv,
  createVerifier,
  DEMO_USERS,
  DEVELOPMENT_SECRET,
  ISSUER,
  signToken,
  type VerifierConfig,
  verifierConfigFromEnv,
} from '../src';

const OIDC = 'https://idp.example.cn/realms/shian';
let privateKey: CryptoKey;
let otherKey: CryptoKey;
let jwks: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  privateKey = pair.privateKey;
  otherKey = (await generateKeyPair('ES256')).privateKey;
  jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }] });
});

function oidcToken(
  claims: JWTPayload,
  options: { issuer?: string; audience?: string | string[]; exp?: number | null; key?: CryptoKey } = {},
) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setIssuer(options.issuer ?? OIDC)
    .setAudience(options.audience ?? 'shian')
    .setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 600);
  return jwt.sign(options.key ?? privateKey);
}

const config = (more: Partial<VerifierConfig> = {}): VerifierConfig => ({
  secret: DEVELOPMENT_SECRET,
  oidcIssuer: OIDC,
  jwks,
  ...more,
});

describe('the verifier with an OpenID issuer', () => {
  it('accepts the issuer’s access tokens with the default claims', async () => {
    const verify = createVerifier(config());
    const token = await oidcToken({ sub: 'township', name: '张监管', role: 'township', townshipId: '511902001' });
    expect(await verify(token)).toEqual({
      username: 'township',
      name: '张监管',
      role: 'township',
      townshipId: '511902001',
    });
  });

  it('still accepts development HS256 tokens beside them, choosing the key by iss', async () => {
    const verify = createVerifier(config());
    const { token } = await signToken(DEMO_USERS[1]!);
    expect((await verify(token)).role).toBe('officer');
  });

  it('refuses a token without exp, from another issuer, for another audience, or signed with another key', async () => {
    const verify = createVerifier(config());
    const claims = { sub: 'admin', role: 'leader' };
    await expect(verify(await oidcToken(claims, { exp: null }))).rejects.toBeInstanceOf(AuthError);
    await expect(verify(await oidcToken(claims, { issuer: 'https://evil.example' }))).rejects.toThrow('签发方不受信任');
    await expect(verify(await oidcToken(claims, { audience: 'someone-else' }))).rejects.toThrow('令牌无效');
    await expect(verify(await oidcToken(claims, { key: otherKey }))).rejects.toThrow('令牌无效');
    await expect(verify(await oidcToken(claims, { exp: Math.floor(Date.now() / 1000) - 60 }))).rejects.toThrow(
      '令牌已过期',
    );
  });

  it('refuses an HS256 token that claims the OpenID issuer (no algorithm confusion)', async () => {
    const verify = createVerifier(config());
    const { token } = await signToken(DEMO_USERS[0]!, { issuer: OIDC });
    await expect(verify(token)).rejects.toThrow('令牌无效');
  });

  it('refuses HS256 tokens when no secret is configured (production without AUTH_SECRET)', async () => {
    const verify = createVerifier(config({ secret: undefined }));
    const { token } = await signToken(DEMO_USERS[0]!);
    await expect(verify(token)).rejects.toThrow('签发方不受信任');
  });

  it('refuses an HS256 token without exp', async () => {
    const verify = createVerifier(config());
    const token = await new SignJWT({ role: 'leader' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('admin')
      .setIssuer(ISSUER)
      .setAudience('shian')
      .sign(new TextEncoder().encode(DEVELOPMENT_SECRET));
    await expect(verify(token)).rejects.toBeInstanceOf(AuthError);
  });

  it('maps a partner-audience token to its department’s partner role only, whatever its role claim says', async () => {
    const verify = createVerifier(config());
    const token = await oidcToken(
      { sub: 'partner-police', role: 'leader', department: 'police' },
      { audience: 'shian-partner' },
    );
    expect(await verify(token)).toEqual({
      username: 'partner-police',
      name: 'partner-police',
      role: 'partner',
      department: 'police',
    });
    const withoutDepartment = await oidcToken({ sub: 'partner-x', role: 'leader' }, { audience: 'shian-partner' });
    await expect(verify(withoutDepartment)).rejects.toThrow('缺少所属部门');
  });

  it('maps a Keycloak-shaped token by configuration: dotted paths, arrays and a value map', async () => {
    const claims = claimMappingFromEnv(
      JSON.stringify({
        username: 'preferred_username',
        role: 'realm_access.roles',
        township: 'township',
        department: 'groups',
        values: {
          role: { '/shian/leader': 'leader', 'shian-township': 'township', 'shian-partner': 'partner' },
          department: { '/部门/公安': 'police' },
        },
      }),
    );
    const verify = createVerifier(config({ claims }));
    const leader = await oidcToken({
      sub: 'f3c1-uuid',
      preferred_username: 'wang',
      name: '王局长',
      realm_access: { roles: ['offline_access', 'default-roles-shian', '/shian/leader'] },
    });
    expect(await verify(leader)).toEqual({ username: 'wang', name: '王局长', role: 'leader' });
    const township = await oidcToken({
      preferred_username: 'zhang',
      realm_access: { roles: ['shian-township'] },
      township: ['511902001'],
    });
    expect(await verify(township)).toMatchObject({ role: 'township', townshipId: '511902001' });
    const partner = await oidcToken({
      preferred_username: 'liu',
      realm_access: { roles: ['shian-partner'] },
      groups: ['/部门/其他', '/部门/公安'],
    });
    expect(await verify(partner)).toMatchObject({ role: 'partner', department: 'police' });
    const unknownRole = await oidcToken({ preferred_username: 'x', realm_access: { roles: ['uma_authorization'] } });
    await expect(verify(unknownRole)).rejects.toThrow('缺少用户或角色');
  });

  it('reads its configuration from the environment, and refuses a bad AUTH_CLAIMS', () => {
    expect(verifierConfigFromEnv({})).toMatchObject({
      secret: DEVELOPMENT_SECRET,
      oidcIssuer: 'http://localhost:4400',
      audience: 'shian',
      partnerAudience: 'shian-partner',
    });
    expect(verifierConfigFromEnv({ IDP_PORT: '14400' }).oidcIssuer).toBe('http://localhost:14400');
    const production = verifierConfigFromEnv({ NODE_ENV: 'production', AUTH_SECRET: DEVELOPMENT_SECRET });
    expect(production.secret).toBeUndefined();
    expect(production.oidcIssuer).toBeUndefined();
    expect(verifierConfigFromEnv({ NODE_ENV: 'production', AUTH_ISSUER: `${OIDC}/` }).oidcIssuer).toBe(OIDC);
    expect(() => claimMappingFromEnv('{role:')).toThrow('AUTH_CLAIMS');
    expect(() => claimMappingFromEnv('{"role": 3}')).toThrow('AUTH_CLAIMS.role');
  });
});

describe('the verifier finds the issuer’s keys over HTTP', () => {
  let server: Server;
  let issuer = '';
  let discoveries = 0;
  let publicOf: CryptoKey;
  let serverKey: CryptoKey;
  beforeAll(async () => {
    ({ publicKey: publicOf, privateKey: serverKey } = await generateKeyPair('ES256', { extractable: true }));
    const publicJwk = { ...(await exportJWK((await generateKeyPair('ES256')).publicKey)) };
    server = createServer(async (req, res) => {
      if (req.url === '/.well-known/openid-configuration') {
        discoveries++;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/keys` }));
      } else if (req.url === '/keys') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [publicJwk, { ...(await exportJWK(publicOf)), kid: 'k1', alg: 'ES256' }] }));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('discovers jwks_uri once and verifies with it', async () => {
    const verify = createVerifier({ oidcIssuer: issuer });
    const token = await oidcToken({ sub: 'admin', role: 'leader' }, { issuer, key: serverKey });
    expect((await verify(token)).role).toBe('leader');
    expect((await verify(token)).role).toBe('leader');
    expect(discoveries).toBe(1);
  });
});
