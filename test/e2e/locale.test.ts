import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { platform } from '../harness/platform';

/**
 * A remote's antd components follow the shell's 中文/EN switch: they are the shell's antd (`@shian/antd`), under the
 * shell's ConfigProvider (`@shian/ui-kit`). A remote that brought its own copy of either would stay in its default
 * locale whatever the switch says, with no error anywhere.
 */
describe('the shell’s locale reaches the remotes', { timeout: 120_000 }, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows an empty register as 暂无数据, then No data after switching to EN, and back', async () => {
    const { page } = browser;
    await signInThroughShell(page, platform().shellUrl, 'officer', '/entities?search=浏览器测试不存在的主体');
    const empty = page.locator('.ant-table-placeholder');
    await expect.poll(() => empty.textContent(), { timeout: 30_000 }).toContain('暂无数据');
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => empty.textContent()).toContain('No data');
    await page.getByText('中文', { exact: true }).click();
    await expect.poll(() => empty.textContent()).toContain('暂无数据');
    expect(browser.problems.filter((p) => /page error/.test(p))).toEqual([]);
  });
});
