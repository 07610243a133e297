// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectNotSent, refusal, stubGateway, TOWNSHIPS } from '@shian/remote-testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EntityForm } from '../src/pages/EntityFormPage';
import { renderInModule } from './fixtures';

describe('the entity form', () => {
  it('checks the 统一社会信用代码 in the browser before anything is sent', async () => {
    const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS });
    render(renderInModule(<EntityForm />, { path: '/entities/new', route: '/entities/new' }));
    fireEvent.change(screen.getByLabelText('统一社会信用代码'), { target: { value: '91350100M000100Y44' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));
    expect(await screen.findByText(/统一社会信用代码校验位错误/)).toBeTruthy();
    expect(screen.getByText('请输入主体名称')).toBeTruthy();
    expect(screen.getByText('请选择类别')).toBeTruthy();
    expectNotSent(calls, 'CreateEntity');
  });

  it('shows the server BAD_USER_INPUT message next to its field', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      UpdateEntity: () => refusal('地址不能为空', { code: 'BAD_USER_INPUT', field: 'address' }),
    });
    render(
      renderInModule(
        <EntityForm
          id="7"
          initial={{
            name: '东城面馆',
            creditCode: '91350100M000100Y43',
            category: 'CATERING',
            townshipId: '511902001',
            address: '东城街道1号',
            legalRepresentative: '王五',
            status: 'OPERATING',
          }}
        />,
        { path: '/entities/7/edit', route: '/entities/:id/edit' },
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));
    expect(await screen.findByText('地址不能为空')).toBeTruthy();
    const update = calls.find((c) => c.operationName === 'UpdateEntity')!;
    expect(update.variables).toMatchObject({ id: '7', input: { name: '东城面馆', category: 'CATERING', phone: null } });
    expect(update.variables.input.creditCode).toBeUndefined();
  });
});
