// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { stubGateway } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CalendarPage } from '../src/pages/CalendarPage';
import { catchExports, exportedCells, saved } from '@shian/remote-testing/excel';
import { renderInModule } from './fixtures';

catchExports();

const CALENDAR = (year: number) => ({
  data: {
    holidayCalendar: {
      __typename: 'HolidayCalendar',
      year,
      source: `国务院办公厅关于${year}年部分节假日安排的通知`,
      covered: true,
      workingDays: 247,
      days: [
        {
          __typename: 'CalendarDay',
          date: `${year}-02-10`,
          type: 'HOLIDAY',
          kind: 'HOLIDAY',
          name: '春节',
          edited: false,
        },
        {
          __typename: 'CalendarDay',
          date: `${year}-02-18`,
          type: 'MAKEUP_WORKDAY',
          kind: 'WORKDAY',
          name: '调休上班',
          edited: true,
        },
      ],
    },
    clockRules: [],
  },
});

describe('日历与时限', () => {
  it('takes the year from the address, writes a changed one back, and exports the year’s days', async () => {
    const calls = stubGateway({ CalendarPage: (v) => CALENDAR(v.year) });
    render(renderInModule(<CalendarPage />, { path: '/sampling/calendar?year=2024' }));
    expect(await screen.findByText('2024-02-10')).toBeTruthy();
    expect(calls[0]!.variables).toEqual({ year: 2024 });
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
    expect(await screen.findByText('2025-02-10')).toBeTruthy();
    expect(calls.at(-1)!.variables).toEqual({ year: 2025 });

    await act(async () => fireEvent.click(screen.getByRole('button', { name: /导出Excel/ })));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.filename).toMatch(/^2025年节假日安排-\d{4}-\d{2}-\d{2}$/);
    expect(exportedCells()).toEqual([
      { 日期: '2025-02-10', 类型: '放假', 名称: '春节', 来源: '国务院办公厅关于2025年部分节假日安排的通知' },
      { 日期: '2025-02-18', 类型: '调休上班', 名称: '调休上班', 来源: '本局调整' },
    ]);
  });
});
