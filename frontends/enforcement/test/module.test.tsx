// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import App from '../src/App';
import { mount } from '../src/embed';
import { officerToken, policeToken, refusal, stubGateway, testToken, waitForSent } from '@shian/remote-testing';
import { casePage, caseRow, operationPage, transferPage } from './fixtures';

describe('the module follows its token', () => {
  it('gives the bureau its sections and the case list with overdue flags', async () => {
    const calls = stubGateway({ CaseList: () => casePage([caseRow('1', { overdue: true }), caseRow('2')]) });
    render(<App gatewayUrl="http://gateway.test" token={officerToken} routing="memory" />);
    expect(await screen.findByText('某超市涉嫌经营超过保质期的食品案1')).toBeTruthy();
    for (const section of ['监督检查', '双随机抽查', '涉案财物', '联合执法'])
      expect(screen.getAllByText(section).length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('overdue')).toHaveLength(1);
    expect(screen.getByText('登记线索')).toBeTruthy();
    expect(calls[0]!.operationName).toBe('CaseList');
  });

  it('gives a partner its workbench: its transfers to receive, none of the bureau’s menus', async () => {
    const calls = stubGateway({ TransferList: () => transferPage('POLICE'), JointOperationList: operationPage });
    render(<App gatewayUrl="http://gateway.test" token={policeToken} routing="memory" />);
    expect(await screen.findByText('区公安分局工作台')).toBeTruthy();
    expect(await screen.findByText('某酒坊涉嫌销售假冒白酒案')).toBeTruthy();
    expect(screen.getByRole('button', { name: '签收' })).toBeTruthy();
    // 待签收的移送: the sent ones only, so no status to choose, and no department (it is the partner's own).
    expect((await waitForSent(calls, 'TransferList')).filter).toEqual({ status: 'SENT' });
    expect(screen.getByLabelText('移送类型')).toBeTruthy();
    expect(screen.queryByLabelText('移送状态')).toBeNull();
    expect(screen.queryByLabelText('接收部门')).toBeNull();
    for (const section of ['监督检查', '双随机抽查', '涉案财物', '专项行动'])
      expect(screen.queryByText(section)).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('CaseList');
  });
});

describe('embed.js', () => {
  it('mounts into an element with no host React, and unmounting leaves the element empty', async () => {
    stubGateway({ TransferList: () => transferPage('POLICE'), JointOperationList: operationPage });
    const element = document.createElement('div');
    document.body.append(element);
    let unmount: () => void = () => {};
    await act(async () => {
      unmount = mount(element, { gatewayUrl: 'http://gateway.test', token: policeToken });
    });
    await waitFor(() => expect(element.textContent).toContain('区公安分局工作台'));
    const path = window.location.pathname;
    await act(async () => unmount());
    expect(element.childNodes).toHaveLength(0);
    expect(window.location.pathname).toBe(path);
    expect(() => mount(element, { gatewayUrl: '', token: '' })).toThrow();
    expect(() => mount(element, { gatewayUrl: 'http://gateway.test' })).toThrow('token or getToken');
    element.remove();
  });

  // Expired: the module sees it from `exp` and asks at once. Revoked (exp still ahead): the gateway's
  // UNAUTHENTICATED answer makes it ask, and the refused query runs again.
  it.each([
    ['expired', -1],
    ['refused before its exp', 600],
  ])('asks getToken for a fresh token when its token is %s, and shows the data', async (_, expiresIn) => {
    const now = Math.floor(Date.now() / 1000);
    const partner = { sub: 'partner-police', name: 'partner-police', role: 'partner', department: 'police' };
    const expired = testToken({ ...partner, iat: now - 300, exp: now + expiresIn, jti: 'old' });
    const fresh = testToken({ ...partner, iat: now, exp: now + 900 });
    const sent: (string | null)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const authorization = new Headers(init.headers).get('authorization');
        sent.push(authorization);
        const { query } = JSON.parse(String(init.body)) as { query: string };
        const payload =
          authorization !== `Bearer ${fresh}`
            ? refusal('令牌已过期,请重新登录', { code: 'UNAUTHENTICATED' })
            : query.includes('TransferList')
              ? transferPage('POLICE')
              : operationPage();
        return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
      }),
    );
    const getToken = vi.fn(async () => fresh);
    const element = document.createElement('div');
    document.body.append(element);
    let unmount: () => void = () => {};
    await act(async () => {
      unmount = mount(element, { gatewayUrl: 'http://gateway.test', token: expired, getToken });
    });
    await waitFor(() => expect(element.textContent).toContain('某酒坊涉嫌销售假冒白酒案'));
    expect(getToken).toHaveBeenCalled();
    expect(sent).toContain(`Bearer ${fresh}`);
    await act(async () => unmount());
    element.remove();
  });

  it('starts from getToken alone, and asks again before the token expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      stubGateway({ TransferList: () => transferPage('POLICE'), JointOperationList: operationPage });
      const now = Math.floor(Date.now() / 1000);
      const claims = { sub: 'partner-police', role: 'partner', department: 'police', iat: now, exp: now + 120 };
      const getToken = vi.fn(async () => testToken(claims));
      const element = document.createElement('div');
      document.body.append(element);
      let unmount: () => void = () => {};
      await act(async () => {
        unmount = mount(element, { gatewayUrl: 'http://gateway.test', getToken });
      });
      await waitFor(() => expect(element.textContent).toContain('区公安分局工作台'));
      expect(getToken).toHaveBeenCalledTimes(1);
      // A fifth of its life (24 s) before exp: well before the gateway would refuse it.
      await act(async () => vi.advanceTimersByTime(97_000));
      expect(getToken).toHaveBeenCalledTimes(2);
      await act(async () => unmount());
      element.remove();
    } finally {
      vi.useRealTimers();
    }
  });
});
