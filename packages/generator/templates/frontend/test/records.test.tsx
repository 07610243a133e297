// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { ModulePageRoutes } from '@shian/remote-kit';
import {
  entityOptions,
  expectList,
  expectNotSent,
  expectShown,
  expectSearch,
  policeToken,
  openDialog,
  pick,
  pressInDialog,
  refusal,
  stubGateway,
  TOWNSHIPS,
  waitForSent,
} from '@shian/remote-testing';
import { catchExports, exportList } from '@shian/remote-testing/excel';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecordsPage } from '../src/pages/RecordsPage';
import { PAGES } from '../src/routes';
import { recordPage, renderInModule } from './fixtures';

catchExports();

describe('the records page', () => {
  it('lists the records with their business and township by name', async () => {
    stubGateway({ __Name__Records: () => recordPage(['1', '2'], false, 2), TownshipOptions: () => TOWNSHIPS });
    render(renderInModule(<RecordsPage />));
    await expectList({
      shows: ['示例记录1', '示例记录2'],
      heading: '__label__记录',
      texts: [/共 2 条/],
      buttons: [/登记/, /导出Excel/],
      placeholders: ['搜索标题或备注'],
      labels: ['乡镇(街道)'],
      table: '__label__记录列表',
      columns: ['登记日期', '标题', '所涉主体', '乡镇(街道)', '备注'],
      rows: { texts: ['巴州区1号面馆', '巴州区2号面馆'], counts: { '2024-03-15': 2, 东城街道: 2 } },
    });
  });

  it('sends the search and the township to the server, and exports what they find', async () => {
    const calls = stubGateway({
      __Name__Records: (v) => recordPage(v.filter?.search ? ['3'] : ['1', '2'], false),
      TownshipOptions: () => TOWNSHIPS,
    });
    render(renderInModule(<RecordsPage />));
    await screen.findByText('示例记录1');
    await expectSearch(calls, '__Name__Records', '搜索标题或备注', '命中');
    expect(await screen.findByText('示例记录3')).toBeTruthy();
    await pick('乡镇(街道)', '西城街道');
    const filter = { search: '命中', townshipId: '511902002' };
    const cells = await exportList(calls, '__Name__Records', { filter }, '__label__记录');
    expect(cells).toEqual([
      { 登记日期: '2024-03-15', 标题: '示例记录3', 所涉主体: '巴州区3号面馆', '乡镇(街道)': '东城街道', 备注: '' },
    ]);
  });

  it('登记: refuses an incomplete record, sends the business’s township with it, keeps a refusal on its field', async () => {
    const calls = stubGateway({
      __Name__Records: () => recordPage([], false, 0),
      TownshipOptions: () => TOWNSHIPS,
      EntityOptions: entityOptions({
        id: 'E0229',
        name: '巴州区1号面馆',
        township: { id: '511902001', name: '东城街道' },
      }),
      Create__Name__Record: () => refusal('标题不能超过 200 个字', { code: 'BAD_USER_INPUT', field: 'title' }),
    });
    render(renderInModule(<RecordsPage />));
    const dialog = await openDialog(/登记/);
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请输入标题')).toBeTruthy();
    expect(within(dialog).getByText('请选择所涉主体')).toBeTruthy();
    expectNotSent(calls, 'Create__Name__Record');

    fireEvent.change(within(dialog).getByLabelText('标题'), { target: { value: '示例记录' } });
    await pick('所涉主体', '巴州区1号面馆(东城街道)', dialog);
    await pressInDialog(dialog);
    const { input } = await waitForSent(calls, 'Create__Name__Record');
    expect(input).toEqual({
      title: '示例记录',
      entityId: 'E0229',
      townshipId: '511902001',
      recordedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      note: '',
    });
    expect(await within(dialog).findByText('标题不能超过 200 个字')).toBeTruthy();
  });

  it('offers 登记 to writers only, not to a partner', async () => {
    stubGateway({ __Name__Records: () => recordPage(['1'], false, 1), TownshipOptions: () => TOWNSHIPS });
    render(renderInModule(<RecordsPage />, { token: policeToken }));
    await screen.findByText('示例记录1');
    expect(screen.queryByRole('button', { name: /登记/ })).toBeNull();
  });
});

describe('in English', () => {
  it('shows the heading, toolbar, columns and dialog from the catalog, the records’ data as sent', async () => {
    stubGateway({ __Name__Records: () => recordPage(['1'], false, 1), TownshipOptions: () => TOWNSHIPS });
    render(renderInModule(<RecordsPage />, { locale: 'en' }));
    await expectList({
      shows: ['示例记录1'],
      heading: '__nameWords__ records',
      buttons: [/Register/, /Export to Excel/],
      placeholders: ['Search the title or note'],
      labels: ['Township (subdistrict)'],
      table: '__nameWords__ record list',
      columns: ['Recorded on', 'Title', 'Business concerned', 'Township (subdistrict)', 'Note'],
      rows: { texts: ['巴州区1号面馆', '东城街道'] },
    });
    const dialog = await openDialog(/Register/);
    expectShown({ labels: ['Title', 'Business concerned', 'Recorded on', 'Note'], absent: /\p{Script=Han}/u }, dialog);
  });
});

describe('the page table', () => {
  it('opens the records at the module’s root, under their section of the menu', async () => {
    stubGateway({ __Name__Records: () => recordPage(['1'], false, 1), TownshipOptions: () => TOWNSHIPS });
    render(renderInModule(<ModulePageRoutes table={PAGES} />));
    expect(await screen.findByText('示例记录1')).toBeTruthy();
    const menu = screen.getByRole('menu', { name: '__label__' });
    expect(menu.textContent).toBe('__label__记录');
  });
});
