import { gql } from '@urql/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, type FetchProgress, fetchAllNodes, fetchAllPages } from '../src';

const json = (body: object) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('createClient', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('POSTs to <gateway>/graphql with the current bearer token', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => json({ data: { townships: [] } }));
    vi.stubGlobal('fetch', fetch);
    let token = 'first';
    const client = createClient({ gatewayUrl: 'http://gw:4000', getToken: () => token });
    await client.query(gql`{ townships { id } }`, {}).toPromise();
    token = 'second';
    await client.query(gql`{ townships { id name } }`, {}).toPromise();
    const [url, init] = fetch.mock.calls[1]!;
    expect(url).toBe('http://gw:4000/graphql');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer second');
  });

  it('sends an Idempotency-Key with every mutation (the one given, else a fresh one), never with a query', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => json({ data: { addThing: { id: '1' } } }));
    vi.stubGlobal('fetch', fetch);
    const client = createClient({ gatewayUrl: 'http://gw', getToken: () => 'token' });
    const add = gql`mutation { addThing { id } }`;
    await client.mutation(add, {}, { idempotencyKey: 'form-1' }).toPromise();
    await client.mutation(add, {}).toPromise();
    await client.mutation(add, {}).toPromise();
    await client.query(gql`{ townships { id } }`, {}).toPromise();
    const headers = fetch.mock.calls.map(([, init]) => new Headers(init.headers));
    expect(headers[0]!.get('idempotency-key')).toBe('form-1');
    expect(headers[0]!.get('authorization')).toBe('Bearer token');
    expect(headers[1]!.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers[2]!.get('idempotency-key')).not.toBe(headers[1]!.get('idempotency-key'));
    expect(headers[3]!.get('idempotency-key')).toBeNull();
  });

  it('calls onUnauthenticated when the gateway refuses the token', async () => {
    vi.stubGlobal('fetch', async () =>
      json({ errors: [{ message: '令牌已过期,请重新登录', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const onUnauthenticated = vi.fn();
    const client = createClient({ gatewayUrl: 'http://gw', getToken: () => 'old', onUnauthenticated });
    const result = await client.query(gql`{ townships { id } }`, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.message).toBe('令牌已过期,请重新登录');
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });
});

describe('fetchAllNodes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows endCursor until the last page', async () => {
    const pages: Record<string, object> = {
      null: { totalCount: 3, nodes: [{ id: '1' }, { id: '2' }], pageInfo: { hasNextPage: true, endCursor: 'c2' } },
      c2: { totalCount: 3, nodes: [{ id: '3' }], pageInfo: { hasNextPage: false, endCursor: 'c3' } },
    };
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const { variables } = JSON.parse(String(init.body));
      return json({ data: { entities: pages[String(variables.after)] } });
    });
    vi.stubGlobal('fetch', fetch);
    const client = createClient({ gatewayUrl: 'http://gw', getToken: () => 't' });
    const query = gql`query ($first: Int, $after: String, $search: String) {
      entities(first: $first, after: $after, filter: { search: $search }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
    }`;
    const rows = await fetchAllNodes(client, query, { search: '面' }, (data: any) => data.entities, { pageSize: 2 });
    expect(rows.map((r: any) => r.id)).toEqual(['1', '2', '3']);
    expect(JSON.parse(String(fetch.mock.calls[0]![1].body)).variables).toEqual({ search: '面', first: 2, after: null });
  });

  it('carries an estimated total as one, never below the rows it has gathered', async () => {
    const page = (ids: string[], after: string | null) => ({
      totalCount: 2,
      totalCountIsEstimate: true,
      nodes: ids.map((id) => ({ id })),
      pageInfo: { hasNextPage: after !== null, endCursor: after },
    });
    const pages: Record<string, object> = { null: page(['1', '2'], 'c2'), c2: page(['3'], null) };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) =>
        json({ data: { entities: pages[String(JSON.parse(String(init.body)).variables.after)] } }),
      ),
    );
    const client = createClient({ gatewayUrl: 'http://gw', getToken: () => 't' });
    const query = gql`query ($first: Int, $after: String) {
      entities(first: $first, after: $after) { totalCount totalCountIsEstimate nodes { id } pageInfo { hasNextPage endCursor } }
    }`;
    const progress: FetchProgress[] = [];
    const all = await fetchAllPages(client, query, {}, (data: any) => data.entities, {
      pageSize: 2,
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([
      { loaded: 2, total: 2, estimated: true },
      { loaded: 3, total: 3, estimated: true },
    ]);
    expect(all).toMatchObject({ total: 3, capped: false, estimated: true });
  });
});
