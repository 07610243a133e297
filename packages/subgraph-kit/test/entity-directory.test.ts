import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS, type Identity } from '@shian/auth';
import { CALENDAR_OVERRIDES_QUERY } from '@shian/clock';
import { createLogger } from '@shian/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/context';
import {
  ENTITY_TOWNSHIPS_OPERATION,
  type EntityDirectory,
  entityTownship,
  entityTownships,
  gatewayEntityDirectory,
  staticEntityDirectory,
} from '../src/entity-directory';
import { httpGatewayClient, requireLinkedRecord } from '../src/gateway-client';
import { fakeGateway, trustedServiceOperations } from '../src/testing';

const REGISTER = [
  { id: 'E0001', townshipId: '511902001' },
  { id: 'E0002', townshipId: '511902002' },
];

function contextAs(
  username: string,
  entities: EntityDirectory,
  authorization?: string,
  gateway?: Context['gateway'],
): Context {
  const identity = DEMO_USERS.find((user) => user.username === username) as Identity;
  return { identity, entities, authorization, gateway, log: createLogger('test') } as unknown as Context;
}

describe('entityTownships: the township of a write comes from the entities subgraph', () => {
  const directory = staticEntityDirectory(REGISTER);

  it("takes the business's own township, and accepts a client-sent one only when it agrees", async () => {
    const officer = contextAs('officer', directory);
    expect(await entityTownship(officer, 'E0002')).toBe('511902002');
    expect(await entityTownship(officer, 'E0002', '511902002')).toBe('511902002');
    await expect(entityTownship(officer, 'E0002', '511902001')).rejects.toMatchObject({
      message: expect.stringContaining('不一致'),
      extensions: { code: 'BAD_USER_INPUT', field: 'townshipId' },
    });
  });

  it('refuses a business of another township to a township officer, as it refuses an unknown one', async () => {
    const township = contextAs('township', directory);
    expect(await entityTownship(township, 'E0001')).toBe('511902001');
    for (const id of ['E0002', 'E9999']) {
      await expect(entityTownship(township, id)).rejects.toMatchObject({
        message: `主体 ${id} 不存在或不在您的辖区内`,
        extensions: { code: 'BAD_USER_INPUT', field: 'entityId' },
      });
    }
  });

  it('finds nothing for a partner department', async () => {
    await expect(entityTownships(contextAs('police', directory), [{ entityId: 'E0001' }])).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('gatewayEntityDirectory', () => {
  const received: { authorization?: string; body: { query: string; variables: { ids: string[] } } }[] = [];
  let answer: (ids: string[]) => unknown = () => ({});
  let server: http.Server;
  let url = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => {
        text += chunk;
      });
      req.on('end', () => {
        const body = JSON.parse(text);
        received.push({ authorization: req.headers.authorization, body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer(body.variables.ids)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("asks the gateway with the caller's own token, in batches of at most 100", async () => {
    answer = (ids) => ({
      data: {
        entities: {
          nodes: ids.filter((id) => id !== 'E0150').map((id) => ({ id, name: `主体${id}`, township: { id: 'T1' } })),
        },
      },
    });
    const directory = gatewayEntityDirectory(httpGatewayClient(url));
    const ids = Array.from({ length: 150 }, (_, i) => `E${String(i + 1).padStart(4, '0')}`);
    const found = await directory.lookup(ids, contextAs('officer', directory, 'Bearer caller-token'));
    expect(found.size).toBe(149);
    expect(found.get('E0001')).toEqual({ id: 'E0001', townshipId: 'T1', name: '主体E0001' });
    expect(received.map((r) => r.body.variables.ids.length)).toEqual([100, 50]);
    expect(received.every((r) => r.authorization === 'Bearer caller-token')).toBe(true);
    expect(received[0]?.body.query).toBe(ENTITY_TOWNSHIPS_OPERATION);
    await directory.close();
  });

  it('fails the write cleanly when the entities subgraph does not answer', async () => {
    answer = () => ({ data: { entities: null }, errors: [{ message: '子图 entities 不可用' }] });
    const directory = gatewayEntityDirectory(httpGatewayClient(url));
    await expect(entityTownship(contextAs('officer', directory, 'Bearer caller-token'), 'E0001')).rejects.toMatchObject(
      { extensions: { code: 'SERVICE_UNAVAILABLE' } },
    );
    const unreachable = gatewayEntityDirectory(httpGatewayClient('http://127.0.0.1:1/graphql'));
    await expect(
      entityTownship(contextAs('officer', unreachable, 'Bearer caller-token'), 'E0001'),
    ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    await directory.close();
    await unreachable.close();
  });
});

describe('requireLinkedRecord: a linked id of another subgraph, checked through the gateway as the caller', () => {
  const received: { authorization?: string; body: { query: string; variables: { id: string } } }[] = [];
  let answer: (id: string) => unknown = () => ({});
  let server: http.Server;
  let url = '';
  const CASE = 'query ShianTestCase($id: ID!) { case(id: $id) { id } }';
  const check = (id: string) => ({
    operation: CASE,
    variables: { id },
    found: (data: { case?: unknown }) => Boolean(data.case),
    field: 'caseId',
    what: '案件',
  });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => {
        text += chunk;
      });
      req.on('end', () => {
        const body = JSON.parse(text);
        received.push({ authorization: req.headers.authorization, body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer(body.variables.id)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes a visible record, and refuses an unknown or out-of-scope one naming the field', async () => {
    const gateway = httpGatewayClient(url);
    const ctx = contextAs('township', staticEntityDirectory([]), 'Bearer caller-token', gateway);
    answer = (id) =>
      id === 'C1'
        ? { data: { case: { id } } }
        : id === 'C2'
          ? { data: { case: null }, errors: [{ message: '无权查看', extensions: { code: 'FORBIDDEN' } }] }
          : { data: { case: null } };
    expect(await requireLinkedRecord(ctx, check('C1'))).toEqual({ case: { id: 'C1' } });
    for (const id of ['C2', 'C3']) {
      await expect(requireLinkedRecord(ctx, check(id))).rejects.toMatchObject({
        message: `关联的案件 ${id} 不存在或不在您的权限范围内`,
        extensions: { code: 'BAD_USER_INPUT', field: 'caseId' },
      });
    }
    expect(received.every((r) => r.authorization === 'Bearer caller-token' && r.body.query === CASE)).toBe(true);
    answer = () => ({
      data: null,
      errors: [{ message: 'subgraph down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    await expect(requireLinkedRecord(ctx, check('C1'))).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    await gateway.close();
  });

  it('in tests: answers listed operations only, and says what to add for any other', async () => {
    const trusted = new Map([[CASE, 'sha256:x']]);
    const ctx = (gateway: Context['gateway']) => contextAs('officer', staticEntityDirectory([]), 'Bearer t', gateway);
    const answering = fakeGateway({ ShianTestCase: ({ id }) => ({ case: id === 'C1' ? { id } : null }) }, trusted);
    expect(await requireLinkedRecord(ctx(answering), check('C1'))).toEqual({ case: { id: 'C1' } });
    await expect(requireLinkedRecord(ctx(answering), check('C9'))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(requireLinkedRecord(ctx(fakeGateway({}, trusted)), check('C1'))).rejects.toMatchObject({
      message: expect.stringContaining('pass testSubgraph(subgraph, { gateway: { ShianTestCase:'),
    });
    await expect(
      requireLinkedRecord(ctx(fakeGateway({ ShianTestCase: () => ({}) }, new Map())), check('C1')),
    ).rejects.toMatchObject({ message: expect.stringContaining('not in trusted-operations.json') });
  });
});

describe('the trusted-operations manifest the gateway reads', () => {
  it('lists the directory operation under its sha256', async () => {
    const { createHash } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(new URL('../trusted-operations.json', import.meta.url), 'utf8'));
    const id = `sha256:${createHash('sha256').update(ENTITY_TOWNSHIPS_OPERATION).digest('hex')}`;
    const calendar = `sha256:${createHash('sha256').update(CALENDAR_OVERRIDES_QUERY).digest('hex')}`;
    // The kit's own operations only (the directory's, and clockContext's calendar): a service lists what it sends in
    // its own file.
    expect(manifest).toEqual({ [id]: ENTITY_TOWNSHIPS_OPERATION, [calendar]: CALENDAR_OVERRIDES_QUERY });
    expect(trustedServiceOperations('/nonexistent').get(ENTITY_TOWNSHIPS_OPERATION)).toBe(id);
  });
});
