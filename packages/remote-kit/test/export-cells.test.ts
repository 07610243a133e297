import { buildWorkbook, type ExportColumn } from '@shian/ui-kit';
import { describe, expect, it } from 'vitest';
import { CLOCK_STATUS, type ClockState, exportCells } from '../src';

interface Row {
  id: string;
  receivedOn: string;
  dueOn?: string | null;
  createdAt: string;
  triagedAt?: string | null;
  status: ClockState | null;
  entity: { id: string; name?: string | null } | null;
  township?: { id: string; name: string } | null;
  sample: { entity: { id: string; name: string } | null };
}

const row = (over: Partial<Row> = {}): Row => ({
  id: 'r1',
  receivedOn: '2026-03-01',
  createdAt: '2026-03-01T01:30:00.000Z',
  status: 'OVERDUE',
  entity: { id: 'e1', name: '好味餐馆' },
  township: { id: '511902001', name: '东城街道' },
  sample: { entity: { id: 'e2', name: '惠民超市' } },
  ...over,
});

const cell = exportCells<Row>();

describe('exportCells', () => {
  it('name a business, its id where the answer lacks the name, — without one', () => {
    const entity = cell.entity('entity');
    expect(entity(row())).toBe('好味餐馆');
    expect(entity(row({ entity: { id: 'e1', name: null } }))).toBe('e1');
    expect(entity(row({ entity: null }))).toBe('—');
  });

  it('name a referred record by a key or a function of the row, blank without one', () => {
    const township = cell.name('township');
    expect(township(row())).toBe('东城街道');
    expect(township(row({ township: null }))).toBe('');
    expect(township(row({ township: undefined }))).toBe('');
    const seller = cell.name((r) => r.sample.entity);
    expect(seller(row())).toBe('惠民超市');
    expect(seller(row({ sample: { entity: null } }))).toBe('');
  });

  it('show days as formatDate does, a day not set yet blank (or the empty text asked)', () => {
    expect(cell.date('receivedOn')(row())).toBe('2026-03-01');
    expect(cell.date('dueOn')(row())).toBe('');
    expect(cell.date('dueOn')(row({ dueOn: '2026-04-01' }))).toBe('2026-04-01');
    expect(cell.date('dueOn', '—')(row())).toBe('—');
    // The call that said the blank is still written so in some lists, and reads the same.
    expect(cell.date('dueOn', '')(row())).toBe('');
    expect(cell.date('dueOn', '')(row({ dueOn: '2026-04-01' }))).toBe('2026-04-01');
    expect(cell.dateTime('createdAt')(row())).toBe('2026-03-01 09:30');
    expect(cell.dateTime('triagedAt')(row())).toBe('');
    expect(cell.dateTime('triagedAt', '—')(row())).toBe('—');
    expect(cell.dateTime((r) => r.triagedAt)(row({ triagedAt: '2026-03-02T02:00:00.000Z' }))).toBe('2026-03-02 10:00');
    expect(cell.dateTime('triagedAt', '')(row())).toBe('');
    expect(cell.dateTime('triagedAt', '')(row({ triagedAt: '2026-03-02T02:00:00.000Z' }))).toBe('2026-03-02 10:00');
  });

  it('label an enum by its map, with its empty text', () => {
    const status = cell.label('status', CLOCK_STATUS);
    expect(status(row())).toBe('已超期');
    expect(status(row({ status: null }))).toBe('—');
    expect(cell.label((r) => r.status, CLOCK_STATUS, '未评级')(row({ status: null }))).toBe('未评级');
  });

  it('make the same workbook as the cells written out', async () => {
    const rows = [row(), row({ entity: null, township: null, dueOn: '2026-04-01' })];
    const built: ExportColumn<Row>[] = [
      { title: '主体', value: cell.entity('entity'), width: 30 },
      { title: '乡镇(街道)', value: cell.name('township'), width: 12 },
      { title: '办理期限', value: cell.date('dueOn'), width: 12 },
      { title: '状态', value: cell.label('status', CLOCK_STATUS), width: 10 },
    ];
    const written: ExportColumn<Row>[] = [
      { title: '主体', value: (r) => r.entity?.name ?? r.entity?.id ?? '—', width: 30 },
      { title: '乡镇(街道)', value: (r) => r.township?.name ?? '', width: 12 },
      { title: '办理期限', value: (r) => r.dueOn ?? '', width: 12 },
      { title: '状态', value: (r) => (r.status ? CLOCK_STATUS[r.status].label : '—'), width: 10 },
    ];
    const values = async (columns: ExportColumn<Row>[]) =>
      (await buildWorkbook(rows, columns)).worksheets[0].getSheetValues();
    expect(await values(built)).toEqual(await values(written));
  });
});
