import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { ReactNode } from 'react';
import type { RemotesManifest } from '../src/manifest';
import type { ShellAuth } from '../src/oidc';

const { MemoryRouter } = await import('@shian/router');
const { ShianUiProvider } = await import('@shian/ui-kit');
const { ClientProvider } = await import('../src/App');
const { SessionProvider } = await import('../src/session');

export type Body = { query: string; variables: Record<string, unknown> };

const EMPTY: RemotesManifest = { gatewayUrl: 'http://gateway.test', remotes: {} };

/** `ui` (the shell's routes, or one page) inside the shell's providers, at `path`, in zh-CN unless said. */
export function renderInShell(
  ui: ReactNode,
  {
    path,
    manifest = EMPTY,
    auth,
    locale = 'zh-CN',
  }: { path: string; manifest?: RemotesManifest; auth?: ShellAuth; locale?: 'zh-CN' | 'en' },
) {
  return render(
    <ShianUiProvider locale={locale}>
      <SessionProvider manifest={manifest} auth={auth}>
        <ClientProvider>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </ClientProvider>
      </SessionProvider>
    </ShianUiProvider>,
  );
}

/**
 * The gateway: every request recorded (the returned array), answered with `answer(body)`, or an error where it
 * gives nothing.
 */
export function stubGateway(answer: (body: Body) => unknown): Body[] {
  const requests: Body[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Body;
      requests.push(body);
      const result = answer(body) ?? { data: null, errors: [{ message: 'no' }] };
      return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return requests;
}
