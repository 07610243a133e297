import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, kb } from '../bench/src/bundles';
import { type Browser, openBrowser, recordScripts, signInThroughShell } from '../harness/browser';
import { platform } from '../harness/platform';

/**
 * One React on the page, whatever remotes the shell has loaded: every copy of react-dom registers itself with the
 * React DevTools hook when it loads, so a hook installed before any script runs counts the copies. A second copy
 * would mean a remote brought its own React (and its hooks would break against the shell's).
 */
const COUNT_RENDERERS = () => {
  const renderers: { version: string; bundleType: number }[] = [];
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    isDisabled: false,
    inject(renderer: { version: string; bundleType: number }) {
      renderers.push({ version: renderer.version, bundleType: renderer.bundleType });
      return renderers.length;
    },
    onScheduleFiberRoot() {},
    onCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  (window as unknown as Record<string, unknown>).__shianReactRenderers = renderers;
};

describe('React in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  /** Every JavaScript file the page loaded, once each (page loads repeat them from the cache). */
  let scripts: Map<string, number>;

  beforeAll(async () => {
    browser = await openBrowser();
    await browser.context.addInitScript(COUNT_RENDERERS);
    scripts = recordScripts(browser.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs one copy of React across the shell and every remote', async () => {
    const { page } = browser;
    const { shellUrl } = platform();
    const manifest = (await (await fetch(`${shellUrl}/remotes.json`)).json()) as {
      remotes: Record<string, { entry: string }>;
    };
    await signInThroughShell(page, shellUrl, 'officer');
    await page.getByTestId('current-user').waitFor();

    const domains = Object.keys(manifest.remotes);
    expect(domains.length).toBeGreaterThan(0);
    for (const domain of domains) {
      const origin = new URL(manifest.remotes[domain]?.entry as string).origin;
      await page.goto(`${shellUrl}/${domain}`);
      // The remote is in when its exposed App chunk has arrived and the page has settled.
      await page.waitForResponse((r) => r.url().startsWith(origin) && /\/App-[^/]*\.js$/.test(r.url()), {
        timeout: 30_000,
      });
      await page.waitForLoadState('networkidle');
    }

    const renderers = (await page.evaluate('window.__shianReactRenderers')) as { version: string }[];
    const byOrigin = new Map<string, number>();
    for (const [href, gzip] of scripts)
      byOrigin.set(new URL(href).origin, (byOrigin.get(new URL(href).origin) ?? 0) + gzip);
    const sizes = [...byOrigin].map(([origin, gzip]) => `${origin} ${kb(gzip)} KB gzip`).join('; ');
    console.log(`[one-react] renderers: ${JSON.stringify(renderers)}; JavaScript by origin: ${sizes}`);
    expect(renderers).toHaveLength(1);
    // Each remote's origin served its own code only: React, antd and the kit came from the shell.
    for (const domain of domains) {
      const origin = new URL(manifest.remotes[domain]?.entry as string).origin;
      expect(kb(byOrigin.get(origin) ?? 0), `${domain}: JavaScript from ${origin}`).toBeLessThanOrEqual(
        BUDGETS.remoteOwnKb,
      );
    }
    expect(browser.problems.filter((p) => /Invalid hook call|more than one copy of React/i.test(p))).toEqual([]);
  });
});
