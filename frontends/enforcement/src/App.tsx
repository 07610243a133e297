import {
  createRefreshingClient,
  createTokenKeeper,
  GraphQLProvider,
  ModuleClientProvider,
  tokenExpiry,
  useHostClient,
} from '@shian/graphql-client';
import { ShianUiProvider, type UiLocale } from '@shian/ui-kit';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { BrowserRouter, MemoryRouter, Route, Routes, useInRouterContext } from '@shian/router';
import { ModuleContext, moduleContextValue } from './module';
import { ModuleRoutes } from './routes';

export interface EnforcementAppProps {
  /** The gateway's base URL (or its /graphql endpoint). */
  gatewayUrl: string;
  /** The caller's token. With `getToken`, the first one (optional: without it, `getToken` is asked at once). */
  token?: string;
  /**
   * Async, resolves to a fresh token: asked before the token expires (its `exp`) and when the gateway refuses it.
   * How a partner's page keeps a short-lived department token alive (embed.js).
   */
  getToken?: () => Promise<string>;
  /** Where the module is mounted, e.g. `/enforcement`. */
  basePath?: string;
  locale?: UiLocale;
  /**
   * On its own (no host router): `browser` follows the page's URL under `basePath`; `memory` keeps the module's
   * navigation to itself and leaves the host page's URL alone (how embed.js mounts it by default).
   */
  routing?: 'browser' | 'memory';
}

/**
 * 执法办案: the module as a React component. Inside the shell it nests its routes under the shell's route and uses
 * the shell's GraphQL client and UI provider; elsewhere it brings its own. It follows its token: the bureau's
 * staff get the bureau's menus, a partner department its own workbench.
 */
export default function EnforcementApp({
  gatewayUrl,
  token: givenToken,
  getToken,
  basePath = '',
  locale,
  routing = 'browser',
}: EnforcementAppProps) {
  const inRouter = useInRouterContext();
  const hostClient = useHostClient();
  // Only on its own (embedded): inside the shell the shell's client and session own the token.
  const keeper = useMemo(
    () => (getToken && !hostClient ? createTokenKeeper({ token: givenToken, getToken }) : null),
    [getToken, hostClient, givenToken],
  );
  const [keptToken, setKeptToken] = useState(() => keeper?.current() ?? null);
  useEffect(() => {
    if (!keeper) return;
    setKeptToken(keeper.current());
    const unsubscribe = keeper.subscribe(setKeptToken);
    if (!keeper.current()) void keeper.refresh();
    return () => {
      unsubscribe();
      keeper.stop();
    };
  }, [keeper]);
  const token = keeper ? keptToken : (givenToken ?? null);
  const context = useMemo(() => moduleContextValue(basePath, token), [basePath, token]);
  const content = (
    <ShianUiProvider locale={locale}>
      <TokenClientProvider gatewayUrl={gatewayUrl} token={token} keeper={keeper}>
        <ModuleContext.Provider value={context}>
          <ModuleRoutes />
        </ModuleContext.Provider>
      </TokenClientProvider>
    </ShianUiProvider>
  );
  if (inRouter) return content;
  const routes = (
    <Routes>
      <Route path={`${context.basePath}/*`} element={content} />
    </Routes>
  );
  return routing === 'memory' ? (
    <MemoryRouter initialEntries={[context.basePath || '/']}>{routes}</MemoryRouter>
  ) : (
    <BrowserRouter>{routes}</BrowserRouter>
  );
}

/** A kept token gets one client for the module's life (a fresh token needs no new client); a fixed one as before. */
function TokenClientProvider(props: {
  gatewayUrl: string;
  token: string | null;
  keeper: ReturnType<typeof createTokenKeeper> | null;
  children: ReactNode;
}) {
  const { gatewayUrl, keeper } = props;
  const client = useMemo(() => (keeper ? createRefreshingClient(gatewayUrl, keeper) : null), [gatewayUrl, keeper]);
  if (!client)
    return (
      <ModuleClientProvider gatewayUrl={gatewayUrl} token={props.token}>
        {props.children}
      </ModuleClientProvider>
    );
  // Until a live token arrives there is nothing worth asking the gateway with (an expired first token is being
  // replaced already: the keeper asks at once).
  const { expiresAt } = tokenExpiry(props.token);
  if (!props.token || (expiresAt !== undefined && expiresAt <= Date.now())) return null;
  return <GraphQLProvider client={client}>{props.children}</GraphQLProvider>;
}
