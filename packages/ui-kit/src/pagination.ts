import { useCallback, useState } from 'react';

export const PAGE_SIZES = [20, 50, 100] as const;

export interface CursorPagination {
  /** Variables for the connection: `{ first, after }`. */
  variables: { first: number; after: string | null };
  page: number;
  pageSize: number;
  /** Moves to the next page, starting after the current page's `endCursor`. */
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
  first: () => void;
  setPageSize: (size: number) => void;
}

interface State {
  pageSize: number;
  /** `after` cursor of each page visited so far; page 1 starts at null. */
  cursors: (string | null)[];
  page: number;
  resetKey: string;
}

/**
 * Server-side pagination over a connection's opaque cursors: the `after` of every visited page is remembered, so
 * the user moves forward, back and to the first page. Changing `resetKey` (the filters, serialised) returns to
 * page 1, since old cursors belong to the old result.
 */
export function useCursorPagination(resetKey = '', initialPageSize: number = PAGE_SIZES[0]): CursorPagination {
  const [state, setState] = useState<State>({ pageSize: initialPageSize, cursors: [null], page: 1, resetKey });
  let current = state;
  if (state.resetKey !== resetKey) {
    current = { ...state, cursors: [null], page: 1, resetKey };
    setState(current);
  }
  const next = useCallback((endCursor: string | null | undefined) => {
    if (!endCursor) return;
    setState((s) => {
      const cursors = s.cursors.slice(0, s.page);
      cursors[s.page] = endCursor;
      return { ...s, cursors, page: s.page + 1 };
    });
  }, []);
  const previous = useCallback(() => setState((s) => ({ ...s, page: Math.max(1, s.page - 1) })), []);
  const first = useCallback(() => setState((s) => ({ ...s, page: 1 })), []);
  const setPageSize = useCallback(
    (pageSize: number) => setState((s) => ({ ...s, pageSize, cursors: [null], page: 1 })),
    [],
  );
  return {
    variables: { first: current.pageSize, after: current.cursors[current.page - 1] ?? null },
    page: current.page,
    pageSize: current.pageSize,
    next,
    previous,
    first,
    setPageSize,
  };
}
