import type { Client } from '@urql/core';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { Provider } from 'urql';
import { createClient } from './client';

/**
 * Set only by a host that provides its client. The package is a Module Federation singleton, so a remote
 * rendered inside the shell sees the shell's context object and reuses its client.
 */
const HostClientContext = createContext<Client | null>(null);

/** The host's provider: every remote below it uses `client`. */
export function GraphQLProvider({ client, children }: { client: Client; children: ReactNode }) {
  return (
    <HostClientContext.Provider value={client}>
      <Provider value={client}>{children}</Provider>
    </HostClientContext.Provider>
  );
}

/** The client a host provided, or `null` when rendered without one (a partner page, a remote on its own). */
export const useHostClient = () => useContext(HostClientContext);

/**
 * A remote's root: uses the host's client when there is one, otherwise makes its own from the props it was given.
 */
export function ModuleClientProvider(props: { gatewayUrl: string; token?: string | null; children: ReactNode }) {
  const hostClient = useHostClient();
  const { gatewayUrl, token } = props;
  const ownClient = useMemo(
    () => (hostClient ? null : createClient({ gatewayUrl, getToken: () => token })),
    [hostClient, gatewayUrl, token],
  );
  const client = hostClient ?? ownClient!;
  return <GraphQLProvider client={client}>{props.children}</GraphQLProvider>;
}
