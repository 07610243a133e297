// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../src/App';
import { mount } from '../src/embed';
import { casePage, caseRow, officerToken, operationPage, policeToken, stubGateway, transferPage } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

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
    element.remove();
  });
});
