import { DEMO_USERS, signToken } from '@shian/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser } from '../harness/browser';
import { freshTransfer } from '../harness/enforcement';
import { platform } from '../harness/platform';

/** A JWT's claims, read without verifying: what the test wants to see is who issued it and for whom. */
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

const idpOrigin = () => `http://localhost:${platform().env.IDP_PORT}`;
const partnerDemoUrl = () => `http://localhost:${platform().env.PARTNER_DEMO_PORT}/`;

describe('OpenID Connect sign-in in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the shell signs in through the OpenID provider’s page (用户名, 密码, 登录) and lands on the dashboard', async () => {
    const { page } = browser;
    const { shellUrl } = platform();
    await page.goto(`${shellUrl}/`);
    // The shell has no password field of its own: the visitor is on the provider's page.
    await page.getByLabel('用户名').waitFor();
    expect(new URL(page.url()).origin).toBe(idpOrigin());
    await page.getByLabel('用户名').fill('officer');
    await page.getByLabel('密码').fill('shian-demo');
    await page.getByRole('button', { name: '登录' }).click();

    await page.getByTestId('current-user').getByText('李执法').waitFor({ timeout: 30_000 });
    await page.getByTestId('welcome').waitFor();
    expect(page.url()).toBe(`${shellUrl}/`);
    const token = await page.evaluate(() => sessionStorage.getItem('shian.token'));
    expect(claimsOf(token!)).toMatchObject({ iss: idpOrigin(), aud: 'shian', sub: 'officer', role: 'officer' });

    // Signing out ends the provider's session too: signing in again asks for the password.
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.getByText('您已退出登录').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => sessionStorage.getItem('shian.token'))).toBeNull();
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByLabel('密码').waitFor();
    expect(new URL(page.url()).origin).toBe(idpOrigin());
  });

  it('returns to the page asked for, and a wrong password stays on the provider’s page', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${platform().shellUrl}/enforcement`);
      await page.getByLabel('用户名').fill('officer');
      await page.getByLabel('密码').fill('not-the-password');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('用户名或密码错误').waitFor();
      await page.getByLabel('密码').fill('shian-demo');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('current-user').getByText('李执法').waitFor({ timeout: 30_000 });
      await page.waitForURL((url) => url.pathname.startsWith('/enforcement'));
    } finally {
      await page.close();
    }
  });

  it('the partner demo page mounts the enforcement module with a department token, no password', async () => {
    await freshTransfer('POLICE', '浏览器测试:部门令牌加载模块');
    const page = await browser.context.newPage();
    const authorizations: string[] = [];
    page.on('request', (request) => {
      const header = request.headers().authorization;
      if (request.url().endsWith('/graphql') && header) authorizations.push(header.replace(/^Bearer /, ''));
    });
    try {
      await page.goto(partnerDemoUrl());
      expect(await page.locator('input[type="password"]').count()).toBe(0);
      await page.getByLabel('协作部门').selectOption('police');
      await page.getByRole('button', { name: '获取部门令牌并加载模块' }).click();
      const module = page.getByTestId('enforcement-module');
      await module.getByText('区公安分局工作台').waitFor({ timeout: 30_000 });
      await module.getByText('当前用户:partner-police').waitFor();
      // The department's own records, read with that token.
      await module.locator('tr', { hasText: '浏览器测试:部门令牌加载模块' }).first().waitFor();
      await expect.poll(() => authorizations.length).toBeGreaterThan(0);
      const claims = claimsOf(authorizations[0]!);
      expect(claims).toMatchObject({ iss: idpOrigin(), aud: 'shian-partner', department: 'police' });
      expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(15 * 60);
    } finally {
      await page.close();
    }
  });

  // The page's getToken asks its own backend, which asks the provider: the module calls it when its token has
  // expired (read from exp) and when the gateway refuses a token whose exp is still ahead.
  for (const [label, token] of [
    ['expired', async () => (await signToken(police(), { expiresIn: -60 })).token],
    ['refused by the gateway', async () => (await signToken(police(), { secret: 'x'.repeat(48) })).token],
  ] as const) {
    it(`replaces an embed token that is ${label} through getToken`, async () => {
      const stale = await token();
      const page = await browser.context.newPage();
      // What the gateway answered to each token: the fresh one must never be refused as UNAUTHENTICATED.
      const answers: { token: string; unauthenticated: boolean }[] = [];
      page.on('response', async (response) => {
        const header = response.request().headers().authorization;
        if (!response.url().endsWith('/graphql') || !header) return;
        const body = await response.text().catch(() => '');
        answers.push({ token: header.replace(/^Bearer /, ''), unauthenticated: body.includes('UNAUTHENTICATED') });
      });
      try {
        await page.goto(partnerDemoUrl());
        // A string, not a function: vitest would rewrite a function's import() for Node.
        await page.evaluate(`(async () => {
          const config = await (await fetch('/config.json')).json();
          const { mount } = await import(config.moduleUrl);
          const element = document.createElement('div');
          element.id = 'refresh-test';
          document.body.append(element);
          window.getTokenCalls = 0;
          mount(element, {
            gatewayUrl: config.gatewayUrl,
            token: ${JSON.stringify(stale)},
            getToken: async () => {
              window.getTokenCalls += 1;
              return (await (await fetch('/partner-token?department=police')).json()).token;
            },
          });
        })()`);
        const module = page.locator('#refresh-test');
        await module.getByText('区公安分局工作台').waitFor({ timeout: 30_000 });
        await module.getByText('当前用户:partner-police').waitFor();
        await expect.poll(() => answers.filter((a) => a.token !== stale).length).toBeGreaterThan(0);
        expect(await page.evaluate('window.getTokenCalls')).toBe(1);
        const fresh = answers.filter((a) => a.token !== stale);
        expect(fresh.every((a) => !a.unauthenticated)).toBe(true);
        expect(claimsOf(fresh[0]!.token)).toMatchObject({ iss: idpOrigin(), aud: 'shian-partner' });
        expect(await module.innerText()).not.toContain('登录已失效');
      } finally {
        await page.close();
      }
    });
  }
});

function police() {
  return DEMO_USERS.find((user) => user.username === 'police')!;
}
