import { fillDate } from '@shian/remote-testing';
import { ShianUiProvider } from '@shian/ui-kit';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Dayjs } from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { DateRangeFields, FormDialog } from '../src';

type Period = { startsOn: Dayjs; endsOn: Dayjs };

function renderPeriod(onSubmit: (v: Period) => Promise<undefined>) {
  render(
    <ShianUiProvider>
      <FormDialog<Period> label="新建" success="已保存" onSubmit={onSubmit}>
        <DateRangeFields
          startRules={[
            {
              validator: async (_, day?: Dayjs) => {
                if (day && day.year() < 2000) throw new Error('开始日期太早');
              },
            },
          ]}
        />
      </FormDialog>
    </ShianUiProvider>,
  );
}

const ok = () => act(async () => fireEvent.click(screen.getByRole('button', { name: '确定' })));

describe('DateRangeFields', () => {
  it('requires both days, refuses an end before the start and checks the caller’s own rule of the start', async () => {
    const onSubmit = vi.fn(async (_v: Period) => undefined);
    renderPeriod(onSubmit);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '新建' })));
    await ok();
    expect(await screen.findByText('请选择开始日期')).toBeTruthy();
    expect(screen.getByText('请选择结束日期')).toBeTruthy();
    await fillDate('开始日期', '1999-06-10');
    await fillDate('结束日期', '1999-06-01');
    await ok();
    expect(await screen.findByText('开始日期太早')).toBeTruthy();
    expect(screen.getByText('结束日期不能早于开始日期')).toBeTruthy();
    await fillDate('开始日期', '2025-06-01');
    await fillDate('结束日期', '2025-06-07');
    await ok();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const { startsOn, endsOn } = onSubmit.mock.calls[0]![0];
    expect([startsOn.format('YYYY-MM-DD'), endsOn.format('YYYY-MM-DD')]).toEqual(['2025-06-01', '2025-06-07']);
  });
});
