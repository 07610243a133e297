import { createPublicKey } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  DEMO_USERS,
  DEVELOPMENT_GATEWAY_PUBLIC_KEY,
  GATEWAY_CREDENTIAL_HEADER,
  gatewayCredentialVerifier,
  SERVICE_IDENTITIES,
  signToken,
} from '@shian/auth';
import { createLogger, type HttpApp, serveGraphQL } from '@shian/server';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, type Gateway, startGateway } from '../src';
import { GATEWAY_KEYS, PRODUCTION_ENV } from './production-env';

const SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { credential: String }
`;

/** A subgraph that answers with the gateway credential it received, and remembers every one. */
async function recordingSubgraph(received: (string | undefined)[]): Promise<HttpApp> {
  const logger = createLogger('gamma');
  const schema = buildSubgraphSchema({
    typeDefs: parse(SDL),
    resolvers: {
      Query: { credential: (_: unknown, __: unknown, ctx: unknown) => (ctx as { credential?: string }).credential },
    },
  });
  return serveGraphQL<{ credential?: string }>({
    name: 'gamma',
    port: 0,
    host: '127.0.0.1',
    apollo: new ApolloServer({ schema, logger }),
    context: async (req) => {
      const credential = req.headers[GATEWAY_CREDENTIAL_HEADER] as string | undefined;
      received.push(credential);
      return { credential };
    },
    logger,
  });
}

const officer = DEMO_USERS.find((user) => user.username === 'officer')!;

async function ask(gateway: Gateway): Promise<string> {
  const { token } = await signToken(officer);
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ credential }' }),
  });
  const body = (await response.json()) as { data: { credential: string } };
  return body.data.credential;
}

describe('the gateway credential', () => {
  const received: (string | undefined)[] = [];
  let subgraph: HttpApp;
  let supergraphSdl: string;
  let gateway: Gateway;
  let development: Gateway;

  beforeAll(async () => {
    subgraph = await recordingSubgraph(received);
    supergraphSdl = composeSupergraph([{ name: 'gamma', url: subgraph.url, typeDefs: SDL }]).supergraphSdl;
    const common = { port: 0, host: '127.0.0.1', supergraphSdl };
    [gateway, development] = await Promise.all([
      startGateway({ ...common, env: { GATEWAY_SIGNING_KEY: GATEWAY_KEYS.privateKey } }),
      startGateway({ ...common, env: {} }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([gateway?.close(), development?.close(), subgraph?.close()]);
  });

  it('goes with every subgraph request, signed with the gateway’s key for that subgraph, and is reused', async () => {
    received.length = 0;
    const first = await ask(gateway);
    const second = await ask(gateway);
    expect(received).toEqual([first, second]);
    expect(second).toBe(first);
    await gatewayCredentialVerifier(createPublicKey(GATEWAY_KEYS.publicKey), 'gamma')(first);
    await expect(gatewayCredentialVerifier(createPublicKey(GATEWAY_KEYS.publicKey), 'entities')(first)).rejects.toThrow(
      '不是签发给本子图的',
    );
    const claims = JSON.parse(Buffer.from(first.split('.')[1] as string, 'base64url').toString()) as Record<
      string,
      number | string
    >;
    expect(claims).toMatchObject({ iss: 'shian-gateway', aud: 'gamma' });
    expect(Number(claims.exp) - Number(claims.iat)).toBeLessThanOrEqual(60);
    // Signed with this gateway's key, not the development one.
    await expect(
      gatewayCredentialVerifier(createPublicKey(DEVELOPMENT_GATEWAY_PUBLIC_KEY), 'gamma')(first),
    ).rejects.toThrow('无效');
  });

  it('names the reminder service only for the gateway’s own in-process operations, never for a request', async () => {
    const verify = gatewayCredentialVerifier(createPublicKey(GATEWAY_KEYS.publicKey), 'gamma');
    const answer = await gateway.runAsService('reminders', '{ credential }');
    expect(answer.errors).toBeUndefined();
    expect(await verify(answer.data?.credential as string)).toEqual({ act: SERVICE_IDENTITIES.reminders });
    // A client's request, whatever it sends (a credential of its own, an act header, variables), gets the plain one.
    const { token } = await signToken(officer);
    const forged = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        [GATEWAY_CREDENTIAL_HEADER]: answer.data?.credential as string,
        act: 'reminders',
        'x-shian-service': 'reminders',
      },
      body: JSON.stringify({
        query: '{ credential }',
        variables: { service: 'reminders' },
        extensions: { service: 'reminders' },
      }),
    });
    const body = (await forged.json()) as { data: { credential: string } };
    expect(body.data.credential).not.toBe(answer.data?.credential);
    expect(await verify(body.data.credential)).toEqual({});
    expect(await verify(await ask(gateway))).toEqual({});
  });

  it('is signed with the development key outside production when no key is configured', async () => {
    const credential = await ask(development);
    await gatewayCredentialVerifier(createPublicKey(DEVELOPMENT_GATEWAY_PUBLIC_KEY), 'gamma')(credential);
  });

  it('never falls back to the development key in production', async () => {
    const common = { port: 0, host: '127.0.0.1', supergraphSdl };
    const { GATEWAY_SIGNING_KEY: _, ...withoutKey } = PRODUCTION_ENV;
    await expect(startGateway({ ...common, env: withoutKey })).rejects.toThrow('GATEWAY_SIGNING_KEY');
    const { AUTH_SECRET: __, ...withoutSecret } = PRODUCTION_ENV;
    await expect(startGateway({ ...common, env: withoutSecret })).rejects.toThrow('AUTH_SECRET');
    const { CORS_ORIGINS: ___, ...anyOrigin } = PRODUCTION_ENV;
    await expect(startGateway({ ...common, env: anyOrigin })).rejects.toThrow('CORS_ORIGINS');
  });
});
