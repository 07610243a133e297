// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectNotSent, officerToken, refusal, stubGateway, testToken, waitForSent } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StationsPage } from '../src/pages/StationsPage';
import { PAGES } from '../src/routes';
import { ModulePageRoutes, todayInChina } from '@shian/remote-kit';
import { renderInModule } from './fixtures';

const leaderToken = testToken({ sub: 'leader', name: '张局长', role: 'leader' });
const townshipToken = testToken({ sub: 'township', name: '王乡镇', role: 'township', townshipId: '511902001' });
const partnerToken = testToken({ sub: 'police', name: '公安协作', role: 'partner', department: 'police' });

function station(version: number, signageDone: boolean) {
  return {
    __typename: 'SupervisionStation',
    id: 'S01',
    name: '东城市场监督管理所',
    version,
    updatedAt: '2026-11-30T02:00:00.000Z',
    checklistDone: signageDone ? 2 : 1,
    townships: [
      { __typename: 'Township', id: '511902001', name: '东城街道' },
      { __typename: 'Township', id: '511902002', name: '西城街道' },
    ],
    officers: [
      { __typename: 'StationOfficer', name: '陈所长', title: '所长' },
      { __typename: 'StationOfficer', name: '刘干事', title: '监管员' },
    ],
    checklist: [
      { __typename: 'StationChecklistItem', key: 'OFFICE', label: '办公用房达标', done: true, doneOn: '2026-03-02' },
      {
        __typename: 'StationChecklistItem',
        key: 'SIGNAGE',
        label: '统一标识标牌',
        done: signageDone,
        doneOn: signageDone ? todayInChina() : null,
      },
      { __typename: 'StationChecklistItem', key: 'ARCHIVE', label: '监管档案规范', done: false, doneOn: null },
    ],
  };
}

function stationsGateway(setItem?: (v: Record<string, any>) => object) {
  let current = station(3, false);
  return stubGateway({
    SupervisionStations: () => ({ data: { supervisionStations: [current] } }),
    SetStationChecklistItem: (v) => {
      const answer = setItem?.(v);
      if (answer) return answer;
      current = station(current.version + 1, v.done);
      return { data: { setStationChecklistItem: current } };
    },
  });
}

async function openChecklist() {
  const table = await screen.findByRole('table', { name: '基层监管所列表' });
  await within(table).findByText('东城市场监督管理所');
  fireEvent.click(within(table).getByRole('button', { name: /展开/ }));
  return screen.findByRole('table', { name: '东城市场监督管理所“两化”建设检查项' });
}

describe('基层监管所', () => {
  it('shows a leader the stations, and their tick reaches the gateway with the version read', async () => {
    const calls = stationsGateway();
    render(renderInModule(<ModulePageRoutes table={PAGES} />, { path: '/entities/stations', token: leaderToken }));
    const table = await screen.findByRole('table', { name: '基层监管所列表' });
    await within(table).findByText('东城市场监督管理所');
    expect(table.textContent).toContain('东城街道、西城街道');
    expect(table.textContent).toContain('陈所长(所长)、刘干事(监管员)');
    expect(screen.getByTestId('progress-S01').textContent).toContain('1/3');
    expect(screen.getByRole('menuitem', { name: '基层监管所' })).toBeTruthy();

    const checklist = await openChecklist();
    // A writer can correct a done item's date: it stands in a date picker.
    expect((within(checklist).getByLabelText('完成日期:办公用房达标') as HTMLInputElement).value).toBe('2026-03-02');
    const tick = within(checklist).getByRole('checkbox', { name: /已完成:统一标识标牌/ });
    expect((tick as HTMLInputElement).checked).toBe(false);
    await act(async () => fireEvent.click(tick));
    await waitForSent(calls, 'SetStationChecklistItem');
    const sent = calls.find((c) => c.operationName === 'SetStationChecklistItem')!;
    expect(sent.variables).toEqual({
      stationId: 'S01',
      version: 3,
      key: 'SIGNAGE',
      done: true,
      doneOn: todayInChina(),
    });
    // The page shows the station as the server now has it, and a second write carries the new version.
    await waitFor(() => expect(screen.getByTestId('progress-S01').textContent).toContain('2/3'));
    const office = within(await screen.findByRole('table', { name: '东城市场监督管理所“两化”建设检查项' })).getByRole(
      'checkbox',
      { name: /已完成:办公用房达标/ },
    );
    await act(async () => fireEvent.click(office));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'SetStationChecklistItem')).toHaveLength(2));
    expect(calls.filter((c) => c.operationName === 'SetStationChecklistItem')[1]!.variables).toEqual({
      stationId: 'S01',
      version: 4,
      key: 'OFFICE',
      done: false,
      doneOn: null,
    });
  });

  it('shows the server’s refusal in Chinese (another’s change first) and reloads the station', async () => {
    const message =
      '基层监管所已被他人修改(您修改的是第 3 版,当前已是第 4 版)。本次修改未保存,请刷新查看最新内容后重新提交。';
    const calls = stationsGateway(() => refusal(message, { code: 'CONFLICT' }));
    render(renderInModule(<StationsPage />, { path: '/entities/stations', token: officerToken }));
    const checklist = await openChecklist();
    const before = calls.filter((c) => c.operationName === 'SupervisionStations').length;
    await act(async () => fireEvent.click(within(checklist).getByRole('checkbox', { name: /已完成:监管档案规范/ })));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'SupervisionStations').length).toBeGreaterThan(before),
    );
  });

  it('gives a township officer the stations to read, with no tick or date to change', async () => {
    const calls = stationsGateway();
    render(renderInModule(<ModulePageRoutes table={PAGES} />, { path: '/entities/stations', token: townshipToken }));
    const checklist = await openChecklist();
    expect(checklist.textContent).toContain('2026-03-02');
    expect(checklist.textContent).toContain('已完成');
    expect(checklist.textContent).toContain('未完成');
    expect(within(checklist).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(checklist).queryByLabelText(/完成日期/)).toBeNull();
    expect(within(checklist).queryByText('操作')).toBeNull();
    expectNotSent(calls, 'SetStationChecklistItem');
  });

  it('is not offered to a partner department, and refuses them without asking the gateway', async () => {
    const calls = stationsGateway();
    render(renderInModule(<ModulePageRoutes table={PAGES} />, { path: '/entities/stations', token: partnerToken }));
    expect(await screen.findByText('无权查看')).toBeTruthy();
    expect(screen.getByRole('menu', { name: '主体与属地' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: '基层监管所' })).toBeNull();
    expectNotSent(calls, 'SupervisionStations');
  });
});
