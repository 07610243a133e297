import { Table, type TableColumnsType } from '@shian/antd';
import { remoteRenderer } from '@shian/remote-testing';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineRemote, tableCells } from '../src';

type Kind = 'SCIENCE' | 'RUMOR';
interface Row {
  id: string;
  title: string;
  kind: Kind | null;
  heldOn: string;
  createdAt: string;
  entity: { id: string; name?: string | null } | null;
  township: { id: string; name?: string | null } | null;
  sample: { entity: { id: string; name?: string | null } | null; kind: Kind | null; takenOn: string | null };
}

const KIND = { SCIENCE: { label: '科普', color: 'blue' }, RUMOR: { label: '辟谣', color: 'red' } };
const column = tableCells<Row>();
const COLUMNS: TableColumnsType<Row> = [
  { title: '标题', ...column.link('title', (row) => `/sessions/${row.id}`) },
  { title: '类别', ...column.tag('kind', KIND) },
  { title: '日期', ...column.date('heldOn') },
  { title: '登记时间', ...column.dateTime('createdAt') },
  { title: '主体', ...column.entity('entity') },
  { title: '乡镇(街道)', ...column.name('township') },
];

const ROWS: Row[] = [
  {
    id: 'S1',
    title: '小作坊培训第1期',
    kind: 'RUMOR',
    heldOn: '2024-04-02',
    createdAt: '2024-04-02T01:30:00.000Z',
    entity: { id: 'E1', name: '巴州区李记面坊' },
    township: { id: '511902001', name: '东城街道' },
    sample: { entity: { id: 'E3', name: '惠民超市' }, kind: 'SCIENCE', takenOn: '2024-03-30' },
  },
  {
    id: 'S2',
    title: '第2期',
    kind: null,
    heldOn: '2024-05-06',
    createdAt: '2024-05-06T16:05:00.000Z',
    entity: { id: 'E2', name: null },
    township: null,
    sample: { entity: null, kind: null, takenOn: null },
  },
];

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/training');

describe('tableCells', () => {
  it('shows a link to the record, an enum’s tag, days in Beijing time and what a row refers to by name', () => {
    render(renderInModule(<Table<Row> rowKey="id" columns={COLUMNS} dataSource={ROWS} pagination={false} />));
    const [first, second] = screen.getAllByRole('row').slice(1);
    expect(within(first!).getByRole('link', { name: '小作坊培训第1期' }).getAttribute('href')).toBe(
      '/training/sessions/S1',
    );
    expect(within(first!).getByText('辟谣')).toBeTruthy();
    expect(within(first!).getByText('2024-04-02')).toBeTruthy();
    expect(within(first!).getByText('2024-04-02 09:30')).toBeTruthy();
    expect(within(first!).getByText('巴州区李记面坊')).toBeTruthy();
    expect(within(first!).getByText('东城街道')).toBeTruthy();
    // A missing name shows the id (a business) or —; a day past 16:00 UTC is the next day in Beijing.
    expect(within(second!).getByText('2024-05-07 00:05')).toBeTruthy();
    expect(within(second!).getByText('E2')).toBeTruthy();
    expect(within(second!).getAllByText('—')).toHaveLength(2);
  });
});

describe('tableCells’ actions', () => {
  it('are a 操作 column of the row’s buttons when the caller may, and no column otherwise', () => {
    const withActions = (when: boolean): TableColumnsType<Row> => [
      { title: '标题', dataIndex: 'title' },
      ...column.actions((row) => <button type="button">{`处理${row.id}`}</button>, { when }),
    ];
    const { unmount } = render(
      renderInModule(<Table<Row> rowKey="id" columns={withActions(true)} dataSource={ROWS} pagination={false} />),
    );
    // Pinned to the right edge, so that a list wider than the page keeps its buttons in view while it scrolls.
    expect(screen.getByRole('columnheader', { name: '操作' }).className).toContain('ant-table-cell-fix-end');
    expect(within(screen.getAllByRole('row')[1]!).getByRole('button', { name: '处理S1' })).toBeTruthy();
    unmount();
    render(
      renderInModule(<Table<Row> rowKey="id" columns={withActions(false)} dataSource={ROWS} pagination={false} />),
    );
    expect(screen.queryByRole('columnheader', { name: '操作' })).toBeNull();
    expect(screen.queryByRole('button', { name: '处理S1' })).toBeNull();
  });
});

describe('tableCells of a function of the row', () => {
  it('show what the row refers to further down as a key of its own shows', () => {
    const nested: TableColumnsType<Row> = [
      { title: '被抽样单位', ...column.entity((row) => row.sample.entity) },
      { title: '样品类别', ...column.tag((row) => row.sample.kind, KIND) },
      { title: '类别', ...column.label('kind', KIND) },
      { title: '抽样日期', ...column.date((row) => row.sample.takenOn) },
      {
        title: '样品',
        ...column.link(
          (row) => row.sample.entity?.name,
          (row) => `/samples/${row.id}`,
        ),
      },
    ];
    render(renderInModule(<Table<Row> rowKey="id" columns={nested} dataSource={ROWS} pagination={false} />));
    const [first, second] = screen.getAllByRole('row').slice(1);
    expect(within(first!).getAllByText('惠民超市')).toHaveLength(2);
    expect(within(first!).getByText('科普')).toBeTruthy();
    // The plain label: the text alone, no tag around it.
    const label = within(first!).getByText('辟谣');
    expect(label.closest('.ant-tag')).toBeNull();
    expect(within(first!).getByText('2024-03-30')).toBeTruthy();
    // The business leads to its page in the entities module, the sample to the module's own page.
    const links = within(first!).getAllByRole('link', { name: '惠民超市' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/entities/E3', '/training/samples/S1']);
    // No business, no kind (tag or label), no day: — for each.
    expect(within(second!).getAllByText('—')).toHaveLength(4);
  });
});
