import {
  type Client,
  createClient,
  decodeToken,
  ERROR_MESSAGES,
  isExpired,
  type TokenClaims,
  tokenStorage,
} from '@shian/graphql-client';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { RemotesManifest } from './manifest';
import { oidcAuth, type ShellAuth, signedOutFlag } from './oidc';

export interface Session {
  manifest: RemotesManifest;
  client: Client;
  token: string | null;
  user: TokenClaims | null;
  /** Why the user was signed out (shown on the sign-in page), e.g. an expired token. */
  signedOutReason: string | null;
  /** Leaves for the issuer's sign-in page; `next` is where the user lands after signing in. */
  signIn: (next?: string) => Promise<void>;
  /** On the callback route: the issuer's answer becomes the session's token; resolves to the page to open. */
  completeSignIn: () => Promise<string>;
  /** Without a reason: the user signs out (here and at the issuer). With one: the token is no longer accepted. */
  signOut: (reason?: string) => void;
}

const SessionContext = createContext<Session | null>(null);

function validToken(token: string | null): string | null {
  const claims = decodeToken(token);
  return claims && !isExpired(claims) ? token : null;
}

/** The signed-in user and the one GraphQL client of the page (the remotes use it too). */
export function SessionProvider({
  manifest,
  auth: givenAuth,
  children,
}: {
  manifest: RemotesManifest;
  /** Default: OpenID Connect with the manifest's issuer (tests give their own). */
  auth?: ShellAuth;
  children: ReactNode;
}) {
  const auth = useMemo(() => givenAuth ?? oidcAuth(manifest.oidc), [givenAuth, manifest.oidc]);
  const [token, setToken] = useState(() => validToken(tokenStorage.get()));
  const [signedOutReason, setReason] = useState<string | null>(null);
  const tokenRef = useRef(token);
  tokenRef.current = token;

  const signOut = useCallback(
    (reason?: string) => {
      tokenStorage.clear();
      tokenRef.current = null;
      setToken(null);
      setReason(reason ?? null);
      // An explicit sign-out also ends the issuer's session, or the next visit would sign straight back in; and the
      // sign-in page waits for a click rather than leaving for the issuer again.
      if (!reason) signedOutFlag.set();
      const done = reason ? auth.forget() : auth.signOut();
      done.catch((error) => console.warn('sign-out at the identity provider failed', error));
    },
    [auth],
  );

  const client = useMemo(
    () =>
      createClient({
        gatewayUrl: manifest.gatewayUrl,
        getToken: () => tokenRef.current,
        // The client's own message (a key in ui-kit's catalog): the sign-in page shows it translated.
        onUnauthenticated: () => signOut(ERROR_MESSAGES.UNAUTHENTICATED),
      }),
    [manifest.gatewayUrl, signOut],
  );

  const signIn = useCallback((next = '/') => auth.signIn(next), [auth]);

  const completeSignIn = useCallback(async () => {
    const { token: next, next: path } = await auth.completeSignIn();
    tokenStorage.set(next);
    tokenRef.current = next;
    setReason(null);
    setToken(next);
    return path;
  }, [auth]);

  const session = useMemo<Session>(
    () => ({
      manifest,
      client,
      token,
      user: decodeToken(token) ?? null,
      signedOutReason,
      signIn,
      completeSignIn,
      signOut,
    }),
    [manifest, client, token, signedOutReason, signIn, completeSignIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
