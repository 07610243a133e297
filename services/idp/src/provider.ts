import { DEMO_USERS, type Identity } from '@shian/auth';
import Provider from 'oidc-provider';
import { API_RESOURCE, type IdpConfig, PARTNER_RESOURCE, SHELL_CLIENT_ID } from './config';
import { errorPage, loggedOutPage, logoutPage } from './pages';

const isLoopbackCallback = (uri: string) => {
  const url = URL.parse(uri);
  return (
    !!url &&
    url.protocol === 'http:' &&
    ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) &&
    url.pathname === '/auth/callback' &&
    !url.search &&
    !url.hash
  );
};
const isLoopbackOrigin = (origin: string) => {
  const url = URL.parse(origin);
  return !!url && url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
};

/** The claims a person's access token carries, named as @shian/auth's default claim mapping reads them. */
function personClaims(user: Identity): Record<string, string> {
  const claims: Record<string, string> = { name: user.name, role: user.role, preferred_username: user.username };
  if (user.townshipId) claims.townshipId = user.townshipId;
  if (user.department) claims.department = user.department;
  if (user.villageId) claims.villageId = user.villageId;
  return claims;
}

/**
 * node-oidc-provider configured as the platform's development identity provider: the demo users, authorization
 * code + PKCE (S256) for the shell, client credentials for the partner departments, JWT access tokens whose
 * audience says who they are for (`shian` for people, `shian-partner` for a department's backend).
 */
export function createProvider(config: IdpConfig): any {
  const partners = new Map(config.partners.map((p) => [p.clientId, p]));
  const provider = new Provider(config.issuer, {
    clients: [
      {
        client_id: SHELL_CLIENT_ID,
        client_name: '食安监管平台',
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: config.shellRedirectUris,
        post_logout_redirect_uris: config.shellRedirectUris.map((uri) => uri.replace(/\/auth\/callback$/, '/login')),
      },
      ...config.partners.map((p) => ({
        client_id: p.clientId,
        client_secret: p.clientSecret,
        client_name: `协作部门系统对接(${p.department})`,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
    ],
    jwks: config.jwks,
    // The committed development key is ES256: every client signs with it.
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    cookies: { keys: config.cookieKeys },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    scopes: ['openid', 'profile', 'api'],
    async findAccount(_ctx: unknown, id: string) {
      const user = DEMO_USERS.find((u) => u.username === id);
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: user.name, preferred_username: id }) };
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: any, form: string) => {
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx: any) => {
          ctx.body = loggedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        // A partner's client gets the partner resource, everyone else the platform's API: no client has to know
        // about resource indicators to get the right audience.
        defaultResource: async (ctx: any, client: any, oneOf?: string[]) =>
          oneOf?.[0] ?? (partners.has(client?.clientId ?? ctx.oidc.client?.clientId) ? PARTNER_RESOURCE : API_RESOURCE),
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string, client: any) => {
          const partner = partners.has(client.clientId);
          if (resource === PARTNER_RESOURCE && partner) {
            return {
              scope: 'api',
              audience: config.partnerAudience,
              accessTokenFormat: 'jwt',
              accessTokenTTL: config.partnerTokenTtl,
              jwt: { sign: { alg: 'ES256' } },
            };
          }
          if (resource === API_RESOURCE && !partner) {
            return {
              scope: 'api',
              audience: config.audience,
              accessTokenFormat: 'jwt',
              accessTokenTTL: config.accessTokenTtl,
              jwt: { sign: { alg: 'ES256' } },
            };
          }
          throw new Provider.errors.InvalidTarget();
        },
      },
    },
    async extraTokenClaims(_ctx: unknown, token: any) {
      if (token.kind === 'ClientCredentials') {
        const partner = partners.get(token.clientId);
        return partner ? { role: 'partner', department: partner.department, name: partner.clientId } : undefined;
      }
      const user = DEMO_USERS.find((u) => u.username === token.accountId);
      return user ? personClaims(user) : undefined;
    },
    // The shell is the platform's own client: nothing to consent to, so the grant is made on sign-in.
    async loadExistingGrant(ctx: any) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      if (ctx.oidc.client.clientId !== SHELL_CLIENT_ID) return undefined;
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid profile api');
      grant.addResourceScope(API_RESOURCE, 'api');
      await grant.save();
      return grant;
    },
    pkce: { required: () => true },
    ttl: {
      AccessToken: config.accessTokenTtl,
      ClientCredentials: config.partnerTokenTtl,
      AuthorizationCode: 60,
      IdToken: config.accessTokenTtl,
      Interaction: 60 * 60,
      Session: config.accessTokenTtl,
      Grant: config.accessTokenTtl,
    },
    // The shell calls the token endpoint from the browser: its own origins only.
    clientBasedCORS: (_ctx: unknown, origin: string, client: any) =>
      client.clientId === SHELL_CLIENT_ID &&
      (client.redirectUris.some((uri: string) => URL.parse(uri)?.origin === origin) ||
        (config.allowLoopbackRedirects && isLoopbackOrigin(origin))),
    renderError: async (ctx: any, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
  });

  if (config.allowLoopbackRedirects) {
    const { redirectUriAllowed, postLogoutRedirectUriAllowed } = provider.Client.prototype;
    provider.Client.prototype.redirectUriAllowed = function (this: any, uri: string) {
      return redirectUriAllowed.call(this, uri) || (this.clientId === SHELL_CLIENT_ID && isLoopbackCallback(uri));
    };
    provider.Client.prototype.postLogoutRedirectUriAllowed = function (this: any, uri: string) {
      return (
        postLogoutRedirectUriAllowed.call(this, uri) ||
        (this.clientId === SHELL_CLIENT_ID && isLoopbackCallback(uri.replace(/\/login$/, '/auth/callback')))
      );
    };
  }
  return provider;
}
