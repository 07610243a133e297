import type http from 'node:http';
import { HeaderMap } from '@apollo/server';
import {
  clientAddress,
  createLockout,
  type Lockout,
  perMinute,
  RATE_LIMITED_MESSAGE,
  RateLimitedError,
  type RateLimitSettings,
  rateLimitSettingsFromEnv,
} from '@shian/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './auth';

/** What the gateway limits: /graphql per address and per user, and failed sign-ins on /auth/token. */
export interface GatewayRateLimits {
  settings: RateLimitSettings;
  /** serveGraphQL's `admit`: the per-address limit, before the body is read or a token verified. */
  admit(req: http.IncomingMessage): Promise<void>;
  /** Wraps the context function: the per-user limit, counted once the token is verified (its subject). */
  perUser(
    context: (req: http.IncomingMessage) => Promise<GatewayContext>,
  ): (req: http.IncomingMessage) => Promise<GatewayContext>;
  signin: SigninGuard;
}

/** Failed-sign-in lockout, per username and per client address. */
export interface SigninGuard {
  /** Throws RateLimitedError (429) while the username or the address is locked out. */
  check(req: http.IncomingMessage, username: string): Promise<void>;
  /** Records a failure; throws RateLimitedError when this failure locks the username or the address. */
  failed(req: http.IncomingMessage, username: string): Promise<void>;
  succeeded(req: http.IncomingMessage, username: string): Promise<void>;
}

export function gatewayRateLimits(env: NodeJS.ProcessEnv): GatewayRateLimits {
  const settings = rateLimitSettingsFromEnv(env);
  const byAddress = perMinute(settings.addressPerMinute, { prefix: 'ip:' });
  const byUser = perMinute(settings.userPerMinute, { prefix: 'user:' });
  const address = (req: http.IncomingMessage) => clientAddress(req, settings.trustProxy);

  return {
    settings,
    async admit(req) {
      if (!byAddress) return;
      const result = await byAddress.hit(address(req));
      if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
    },
    perUser(context) {
      if (!byUser) return context;
      return async (req) => {
        const value = await context(req);
        if (!value.identity) return value;
        const result = await byUser.hit(value.identity.username);
        if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
        return value;
      };
    },
    signin: signinGuard(
      createLockout({
        maxFailures: settings.signinMaxFailures,
        lockoutMs: settings.signinLockoutSeconds * 1000,
        prefix: 'signin:',
      }),
      address,
    ),
  };
}

function signinGuard(lockout: Lockout, address: (req: http.IncomingMessage) => string): SigninGuard {
  const keys = (req: http.IncomingMessage, username: string) => [`user:${username}`, `ip:${address(req)}`];
  const refuse = (statuses: { locked: boolean; retryAfterSeconds: number }[]) => {
    const locked = statuses.filter((s) => s.locked);
    if (locked.length) {
      throw new RateLimitedError(Math.max(...locked.map((s) => s.retryAfterSeconds)), '登录失败次数过多,请稍后再试');
    }
  };
  return {
    async check(req, username) {
      refuse(await Promise.all(keys(req, username).map((key) => lockout.check(key))));
    },
    async failed(req, username) {
      refuse(await Promise.all(keys(req, username).map((key) => lockout.fail(key))));
    },
    async succeeded(_req, username) {
      // Only the username's failures: an address's count keeps watching a client that tries many accounts.
      await lockout.succeed(`user:${username}`);
    },
  };
}

/** A context error Apollo answers with 429 and Retry-After (see withHttpStatus in @shian/server). */
function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(RATE_LIMITED_MESSAGE, {
    extensions: {
      code: 'RATE_LIMITED',
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
