import { useClient as urqlUseClient, useMutation as urqlUseMutation, useQuery as urqlUseQuery } from 'urql';

// Wrappers rather than `export { useQuery } from 'urql'`: this package and urql are both Module Federation shared
// modules, and a remote's own fallback copy of this package (the remote on its own, or embedded in a page without
// the shell) copies its exports before urql's shared module has resolved, leaving re-exported names undefined.
export const useQuery = ((args) => urqlUseQuery(args)) as typeof urqlUseQuery;
export const useMutation = ((query) => urqlUseMutation(query)) as typeof urqlUseMutation;
export const useClient = (() => urqlUseClient()) as typeof urqlUseClient;
