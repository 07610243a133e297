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
  /** The connection in the answer; null when its subgraph did not answer (the export then fails with its error). */
  pick: (data: Data) => Connection<T> | null | undefined,
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
    // Another domain's column missing (null, with an error naming it) still exports, as "—" like the screen.
    const connection: Connection<T> | null | undefined = result.data ? pick(result.data) : undefined;
    if (!connection) throw result.error ?? new Error('服务端未返回数据');
    rows.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || rows.length >= limit) return rows;
    after = connection.pageInfo.endCursor;
  }
}
