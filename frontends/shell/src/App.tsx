import { GraphQLProvider } from '@shian/graphql-client';
import { Result, ShianFrameProvider, Spin } from '@shian/ui-kit/frame';
import { lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from '@shian/router';
import { useSections } from './domains';
import { addMessages, addMessagesLoader, useT } from './i18n';
import { InboxRefreshProvider } from './inbox/refresh';
import { ShellLayout } from './layout/ShellLayout';
import type { RemotesManifest } from './manifest';
import { CALLBACK_PATH } from './oidc';
import { SETTINGS_PATH } from './settings/access';
import { RemoteModule } from './remote/RemoteModule';
import { SessionProvider, useSession } from './session';

// The shell's English, fetched when English is chosen (ui-kit registers its own, each remote its catalog): the
// frame's first load carries no catalog it may never show (test/e2e/first-load, 300 KB budget).
// 首页 is also ui-kit's pager button (the first page): the navigation's 首页 is that text in another sense, an
// i18next context of it (ShellLayout), which falls back to the plain text in Chinese; likewise 批次 as the
// dashboard's unit after a number (its figures' units are read in the 'unit' context).
addMessagesLoader('en', () => import('./messages/en.json'));
addMessages('en', { 首页_navigation: 'Home', 批次_unit: 'batches' });

// Pages load on demand, with the antd components they use: the frame (navigation, header, a module's loading and
// error states) is all the shell loads up front.
const SignInPage = lazy(() => import('./pages/SignInPage'));
const SignInCallbackPage = lazy(() => import('./pages/SignInCallbackPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const InboxPage = lazy(() => import('./inbox/InboxPage'));
const ReminderSettingsPage = lazy(() => import('./settings/ReminderSettingsPage'));

function PageLoading() {
  return (
    <Spin size="large">
      <div style={{ minHeight: 240 }} />
    </Spin>
  );
}

function page(element: ReactNode) {
  return <Suspense fallback={<PageLoading />}>{element}</Suspense>;
}

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
  const t = useT();
  const sections = useSections();
  return (
    <Routes>
      <Route path="/login" element={page(<SignInPage />)} />
      <Route path={CALLBACK_PATH} element={page(<SignInCallbackPage />)} />
      <Route
        element={
          <RequireSignIn>
            <InboxRefreshProvider>
              <ShellLayout />
            </InboxRefreshProvider>
          </RequireSignIn>
        }
      >
        <Route index element={page(<HomePage />)} />
        <Route path="/inbox" element={page(<InboxPage />)} />
        <Route path={SETTINGS_PATH} element={page(<ReminderSettingsPage />)} />
        {sections.map((section) => (
          <Route
            key={section.name}
            path={`/${section.name}/*`}
            element={<RemoteModule key={section.name} domain={section.name} label={section.label} />}
          />
        ))}
        <Route path="*" element={<Result status="404" title={t('页面不存在')} />} />
      </Route>
    </Routes>
  );
}

export function App({ manifest }: { manifest: RemotesManifest }) {
  return (
    <ShianFrameProvider>
      <SessionProvider manifest={manifest}>
        <ClientProvider>
          <BrowserRouter>
            <ShellRoutes />
          </BrowserRouter>
        </ClientProvider>
      </SessionProvider>
    </ShianFrameProvider>
  );
}
