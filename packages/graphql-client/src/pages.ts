import type { AnyVariables, Client, TypedDocumentNode } from '@urql/core';

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Walks every page of a connection (100 at a time, the API's maximum), e.g. to export a filtered list that the
 * screen shows one page of. Stops at `limit` rows so that a runaway list cannot hang the tab.
 */
export async function fetchAllNodes<
  Data,
  Variables extends AnyVariables & { first?: number | null; after?: string | null },
  T,
>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  pick: (data: Data) => Connection<T>,
  { pageSize = 100, limit = 20000 }: { pageSize?: number; limit?: number } = {},
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null | undefined = null;
  for (;;) {
    const result = await client
      .query(document, { ...variables, first: pageSize, after } as unknown as Variables, {
        requestPolicy: 'network-only',
      })
      .toPromise();
    if (result.error) throw result.error;
    if (!result.data) throw new Error('服务端未返回数据');
    const connection = pick(result.data);
    rows.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || rows.length >= limit) return rows;
    after = connection.pageInfo.endCursor;
  }
}
