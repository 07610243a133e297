// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  type Call,
  connection,
  fillDate,
  inTurn,
  openDialog,
  optionsAnswer,
  pick,
  policeToken,
  pressInDialog,
  refusal,
  stubGateway,
  townshipToken,
} from '@shian/remote-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OperationsPage } from '../src/pages/OperationsPage';
import { operation, renderInModule } from './fixtures';

const list = () => ({ data: { jointOperations: connection('JointOperationConnection', [operation]) } });
const sent = (calls: Call[], name: string) => calls.filter((c) => c.operationName === name);

describe('联合执法, for the bureau', () => {
  it('creates an operation with its departments, period, scope and campaign', async () => {
    const calls = stubGateway({
      JointOperationList: list,
      EnforcementCampaignOptions: optionsAnswer('campaigns', 'Campaign', [{ id: 'K1', name: '铁拳行动', year: 2026 }]),
      CreateJointOperation: () => ({ data: { createJointOperation: { __typename: 'JointOperation', id: 'J2' } } }),
    });
    render(renderInModule(<OperationsPage />, { path: '/enforcement/operations' }));
    expect(await screen.findByText('校园周边食品安全联合检查')).toBeTruthy();
    expect(screen.getByText('检查12户次,发现问题3个')).toBeTruthy();
    const dialog = await openDialog(/新建联合执法/);
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('至少选择一个参加部门')).toBeTruthy();
    expect(within(dialog).getByText('请填写检查范围(地点、对象)')).toBeTruthy();
    expect(sent(calls, 'CreateJointOperation')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('行动名称'), { target: { value: '节日市场联合执法' } });
    await pick('参加部门', '区公安分局', dialog);
    await pick('参加部门', '区农业农村局', dialog);
    await fillDate('开始日期', '2026-12-20');
    await fillDate('结束日期', '2026-12-31');
    fireEvent.change(within(dialog).getByLabelText('检查范围(地点、对象)'), { target: { value: '农贸市场' } });
    await pick('所属专项', '2026年 铁拳行动', dialog);
    await pressInDialog(dialog);
    await waitFor(() => expect(sent(calls, 'CreateJointOperation')).toHaveLength(1));
    expect(sent(calls, 'CreateJointOperation')[0]!.variables.input).toEqual({
      title: '节日市场联合执法',
      campaignId: 'K1',
      departments: ['POLICE', 'AGRICULTURE'],
      startsOn: '2026-12-20',
      endsOn: '2026-12-31',
      scope: '农贸市场',
    });
  }, 60_000);

  it('records progress: closing asks for the summary, and a refused count stays under its field', async () => {
    const calls = stubGateway({
      JointOperationList: list,
      UpdateJointOperation: inTurn(
        refusal('检查主体数应为不小于 0 的整数', { code: 'BAD_USER_INPUT', field: 'entitiesInspected' }),
        {
          data: {
            updateJointOperation: {
              __typename: 'JointOperation',
              id: 'J1',
              status: 'COMPLETED',
              entitiesInspected: 35,
              problemsFound: 3,
              summary: '共检查35户',
            },
          },
        },
      ),
    });
    render(renderInModule(<OperationsPage />, { path: '/enforcement/operations' }));
    expect(await screen.findByText('校园周边食品安全联合检查')).toBeTruthy();
    const dialog = await openDialog('登记进展');
    await pick('状态', '已完成', dialog);
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('完成行动须填写行动总结')).toBeTruthy();
    expect(sent(calls, 'UpdateJointOperation')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('检查主体(户次)'), { target: { value: '35' } });
    fireEvent.change(within(dialog).getByLabelText('行动总结'), { target: { value: '共检查35户' } });
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('检查主体数应为不小于 0 的整数')).toBeTruthy();
    await pressInDialog(dialog);
    await waitFor(() => expect(sent(calls, 'UpdateJointOperation')).toHaveLength(2));
    expect(sent(calls, 'UpdateJointOperation')[1]!.variables.input).toEqual({
      operationId: 'J1',
      status: 'COMPLETED',
      entitiesInspected: 35,
      problemsFound: 3,
      summary: '共检查35户',
    });
    expect(await screen.findByText('进展已保存')).toBeTruthy();
  }, 60_000);

  it('offers a township officer neither 新建 nor 登记进展: operations are the district’s', async () => {
    stubGateway({ JointOperationList: list });
    render(renderInModule(<OperationsPage />, { path: '/enforcement/operations', token: townshipToken }));
    expect(await screen.findByText('校园周边食品安全联合检查')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建联合执法|登记进展/ })).toBeNull();
  });
});

describe('联合执法, for a partner department', () => {
  it('confirms its own part only, and a refusal stays in the dialog', async () => {
    const calls = stubGateway({
      JointOperationList: list,
      ConfirmJointOperation: inTurn(refusal('联合执法不存在:J1', { code: 'NOT_FOUND' }), {
        data: {
          confirmJointOperation: {
            __typename: 'JointOperationParticipant',
            id: 'P-POLICE',
            confirmedOn: '2026-09-03',
            personnel: 6,
            report: '出动警力6人次',
          },
        },
      }),
    });
    render(renderInModule(<OperationsPage />, { path: '/enforcement/operations', token: policeToken }));
    expect(await screen.findByText('校园周边食品安全联合检查')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建联合执法|登记进展/ })).toBeNull();
    const dialog = await openDialog('确认参加');
    fireEvent.change(within(dialog).getByLabelText('出动人员(人次)'), { target: { value: '6' } });
    fireEvent.change(within(dialog).getByLabelText('本部门工作情况'), { target: { value: '出动警力6人次' } });
    await pressInDialog(dialog, '提交');
    expect((await within(dialog).findByRole('alert')).textContent).toContain('联合执法不存在');
    await pressInDialog(dialog, '提交');
    await waitFor(() => expect(sent(calls, 'ConfirmJointOperation')).toHaveLength(2));
    expect(sent(calls, 'ConfirmJointOperation')[1]!.variables.input).toEqual({
      operationId: 'J1',
      personnel: 6,
      report: '出动警力6人次',
    });
  }, 60_000);
});
