// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { refusal, stubGateway, TOWNSHIPS } from '@shian/remote-testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { SessionForm } from '../src/pages/SessionFormPage';
import { renderInModule } from './fixtures';

describe('the session form', () => {
  it('validates in Chinese before anything is sent', async () => {
    const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS });
    render(renderInModule(<SessionForm />, { path: '/training/new', route: '/training/new' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));
    expect(await screen.findByText('请输入培训主题')).toBeTruthy();
    expect(screen.getByText('请选择培训对象')).toBeTruthy();
    expect(screen.getByText('请输入授课人')).toBeTruthy();
    expect(screen.getByText('线下培训请填写培训地点')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'CreateTrainingSession')).toBe(false);
  });

  it('shows the server BAD_USER_INPUT message next to its field', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      UpdateTrainingSession: () =>
        refusal('培训学时必须大于 0 且不超过 24(收到 30)', { code: 'BAD_USER_INPUT', field: 'hours' }),
    });
    render(
      renderInModule(
        <SessionForm
          id="TS202401"
          initial={{
            title: '小作坊培训',
            audience: 'SMALL_WORKSHOP',
            heldOn: dayjs('2024-03-14'),
            trainer: '蒲海燕',
            mode: 'ONLINE',
            hours: 3,
          }}
        />,
        { path: '/training/sessions/TS202401/edit', route: '/training/sessions/:id/edit' },
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));
    expect(await screen.findByText('培训学时必须大于 0 且不超过 24(收到 30)')).toBeTruthy();
    const update = calls.find((c) => c.operationName === 'UpdateTrainingSession')!;
    expect(update.variables).toMatchObject({
      id: 'TS202401',
      input: { title: '小作坊培训', heldOn: '2024-03-14', mode: 'ONLINE', place: null, townshipId: null },
    });
  });
});
