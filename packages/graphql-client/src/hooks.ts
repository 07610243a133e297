import { useCallback, useRef } from 'react';
import { useClient as urqlUseClient, useMutation as urqlUseMutation, useQuery as urqlUseQuery } from 'urql';
import { newIdempotencyKey } from './client';

// Wrappers rather than `export { useQuery } from 'urql'`: this package and urql are both Module Federation shared
// modules, and a remote's own fallback copy of this package (the remote on its own, or embedded in a page without
// the shell) copies its exports before urql's shared module has resolved, leaving re-exported names undefined.
export const useQuery = ((args) => urqlUseQuery(args)) as typeof urqlUseQuery;
/**
 * urql's useMutation, with one `Idempotency-Key` per submission: the same variables submitted again before an
 * answer came back (a retry after a timeout or a lost connection) reuse the key, so the server returns the first
 * result instead of writing twice; a success, or other variables, start a new submission with a new key.
 */
export const useMutation = ((query) => {
  const [state, execute] = urqlUseMutation(query);
  const submission = useRef<{ variables: string; key: string } | null>(null);
  const run = useCallback(
    async (variables?: any, context?: any) => {
      const text = JSON.stringify(variables ?? {});
      if (submission.current?.variables !== text) submission.current = { variables: text, key: newIdempotencyKey() };
      const result = await execute(variables, { idempotencyKey: submission.current.key, ...context });
      if (result.data && !result.error) submission.current = null;
      return result;
    },
    [execute],
  );
  return [state, run];
}) as typeof urqlUseMutation;
export const useClient = (() => urqlUseClient()) as typeof urqlUseClient;
