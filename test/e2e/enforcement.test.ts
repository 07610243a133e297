import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser, signInThroughShell } from '../harness/browser';
import { freshTransfer } from '../harness/enforcement';
import { platform } from '../harness/platform';

const partnerDemoUrl = () => `http://localhost:${platform().env.PARTNER_DEMO_PORT}/`;

describe('the enforcement module in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs in the shell for officer: cases with overdue flags, a case with its clocks and history', async () => {
    const { page } = browser;
    await signInThroughShell(page, platform().shellUrl, 'officer', '/enforcement');
    await page.getByTestId('current-user').getByText('李执法').waitFor();
    if (!new URL(page.url()).pathname.startsWith('/enforcement')) await page.goto(`${platform().shellUrl}/enforcement`);
    const nav = page.getByRole('menu', { name: '执法办案' });
    await nav.waitFor();
    for (const section of ['案件', '监督检查', '双随机抽查', '案件移送', '涉案财物', '联合执法'])
      await nav.getByText(section, { exact: true }).waitFor();
    const table = page.getByRole('table', { name: '案件列表' });
    await table.locator('tr.ant-table-row').first().waitFor();
    await page.getByRole('switch', { name: '只看超期' }).click();
    // The switch refetches: until the filtered page arrives the table still shows every case, newest first (other
    // tests add fresh ones), so wait until each row shown carries the overdue flag before opening the first.
    const rows = table.locator('tr.ant-table-row');
    await expect
      .poll(
        async () => {
          const [shown, flagged] = await Promise.all([
            rows.count(),
            rows.filter({ has: page.getByTestId('overdue') }).count(),
          ]);
          return shown > 0 && shown === flagged;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await rows.first().locator('a').first().click();
    await page.getByRole('tab', { name: '法定时限' }).click();
    // Overdue means not met in time: a clock still running past its deadline (已超期) or one met late (超期完成).
    // Which case comes first depends on today's date, so either may be the one shown.
    await expect.poll(async () => page.getByRole('table', { name: '法定时限' }).innerText()).toMatch(/已超期|超期完成/);
    await page.getByRole('tab', { name: /修改留痕/ }).click();
    await page.getByTestId('history-entry').first().waitFor();
    expect(await page.getByTestId('history-entry').first().innerText()).toContain('登记线索');
  });

  it('mounts on a partner’s own page as police: its transfers to receive, none of the bureau’s menus, and unmounts clean', async () => {
    const { caseId } = await freshTransfer('POLICE', '浏览器测试:涉嫌销售假冒白酒案');
    const { page } = browser;
    await page.goto(partnerDemoUrl());
    await page.getByLabel('协作部门').selectOption('police');
    await page.getByRole('button', { name: '获取部门令牌并加载模块' }).click();
    const module = page.getByTestId('enforcement-module');
    await module.getByText('区公安分局工作台').waitFor({ timeout: 30_000 });
    const row = module.locator('tr', { hasText: '浏览器测试:涉嫌销售假冒白酒案' });
    await row.waitFor();
    const text = await module.innerText();
    for (const bureauMenu of ['监督检查', '双随机抽查', '涉案财物', '专项行动', '登记线索'])
      expect(text).not.toContain(bureauMenu);

    // Police receives it in the embedded module…
    await row.getByRole('button', { name: '签收' }).click();
    const dialog = page.getByRole('dialog', { name: '签收移送(回执)' });
    await dialog.getByLabel('回执编号').fill('巴公(食药环)受字〔浏览器〕9号');
    await dialog.getByLabel('接收人').fill('食药环侦大队民警');
    await dialog.getByRole('button', { name: '提交' }).click();
    await page.getByText('已签收').first().waitFor();

    await page.getByRole('button', { name: '卸载模块' }).click();
    expect(await page.locator('#enforcement-module').evaluate((element) => element.childNodes.length)).toBe(0);

    // …and officer sees the receipt on the case in the shell (signed in already in this tab, or now).
    const casePath = `/enforcement/cases/${caseId}`;
    await page.goto(`${platform().shellUrl}${casePath}`);
    await page.getByTestId('current-user').or(page.getByLabel('用户名')).first().waitFor();
    if (!(await page.getByTestId('current-user').isVisible()))
      await signInThroughShell(page, platform().shellUrl, 'officer', casePath);
    await page.getByTestId('current-user').getByText('李执法').waitFor();
    if (!new URL(page.url()).pathname.includes(caseId)) await page.goto(`${platform().shellUrl}${casePath}`);
    await page.getByRole('tab', { name: /移送/ }).click();
    await page.getByText('巴公(食药环)受字〔浏览器〕9号').waitFor();
    await page.getByRole('tab', { name: /修改留痕/ }).click();
    expect(await page.getByTestId('history-entry').last().innerText()).toContain('接收部门签收');
  });
});
