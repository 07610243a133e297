import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testToken } from '@shian/remote-testing';
import { loadRemote } from './federation';

const { ShellRoutes } = await import('../src/App');
const { renderInShell } = await import('./render');
const { clearLoadedRemotes } = await import('../src/remote/loadRemoteApp');
const { SECTIONS } = await import('../src/domains');

const manifest = {
  gatewayUrl: 'http://gateway.test',
  remotes: {
    entities: { name: 'shian_entities', entry: 'http://remote.test/remoteEntry.js', url: 'http://remote.test' },
  },
};

const token = testToken({ sub: 'officer', name: '李执法', role: 'officer', exp: Date.now() / 1000 + 3600 });

/** The identity provider, as far as the shell sees it: where it sends people, and the token it brings back. */
const auth = {
  signIn: vi.fn(async (_next: string) => {}),
  completeSignIn: vi.fn(async () => ({ token, next: '/entities' })),
  signOut: vi.fn(async () => {}),
  forget: vi.fn(async () => {}),
};

function renderShell(path: string, remotesManifest: typeof manifest = manifest) {
  return renderInShell(<ShellRoutes />, { path, manifest: remotesManifest, auth });
}

beforeEach(() => {
  // No gateway here: a page's queries stay pending (a test that signs in answers the token request itself).
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise<Response>(() => {})),
  );
  sessionStorage.clear();
  loadRemote.mockReset();
  for (const fn of Object.values(auth)) fn.mockClear();
  clearLoadedRemotes();
});
describe('the shell', () => {
  it('sends visitors who are not signed in to the identity provider, and back after signing in', async () => {
    loadRemote.mockResolvedValue({ default: ({ basePath }: { basePath: string }) => <p>remote at {basePath}</p> });
    const { unmount } = renderShell('/entities');
    // The sign-in page leaves for the provider's page at once, remembering where the visitor was going.
    await waitFor(() => expect(auth.signIn).toHaveBeenCalledWith('/entities'));
    unmount();
    // The provider sends the browser back to the callback with a code; the session trades it for the token.
    renderShell('/auth/callback');
    await screen.findByText('remote at /entities');
    expect(auth.completeSignIn).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('current-user').textContent).toBe('李执法');
    expect(screen.getByTestId('current-role').textContent).toBe('执法人员');
    expect(loadRemote).toHaveBeenCalledWith('shian_entities/App');
    expect(sessionStorage.getItem('shian.token')).toBe(token);
  });

  it('shows 该模块尚未部署 for a domain missing from the manifest', async () => {
    sessionStorage.setItem('shian.token', token);
    renderShell('/sampling');
    expect(await screen.findByText('该模块尚未部署')).toBeTruthy();
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items.slice(0, 6)).toEqual(['首页', '主体与属地', '抽检监测', '执法办案', '培训考核', '宣传与舆情']);
    // Then the domains added with `pnpm new:domain`, if any.
    expect(items).toEqual(['首页', ...SECTIONS.map((section) => section.label)]);
  });

  it('shows a domain that only the run-time manifest knows, under its label', async () => {
    sessionStorage.setItem('shian.token', token);
    loadRemote.mockResolvedValue({ default: () => <p>inspections remote</p> });
    const remotes = {
      ...manifest.remotes,
      'inspections-demo': {
        name: 'shian_inspections_demo',
        entry: 'http://remote.test/remoteEntry.js',
        url: 'http://remote.test',
        label: '日常检查',
      },
    };
    renderShell('/inspections-demo', { ...manifest, remotes });
    expect(await screen.findByText('inspections remote')).toBeTruthy();
    expect(loadRemote).toHaveBeenCalledWith('shian_inspections_demo/App');
    expect(screen.getAllByRole('menuitem').at(-1)?.textContent).toBe('日常检查');
  });

  it('keeps a remote that fails to load inside its own error panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    sessionStorage.setItem('shian.token', token);
    loadRemote.mockRejectedValue(new TypeError('Failed to fetch'));
    renderShell('/entities');
    expect(await screen.findByText('「主体与属地」模块加载失败')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/模块加载失败/);
    // The rest of the shell still works.
    await act(async () => fireEvent.click(screen.getByRole('menuitem', { name: /首页/ })));
    // The home page is loaded on demand: give its first import time.
    await waitFor(() => expect(screen.getByTestId('welcome').textContent).toContain('欢迎,李执法'));
  });

  it('keeps a remote that crashes while rendering inside its own error panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    sessionStorage.setItem('shian.token', token);
    loadRemote.mockResolvedValue({
      default: () => {
        throw new Error('boom');
      },
    });
    renderShell('/entities/123');
    expect(await screen.findByText('「主体与属地」模块加载失败')).toBeTruthy();
    expect(screen.getByText('退出登录')).toBeTruthy();
  });

  it('signs out', async () => {
    sessionStorage.setItem('shian.token', token);
    renderShell('/');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /退出登录/ })));
    expect(await screen.findByRole('button', { name: /登\s*录/ })).toBeTruthy();
    expect(screen.getByText('您已退出登录')).toBeTruthy();
    expect(sessionStorage.getItem('shian.token')).toBeNull();
    expect(auth.signOut).toHaveBeenCalledTimes(1);
    expect(auth.signIn).not.toHaveBeenCalled();
  });
});
