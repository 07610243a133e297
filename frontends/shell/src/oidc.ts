import type { RemotesManifest } from './manifest';

/** How the shell signs people in and out; the session holds the access token it brings back. */
export interface ShellAuth {
  /** Sends the browser to the issuer's sign-in page; `next` is where the callback lands afterwards. */
  signIn(next: string): Promise<void>;
  /** On `/auth/callback`: trades the code for tokens (PKCE). */
  completeSignIn(): Promise<{ token: string; next: string }>;
  /** Ends the issuer's session too, then comes back to `/login`; resolves only if it cannot. */
  signOut(): Promise<void>;
  /** Forgets the tokens here only (an expired token: the issuer's session may still sign the user in again). */
  forget(): Promise<void>;
}

export const CALLBACK_PATH = '/auth/callback';
const SIGNED_OUT_KEY = 'shian.signedOut';

/**
 * Set on sign-out, cleared when the user chooses to sign in again: until then the sign-in page waits for a click
 * (it survives the round trip through the issuer's logout, which reloads the shell).
 */
export const signedOutFlag = {
  set: () => sessionStorage.setItem(SIGNED_OUT_KEY, '1'),
  get: () => sessionStorage.getItem(SIGNED_OUT_KEY) === '1',
  clear: () => sessionStorage.removeItem(SIGNED_OUT_KEY),
};

// A message key: the sign-in page translates what it shows.
const NOT_CONFIGURED = '未配置统一身份认证(remotes.json 缺少 oidc)';

const safeNext = (next: unknown) =>
  typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/';

/**
 * OpenID Connect with oidc-client-ts: authorization code + PKCE (S256), a public client, its state and tokens in
 * sessionStorage (they end with the tab, like the token always did). The library loads only when someone signs in
 * or out, so the shell's first load does not carry it.
 */
export function oidcAuth(settings: RemotesManifest['oidc'], origin = window.location.origin): ShellAuth {
  let manager: Promise<import('oidc-client-ts').UserManager> | undefined;
  const userManager = () => {
    if (!settings) return Promise.reject(new Error(NOT_CONFIGURED));
    manager ??= import('oidc-client-ts').then(
      ({ UserManager, WebStorageStateStore }) =>
        new UserManager({
          authority: settings.issuer,
          client_id: settings.clientId,
          scope: settings.scope,
          redirect_uri: `${origin}${CALLBACK_PATH}`,
          post_logout_redirect_uri: `${origin}/login`,
          response_type: 'code',
          loadUserInfo: false,
          automaticSilentRenew: false,
          userStore: new WebStorageStateStore({ store: window.sessionStorage }),
          stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
        }),
    );
    return manager;
  };
  // React may run an effect twice; a code is good for one exchange only.
  let completing: Promise<{ token: string; next: string }> | undefined;
  return {
    async signIn(next) {
      await (await userManager()).signinRedirect({ state: { next: safeNext(next) } });
    },
    completeSignIn() {
      completing ??= userManager().then(async (m) => {
        const user = await m.signinRedirectCallback();
        return { token: user.access_token, next: safeNext((user.state as { next?: unknown } | undefined)?.next) };
      });
      return completing;
    },
    async signOut() {
      const m = await userManager();
      const user = await m.getUser();
      await m.removeUser();
      await m.signoutRedirect({ id_token_hint: user?.id_token });
    },
    async forget() {
      await (await userManager()).removeUser();
    },
  };
}
