import {
  type Client,
  createClient,
  decodeToken,
  isExpired,
  requestToken,
  type TokenClaims,
  tokenStorage,
} from '@shian/graphql-client';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { RemotesManifest } from './manifest';

export interface Session {
  manifest: RemotesManifest;
  client: Client;
  token: string | null;
  user: TokenClaims | null;
  /** Why the user was signed out (shown on the sign-in page), e.g. an expired token. */
  signedOutReason: string | null;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: (reason?: string) => void;
}

const SessionContext = createContext<Session | null>(null);

function validToken(token: string | null): string | null {
  const claims = decodeToken(token);
  return claims && !isExpired(claims) ? token : null;
}

/** The signed-in user and the one GraphQL client of the page (the remotes use it too). */
export function SessionProvider({ manifest, children }: { manifest: RemotesManifest; children: ReactNode }) {
  const [token, setToken] = useState(() => validToken(tokenStorage.get()));
  const [signedOutReason, setReason] = useState<string | null>(null);
  const tokenRef = useRef(token);
  tokenRef.current = token;

  const signOut = useCallback((reason?: string) => {
    tokenStorage.clear();
    tokenRef.current = null;
    setToken(null);
    setReason(reason ?? null);
  }, []);

  const client = useMemo(
    () =>
      createClient({
        gatewayUrl: manifest.gatewayUrl,
        getToken: () => tokenRef.current,
        onUnauthenticated: () => signOut('登录已失效,请重新登录'),
      }),
    [manifest.gatewayUrl, signOut],
  );

  const signIn = useCallback(
    async (username: string, password: string) => {
      const next = await requestToken(manifest.gatewayUrl, username, password);
      tokenStorage.set(next);
      tokenRef.current = next;
      setReason(null);
      setToken(next);
    },
    [manifest.gatewayUrl],
  );

  const session = useMemo<Session>(
    () => ({ manifest, client, token, user: decodeToken(token) ?? null, signedOutReason, signIn, signOut }),
    [manifest, client, token, signedOutReason, signIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
