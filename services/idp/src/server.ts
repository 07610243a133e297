import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticateDemoUser } from '@shian/auth';
import { clientAddress, createLockout, createLogger, type Logger, readBody } from '@shian/server';
import { type IdpConfig, idpConfig } from './config';
import { errorPage, loginPage } from './pages';
import { createProvider } from './provider';

export interface Idp {
  /** The issuer, e.g. http://localhost:4400. */
  issuer: string;
  port: number;
  provider: any;
  close: () => Promise<void>;
}

const INTERACTION = /^\/interaction\/([\w-]+)(\/login)?$/;

function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    ...headers,
  });
  res.end(html);
}

/**
 * Starts the development OpenID provider: oidc-provider for every protocol endpoint, and our own interaction
 * pages (the login form in Chinese, with the sign-in lockout) under /interaction/.
 */
export async function startIdp(
  options: { env?: NodeJS.ProcessEnv; config?: Partial<IdpConfig>; port?: number; logger?: Logger } = {},
): Promise<Idp> {
  const config = { ...idpConfig(options.env), ...options.config };
  const logger = options.logger ?? createLogger('idp', options.env);
  const provider = createProvider(config);
  const lockout = createLockout({
    maxFailures: config.lockout.maxFailures,
    lockoutMs: config.lockout.lockoutSeconds * 1000,
  });
  const oidc = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, submitted: boolean) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const client = await provider.Client.find(details.params.client_id);
    const action = `/interaction/${uid}/login`;
    if (details.prompt.name === 'consent') {
      // Only the platform's own shell signs people in here: there is nothing to ask them.
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      if (details.prompt.details.missingResourceScopes) {
        for (const [resource, scopes] of Object.entries(details.prompt.details.missingResourceScopes))
          grant.addResourceScope(resource, (scopes as string[]).join(' '));
      }
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    if (!submitted) {
      sendHtml(res, 200, loginPage({ action, clientName: client?.clientName }));
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    const keys = [`user:${username}`, `address:${clientAddress(req, config.trustProxy)}`];
    const locked = (await Promise.all(keys.map((key) => lockout.check(key)))).find((s) => s.locked);
    if (locked) {
      logger.warn({ username }, 'sign-in refused: locked out');
      const minutes = Math.ceil(locked.retryAfterSeconds / 60);
      sendHtml(res, 429, loginPage({ action, username, error: `登录失败次数过多,请 ${minutes} 分钟后再试` }), {
        'retry-after': String(locked.retryAfterSeconds),
      });
      return;
    }
    const user = username && password ? authenticateDemoUser(username, password) : undefined;
    if (!user) {
      const after = await Promise.all(keys.map((key) => lockout.fail(key)));
      logger.info({ username }, 'sign-in failed');
      const nowLocked = after.find((s) => s.locked);
      if (nowLocked) {
        const minutes = Math.ceil(nowLocked.retryAfterSeconds / 60);
        sendHtml(res, 429, loginPage({ action, username, error: `登录失败次数过多,请 ${minutes} 分钟后再试` }), {
          'retry-after': String(nowLocked.retryAfterSeconds),
        });
      } else sendHtml(res, 401, loginPage({ action, username, error: '用户名或密码错误' }));
      return;
    }
    await Promise.all(keys.map((key) => lockout.succeed(key)));
    logger.info({ username }, 'signed in');
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.username } },
      { mergeWithLastSubmission: false },
    );
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://idp').pathname;
    const match = INTERACTION.exec(path);
    // Ready as soon as it answers: the provider and its keys are built before the port opens.
    if (path === '/live' || path === '/ready' || path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (!match) {
      oidc(req, res);
      return;
    }
    const submitted = Boolean(match[2]);
    if (submitted !== (req.method === 'POST')) {
      res.writeHead(405).end();
      return;
    }
    interaction(req, res, match[1]!, submitted).catch((error) => {
      logger.warn({ err: error }, 'interaction failed');
      // Usually an expired or replayed interaction: the only way on is to start again from the application.
      if (!res.headersSent)
        sendHtml(res, 400, errorPage({ error: '登录会话已失效', error_description: '请返回应用重新登录' }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ issuer: config.issuer, port }, 'development OpenID provider ready');
  return {
    issuer: config.issuer,
    port,
    provider,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
