// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../src/excel';

describe('buildWorkbook', () => {
  it('writes a header row and one row per record, with labels and dates', async () => {
    const rows = [
      { name: '东城面馆', grade: 'B', since: new Date('2024-03-01T00:00:00Z'), phone: null },
      { name: '西城超市', grade: 'A', since: new Date('2023-01-05T00:00:00Z'), phone: '0827-1234567' },
    ];
    const workbook = await buildWorkbook(
      rows,
      [
        { title: '名称', value: 'name' },
        { title: '风险等级', value: (row) => `${row.grade}级` },
        { title: '登记日期', value: 'since' },
        { title: '电话', value: 'phone' },
      ],
      '主体名录',
    );
    const sheet = workbook.getWorksheet('主体名录')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '名称', '风险等级', '登记日期', '电话']);
    expect(sheet.getRow(2).getCell(2).value).toBe('B级');
    expect(sheet.getRow(2).getCell(3).value).toEqual(new Date('2024-03-01T00:00:00Z'));
    expect(sheet.getRow(3).getCell(4).value).toBe('0827-1234567');
    expect(sheet.rowCount).toBe(3);
    const buffer = await workbook.xlsx.writeBuffer();
    expect(buffer.byteLength).toBeGreaterThan(1000);
  });
});
