import {
  createRefreshingClient,
  createTokenKeeper,
  GraphQLProvider,
  ModuleClientProvider,
  requestToken,
  tokenExpiry,
  tokenStorage,
  useHostClient,
} from '@shian/graphql-client';
import { Card, Flex, Typography } from '@shian/antd';
import { BrowserRouter, MemoryRouter, Route, Routes, useInRouterContext } from '@shian/router';
import {
  addMessages,
  KIT_NAMESPACE,
  kitT,
  type Messages,
  ShianUiProvider,
  SignInForm,
  type UiLocale,
  useT,
} from '@shian/ui-kit';
import { type ComponentType, type ReactNode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import kitMessages from './messages/en.json';
import { ModuleScope } from './module';
import { ModulePageRoutes, type ModulePageTable } from './ModulePages';

/** What the shell (and embed.js, and the standalone page) hand a remote's `./App`. */
export interface RemoteAppProps {
  /** The gateway's base URL (or its /graphql endpoint). */
  gatewayUrl: string;
  /** The caller's token. With `getToken`, the first one (optional: without it, `getToken` is asked at once). */
  token?: string;
  /**
   * Async, resolves to a fresh token: asked before the token expires (its `exp`) and when the gateway refuses it.
   * How a partner's page keeps a short-lived department token alive (enforcement's embed.js).
   */
  getToken?: () => Promise<string>;
  /** Where the module is mounted, e.g. `/sampling`. */
  basePath?: string;
  locale?: UiLocale;
  /**
   * On its own (no host router): `browser` follows the page's URL under `basePath`; `memory` keeps the module's
   * navigation to itself and leaves the host page's URL alone (how embed.js mounts it by default).
   */
  routing?: 'browser' | 'memory';
}

export interface RemoteDefinition {
  /**
   * The domain the module serves (`sampling`), as the shell mounts it (`/sampling`) and other modules' links name it:
   * a kit link to one of its own records (`CaseLink` in enforcement) then stays inside the module, on its own too.
   */
  module: string;
  /** The module's name in Chinese (抽检监测): the standalone sign-in's title, the navigation's label. */
  label: string;
  /** The module's pages and menu as a table (see `ModulePageTable`): the kit makes the routes and the menu. */
  pages: ModulePageTable;
  /**
   * The remote's message catalogs (`src/messages/en.json`: its Chinese texts → English), registered when the remote
   * loads; the kit's components and `t`/`useT` from ui-kit then show its texts in the user's language.
   */
  messages?: { en: Messages };
}

export interface Remote {
  /** The module as a React component: the remote's `./App` (default export of src/App.tsx). */
  App: ComponentType<RemoteAppProps>;
  /**
   * The remote on its own (`pnpm dev`, or its port after `start`): signs in against the gateway and renders the
   * module at the root of `#root`. Inside the shell none of this runs: the shell loads ./App.
   */
  standalone(gatewayUrl?: string): void;
  /** The module context the App gives its pages, for rendering pages without the App (tests). */
  Scope: ComponentType<{ basePath: string; token?: string | null; children: ReactNode }>;
}

/**
 * One remote from its pages: the App the shell loads (inside the shell it nests its routes under the shell's route
 * and uses the shell's GraphQL client and UI provider; elsewhere it brings its own router, client and provider, and
 * follows its token), the standalone page, and the module context its pages read (useModulePath, useCurrentUser…).
 */
export function defineRemote(definition: RemoteDefinition): Remote {
  // Types stop a remote written in TypeScript; this stops one that reaches here otherwise (a cast, a spread object,
  // a branch from before the page tables) at its load, not at its first render with an error about `undefined`.
  if (!definition.pages)
    throw new Error(
      `defineRemote(${definition.label}): no page table; give the module's pages as \`pages\` (a ModulePageTable)`,
    );
  addMessages('en', kitMessages, KIT_NAMESPACE);
  if (definition.messages) addMessages('en', definition.messages.en);
  // biome-ignore lint/correctness/noComponentHookFactories: a remote calls defineRemote once, at its module's top level, so App is one stable component
  function App(props: RemoteAppProps) {
    return <RemoteApp {...props} definition={definition} />;
  }
  App.displayName = `RemoteApp(${definition.label})`;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per remote, like App
  function Scope(props: { basePath: string; token?: string | null; children: ReactNode }) {
    return <ModuleScope {...props} label={definition.label} module={definition.module} />;
  }
  return {
    App,
    Scope,
    standalone(gatewayUrl = 'http://localhost:4000') {
      const root = document.getElementById('root');
      if (!root) throw new Error('the standalone page needs an element #root');
      createRoot(root).render(<Standalone App={App} label={definition.label} gatewayUrl={gatewayUrl} />);
    },
  };
}

function RemoteApp({
  definition,
  gatewayUrl,
  token: givenToken,
  getToken,
  basePath = '',
  locale,
  routing = 'browser',
}: RemoteAppProps & { definition: RemoteDefinition }) {
  const { label, pages, module } = definition;
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
  const mountedAt = basePath.replace(/\/+$/, '');
  const content = (
    <ShianUiProvider locale={locale}>
      <TokenClientProvider gatewayUrl={gatewayUrl} token={token} keeper={keeper}>
        <ModuleScope basePath={mountedAt} token={token} label={label} module={module}>
          <ModulePageRoutes table={pages} />
        </ModuleScope>
      </TokenClientProvider>
    </ShianUiProvider>
  );
  if (inRouter) return content;
  const routes = (
    <Routes>
      <Route path={`${mountedAt}/*`} element={content} />
    </Routes>
  );
  return routing === 'memory' ? (
    <MemoryRouter initialEntries={[mountedAt || '/']}>{routes}</MemoryRouter>
  ) : (
    <BrowserRouter>{routes}</BrowserRouter>
  );
}

function StandaloneTitle({ label }: { label: string }) {
  const t = useT();
  return <Typography.Title level={4}>{kitT('{{module}}(独立运行)', { module: t(label) })}</Typography.Title>;
}

/** Signs in against the gateway (the development token shortcut), then shows the module at the root. */
function Standalone({
  App,
  label,
  gatewayUrl,
}: {
  App: ComponentType<RemoteAppProps>;
  label: string;
  gatewayUrl: string;
}) {
  const [token, setToken] = useState(tokenStorage.get());
  if (token) return <App gatewayUrl={gatewayUrl} token={token} basePath="" />;
  return (
    <ShianUiProvider>
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Card style={{ width: 360 }}>
          <StandaloneTitle label={label} />
          <SignInForm
            onSubmit={async (username, password) => {
              const next = await requestToken(gatewayUrl, username, password);
              tokenStorage.set(next);
              setToken(next);
            }}
          />
        </Card>
      </Flex>
    </ShianUiProvider>
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
