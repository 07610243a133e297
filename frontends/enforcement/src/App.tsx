import { ModuleClientProvider } from '@shian/graphql-client';
import { ShianUiProvider, type UiLocale } from '@shian/ui-kit';
import { useMemo } from 'react';
import { BrowserRouter, MemoryRouter, Route, Routes, useInRouterContext } from '@shian/router';
import { ModuleContext, moduleContextValue } from './module';
import { ModuleRoutes } from './routes';

export interface EnforcementAppProps {
  /** The gateway's base URL (or its /graphql endpoint). */
  gatewayUrl: string;
  token: string;
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
  token,
  basePath = '',
  locale,
  routing = 'browser',
}: EnforcementAppProps) {
  const inRouter = useInRouterContext();
  const context = useMemo(() => moduleContextValue(basePath, token), [basePath, token]);
  const content = (
    <ShianUiProvider locale={locale}>
      <ModuleClientProvider gatewayUrl={gatewayUrl} token={token}>
        <ModuleContext.Provider value={context}>
          <ModuleRoutes />
        </ModuleContext.Provider>
      </ModuleClientProvider>
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
