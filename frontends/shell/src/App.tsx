import { GraphQLProvider } from '@shian/graphql-client';
import { ShianUiProvider } from '@shian/ui-kit';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useSections } from './domains';
import { ShellLayout } from './layout/ShellLayout';
import type { RemotesManifest } from './manifest';
import { HomePage } from './pages/HomePage';
import { SignInPage } from './pages/SignInPage';
import { RemoteModule } from './remote/RemoteModule';
import { SessionProvider, useSession } from './session';

function RequireSignIn({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const location = useLocation();
  if (!token) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

export function ClientProvider({ children }: { children: ReactNode }) {
  return <GraphQLProvider client={useSession().client}>{children}</GraphQLProvider>;
}

export function ShellRoutes() {
  const sections = useSections();
  return (
    <Routes>
      <Route path="/login" element={<SignInPage />} />
      <Route
        element={
          <RequireSignIn>
            <ShellLayout />
          </RequireSignIn>
        }
      >
        <Route index element={<HomePage />} />
        {sections.map((section) => (
          <Route
            key={section.name}
            path={`/${section.name}/*`}
            element={<RemoteModule key={section.name} domain={section.name} label={section.label} />}
          />
        ))}
        <Route path="*" element={<Result status="404" title="页面不存在" />} />
      </Route>
    </Routes>
  );
}

export function App({ manifest }: { manifest: RemotesManifest }) {
  return (
    <ShianUiProvider>
      <SessionProvider manifest={manifest}>
        <ClientProvider>
          <BrowserRouter>
            <ShellRoutes />
          </BrowserRouter>
        </ClientProvider>
      </SessionProvider>
    </ShianUiProvider>
  );
}
