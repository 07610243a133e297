import type { AnyVariables, Client, TypedDocumentNode } from '@urql/core';

export interface Connection<T> {
  totalCount: number;
  /** True when `totalCount` is the server's estimate (very many matches); a list's query selects it beside the count. */
  totalCountIsEstimate?: boolean;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** How far an export has come: rows gathered so far of the list's `totalCount`. */
export interface FetchProgress {
  loaded: number;
  total: number;
  /** The total is the server's estimate (never below what is loaded): shown as 约. */
  estimated: boolean;
}

export interface FetchAllOptions {
  pageSize?: number;
  /** The most rows gathered; the rest of a longer list is left, and the answer says so (`capped`). */
  limit?: number;
  onProgress?: (progress: FetchProgress) => void;
}

/** Every row of a connection up to the limit, with how many the list holds in all. */
export interface AllNodes<T> {
  rows: T[];
  /** The list's `totalCount` as the first page answered it. */
  total: number;
  /** Whether that total was an estimate. */
  estimated: boolean;
  /** True when the list holds more than `limit` rows and only the first `limit` were gathered. */
  capped: boolean;
}

/** The most rows one export gathers (200 requests of 100): beyond it the browser tab, not the server, suffers. */
export const EXPORT_LIMIT = 20000;

/**
 * Walks every page of a connection (100 at a time, the API's maximum), e.g. to export a filtered list that the
 * screen shows one page of, reporting progress after each page. Stops at `limit` rows so that a runaway list cannot
 * hang the tab, and says whether it did.
 */
export async function fetchAllPages<
  Data,
  Variables extends AnyVariables & { first?: number | null; after?: string | null },
  T,
>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  /** The connection in the answer; null when its subgraph did not answer (the export then fails with its error). */
  pick: (data: Data) => Connection<T> | null | undefined,
  { pageSize = 100, limit = EXPORT_LIMIT, onProgress }: FetchAllOptions = {},
): Promise<AllNodes<T>> {
  const rows: T[] = [];
  let total: number | undefined;
  let estimated = false;
  let after: string | null | undefined = null;
  for (;;) {
    const first = Math.min(pageSize, limit - rows.length);
    const result = await client
      .query(document, { ...variables, first, after } as unknown as Variables, { requestPolicy: 'network-only' })
      .toPromise();
    // Another domain's column missing (null, with an error naming it) still exports, as "—" like the screen.
    const connection: Connection<T> | null | undefined = result.data ? pick(result.data) : undefined;
    if (!connection) throw result.error ?? new Error('服务端未返回数据');
    if (total === undefined) {
      total = connection.totalCount;
      estimated = connection.totalCountIsEstimate ?? false;
    }
    rows.push(...connection.nodes);
    // An estimate may fall short of the rows there are: the walk has the last word.
    if (estimated) total = Math.max(total, rows.length);
    onProgress?.({ loaded: rows.length, total, estimated });
    const more = connection.pageInfo.hasNextPage && Boolean(connection.pageInfo.endCursor);
    if (!more) return { rows, total, capped: false, estimated };
    if (rows.length >= limit) return { rows, total: Math.max(total, rows.length + 1), capped: true, estimated };
    after = connection.pageInfo.endCursor;
  }
}

/** `fetchAllPages`' rows alone, for callers that need no progress or cap. */
export async function fetchAllNodes<
  Data,
  Variables extends AnyVariables & { first?: number | null; after?: string | null },
  T,
>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  pick: (data: Data) => Connection<T> | null | undefined,
  options: FetchAllOptions = {},
): Promise<T[]> {
  return (await fetchAllPages(client, document, variables, pick, options)).rows;
}
