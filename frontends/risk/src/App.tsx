import { ModuleClientProvider } from '@shian/graphql-client';
import { ShianUiProvider } from '@shian/ui-kit';
import { useMemo } from 'react';
import { BrowserRouter, Route, Routes, useInRouterContext } from '@shian/router';
import { ModuleContext, moduleContextValue } from './module';
import { ModuleRoutes } from './routes';

export interface RiskAppProps {
  /** The gateway's base URL (or its /graphql endpoint). */
  gatewayUrl: string;
  token: string;
  /** Where the module is mounted, e.g. `/risk`. */
  basePath?: string;
}

/**
 * 风险与应急: the module as a React component. Inside the shell it nests its routes under the shell's route and
 * uses the shell's GraphQL client and UI provider; on its own it brings its router, client and provider.
 */
export default function RiskApp({ gatewayUrl, token, basePath = '' }: RiskAppProps) {
  const inRouter = useInRouterContext();
  const context = useMemo(() => moduleContextValue(basePath, token), [basePath, token]);
  const content = (
    <ShianUiProvider>
      <ModuleClientProvider gatewayUrl={gatewayUrl} token={token}>
        <ModuleContext.Provider value={context}>
          <ModuleRoutes />
        </ModuleContext.Provider>
      </ModuleClientProvider>
    </ShianUiProvider>
  );
  if (inRouter) return content;
  return (
    <BrowserRouter>
      <Routes>
        <Route path={`${context.basePath}/*`} element={content} />
      </Routes>
    </BrowserRouter>
  );
}
