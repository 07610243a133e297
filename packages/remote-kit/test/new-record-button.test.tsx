import { remoteRenderer, testToken } from '@shian/remote-testing';
import { useLocation } from '@shian/router';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CaseTable,
  defineRemote,
  EditRecordButton,
  EntityLink,
  ModuleLink,
  NewRecordButton,
  OtherModuleLink,
} from '../src';

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/things');
const townshipToken = testToken({ sub: 'township', name: '张监管', role: 'township', townshipId: '511902001' });
const villageToken = testToken({ sub: 'village', name: '赵信息员', role: 'village' });

function Where() {
  return <output aria-label="地址">{useLocation().pathname}</output>;
}

describe('NewRecordButton', () => {
  it("opens the module's page for a new record, /new unless told otherwise", async () => {
    render(
      renderInModule(
        <>
          <NewRecordButton>新增物品</NewRecordButton>
          <Where />
        </>,
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /新增物品/ })));
    expect(screen.getByLabelText('地址').textContent).toBe('/things/new');
  });

  it('opens the page it is given', async () => {
    render(
      renderInModule(
        <>
          <NewRecordButton to="/plans/new">新增计划</NewRecordButton>
          <Where />
        </>,
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /新增计划/ })));
    expect(screen.getByLabelText('地址').textContent).toBe('/things/plans/new');
  });

  it("is offered to writers only, and with district to the district's writers only", () => {
    render(renderInModule(<NewRecordButton>新增物品</NewRecordButton>, { token: villageToken }));
    expect(screen.queryByRole('button', { name: /新增物品/ })).toBeNull();
    render(
      renderInModule(
        <>
          <NewRecordButton>新增物品</NewRecordButton>
          <NewRecordButton district to="/plans/new">
            新增计划
          </NewRecordButton>
        </>,
        { token: townshipToken },
      ),
    );
    expect(screen.getByRole('button', { name: /新增物品/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新增计划/ })).toBeNull();
  });
});

describe('EditRecordButton', () => {
  it("opens the module's page that edits the record", async () => {
    render(
      renderInModule(
        <>
          <EditRecordButton to="/sessions/s1/edit" />
          <Where />
        </>,
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /编\s*辑/ })));
    expect(screen.getByLabelText('地址').textContent).toBe('/things/sessions/s1/edit');
  });
});

describe('ModuleLink', () => {
  it("leads to the module's page under the module's base path", async () => {
    render(
      renderInModule(
        <>
          <ModuleLink to="/cases/c1">案件一</ModuleLink>
          <Where />
        </>,
      ),
    );
    expect(screen.getByRole('link', { name: '案件一' }).getAttribute('href')).toBe('/things/cases/c1');
    await act(async () => fireEvent.click(screen.getByRole('link', { name: '案件一' })));
    expect(screen.getByLabelText('地址').textContent).toBe('/things/cases/c1');
  });
});

describe('OtherModuleLink', () => {
  it("leads under the shell to the other module's page, where the shell mounts that module", () => {
    render(
      renderInModule(
        <OtherModuleLink module="sampling" to="/S1">
          样品一
        </OtherModuleLink>,
      ),
    );
    expect(screen.getByRole('link', { name: '样品一' }).getAttribute('href')).toBe('/sampling/S1');
  });

  it('is the text alone for a module on its own, where no other module is', () => {
    const standalone = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '');
    render(
      standalone(
        <OtherModuleLink module="sampling" to="/S1">
          样品一
        </OtherModuleLink>,
      ),
    );
    expect(screen.getByText('样品一')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('a link to a record of the module it is shown in', () => {
  it('stays inside the module, under the shell and on its own', () => {
    const link = (
      <OtherModuleLink module="things" to="/T1">
        物品一
      </OtherModuleLink>
    );
    render(renderInModule(link));
    expect(screen.getByRole('link', { name: '物品一' }).getAttribute('href')).toBe('/things/T1');
    cleanup();
    render(remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '')(link));
    expect(screen.getByRole('link', { name: '物品一' }).getAttribute('href')).toBe('/T1');
  });
});

describe('CaseTable', () => {
  const rows = [
    { id: 'C9', number: null, title: '涉嫌销售过期食品', status: 'CLUE' as const, receivedOn: '2026-11-20' },
    {
      id: 'C3',
      number: '巴州市监罚立〔2026〕3号',
      title: '销售病死猪肉案',
      status: 'CLOSED' as const,
      receivedOn: '2026-02-01',
    },
  ];

  it("reads each case's number (a lead's words), cause leading to the case, status and date; says when there are none", () => {
    render(renderInModule(<CaseTable aria-label="案件" rows={rows} empty="暂无案件" />));
    const table = screen.getByRole('table', { name: '案件' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([
      ['(线索)', '涉嫌销售过期食品', '线索', '2026-11-20'],
      ['巴州市监罚立〔2026〕3号', '销售病死猪肉案', '结案', '2026-02-01'],
    ]);
    expect(within(table).getByRole('link', { name: '销售病死猪肉案' }).getAttribute('href')).toBe(
      '/enforcement/cases/C3',
    );
    cleanup();
    render(renderInModule(<CaseTable aria-label="案件" rows={[]} empty="暂无案件" />));
    expect(within(screen.getByRole('table', { name: '案件' })).getByText('暂无案件')).toBeTruthy();
  });

  it('links inside enforcement as its own pages do, on its own too', () => {
    const enforcement = remoteRenderer(defineRemote({ module: 'enforcement', label: '执法办案', pages: [] }), '');
    render(enforcement(<CaseTable rows={rows} empty="暂无案件" />));
    expect(screen.getByRole('link', { name: '销售病死猪肉案' }).getAttribute('href')).toBe('/cases/C3');
  });
});

describe('EntityLink', () => {
  it('names the business, leading to its page in the entities module; its id when the name is missing; — for none', () => {
    render(
      renderInModule(
        <>
          <EntityLink entity={{ id: 'E1', name: '万家超市' }} />
          <EntityLink entity={{ id: 'E2', name: null }} />
          <output aria-label="无">
            <EntityLink entity={null} />
          </output>
        </>,
      ),
    );
    expect(screen.getByRole('link', { name: '万家超市' }).getAttribute('href')).toBe('/entities/E1');
    expect(screen.getByRole('link', { name: 'E2' }).getAttribute('href')).toBe('/entities/E2');
    expect(screen.getByLabelText('无').textContent).toBe('—');
  });

  it('is the name alone to a partner department or a village liaison, who have no entities module', () => {
    const partner = testToken({ sub: 'police', name: '公安', role: 'partner', department: 'police' });
    for (const token of [partner, villageToken]) {
      render(renderInModule(<EntityLink entity={{ id: 'E1', name: '万家超市' }} />, { token }));
      expect(screen.getByText('万家超市').closest('a')).toBeNull();
      cleanup();
    }
  });
});
