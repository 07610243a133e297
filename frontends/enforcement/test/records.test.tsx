// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { InspectionsPage } from '../src/pages/InspectionsPage';
import { RunDrawPage } from '../src/pages/RunDrawPage';
import { SeizedItemsPage } from '../src/pages/SeizedItemsPage';
import { TransfersPage } from '../src/pages/TransfersPage';
import {
  type Call,
  connection,
  entityOptions,
  fillDate,
  inspectorOptions,
  inTurn,
  openDialog,
  pick,
  policeToken,
  pressInDialog,
  refusal,
  stubGateway,
} from '@shian/remote-testing';
import { renderInModule, transferPage } from './fixtures';

const sent = (calls: Call[], name: string) => calls.filter((c) => c.operationName === name);
const today = () => dayjs().format('YYYY-MM-DD');

describe('登记检查', () => {
  it('asks for a rectification deadline once the verdict is not 符合, and sends the inspection', async () => {
    const calls = stubGateway({
      InspectionList: () => ({ data: { inspections: connection('InspectionConnection', []) } }),
      EntityOptions: entityOptions({ id: 'E0050', name: '万家超市', township: { id: '511902002', name: '西城街道' } }),
      EnforcementInspectors: inspectorOptions(
        { id: 'I1', name: '李执法', unit: '执法稽查科', badgeNumber: '51190000' },
        { id: 'I2', name: '王稽查', unit: '执法稽查科', badgeNumber: '51190001' },
      ),
      CreateInspection: () => ({ data: { createInspection: { __typename: 'Inspection', id: 'N1' } } }),
    });
    render(renderInModule(<InspectionsPage />, { path: '/enforcement/inspections' }));
    expect((await screen.findAllByText('暂无数据')).length).toBeGreaterThan(0);
    const dialog = await openDialog(/登记检查/);
    await pick('被检查主体', '万家超市(西城街道)', dialog);
    await pick('检查人员', '李执法(执法稽查科)', dialog);
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('检查人员不得少于2名')).toBeTruthy();
    await pick('检查人员', '王稽查(执法稽查科)', dialog);
    expect(within(dialog).queryByLabelText('整改期限')).toBeNull();
    await pick('检查结果', '不符合', dialog);
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请设定整改期限')).toBeTruthy();
    expect(sent(calls, 'CreateInspection')).toHaveLength(0);

    await fillDate('整改期限', '2099-01-31');
    await pressInDialog(dialog);
    await waitFor(() => expect(sent(calls, 'CreateInspection')).toHaveLength(1));
    expect(sent(calls, 'CreateInspection')[0]!.variables.input).toEqual({
      entityId: 'E0050',
      townshipId: '511902002',
      inspectedOn: today(),
      kind: 'ROUTINE',
      verdict: 'NON_COMPLIANT',
      inspectorIds: ['I1', 'I2'],
      findings: '检查项目均符合要求,未发现问题。',
      rectificationDeadline: '2099-01-31',
    });
  }, 60_000);
});

const heldItem = {
  __typename: 'SeizedItem',
  id: 'S1',
  name: '过期白酒',
  quantity: 24,
  unit: '瓶',
  measure: 'SEIZE',
  seizedOn: '2026-11-20',
  status: 'SEIZED',
  custodian: '巴州区市场监督管理局',
  location: '区局涉案财物保管室',
  extended: false,
  version: 3,
  releasedOn: null,
  clock: { __typename: 'EnforcementClock', status: 'RUNNING', remaining: 14, period: '30日', deadline: '2026-12-20' },
  case: { __typename: 'Case', id: 'C1', title: '某酒坊涉嫌销售假冒白酒案' },
};

describe('涉案财物: 保管 / 处置', () => {
  it('sends the disposal with the version the page read', async () => {
    const calls = stubGateway({
      SeizedItemList: () => ({ data: { seizedItems: connection('SeizedItemConnection', [heldItem]) } }),
      UpdateSeizedItem: () => ({
        data: { updateSeizedItem: { __typename: 'SeizedItem', id: 'S1', status: 'CONFISCATED', version: 4 } },
      }),
    });
    render(renderInModule(<SeizedItemsPage />, { path: '/enforcement/seized-items' }));
    expect(await screen.findByText('过期白酒')).toBeTruthy();
    const dialog = await openDialog('保管 / 处置');
    await pick('处置结果(仅变更保管时不选)', '没收', dialog);
    fireEvent.change(within(dialog).getByLabelText('存放地点'), { target: { value: '区局罚没物品仓库' } });
    await pressInDialog(dialog);
    await waitFor(() => expect(sent(calls, 'UpdateSeizedItem')).toHaveLength(1));
    expect(sent(calls, 'UpdateSeizedItem')[0]!.variables.input).toEqual({
      itemId: 'S1',
      version: 3,
      status: 'CONFISCATED',
      releasedOn: today(),
      extended: null,
      custodian: '巴州区市场监督管理局',
      location: '区局罚没物品仓库',
    });
  }, 60_000);

  it('on a CONFLICT closes the dialog, says the item changed, and reloads it on OK', async () => {
    const calls = stubGateway({
      SeizedItemList: () => ({ data: { seizedItems: connection('SeizedItemConnection', [heldItem]) } }),
      UpdateSeizedItem: () => refusal('涉案财物已被他人修改,请刷新后重试', { code: 'CONFLICT' }),
    });
    render(renderInModule(<SeizedItemsPage />, { path: '/enforcement/seized-items' }));
    expect(await screen.findByText('过期白酒')).toBeTruthy();
    const dialog = await openDialog('保管 / 处置');
    await act(async () => fireEvent.click(within(dialog).getByRole('checkbox')));
    await pressInDialog(dialog);
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
    expect(sent(calls, 'UpdateSeizedItem')[0]!.variables.input).toMatchObject({ extended: true, status: null });
    const lists = sent(calls, 'SeizedItemList').length;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /知道了|确定/ })));
    await waitFor(() => expect(sent(calls, 'SeizedItemList').length).toBeGreaterThan(lists));
  }, 60_000);
});

describe('移送: the receiving department’s 签收', () => {
  it('sends its receipt', async () => {
    const calls = stubGateway({
      TransferList: () => transferPage('POLICE'),
      ReceiveTransfer: () => ({
        data: {
          receiveTransfer: {
            __typename: 'Transfer',
            id: 'T1',
            status: 'RECEIVED',
            receivedOn: today(),
            receiptNumber: '巴公(食药)受字〔2026〕12号',
            receivedBy: '陈警官',
          },
        },
      }),
    });
    render(renderInModule(<TransfersPage />, { path: '/enforcement/transfers', token: policeToken }));
    expect(await screen.findByText('某酒坊涉嫌销售假冒白酒案')).toBeTruthy();
    const dialog = await openDialog('签收');
    await pressInDialog(dialog, '提交');
    expect(await within(dialog).findByText('请填写回执编号')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('回执编号'), { target: { value: '巴公(食药)受字〔2026〕12号' } });
    fireEvent.change(within(dialog).getByLabelText('接收人'), { target: { value: '陈警官' } });
    await pressInDialog(dialog, '提交');
    await waitFor(() => expect(sent(calls, 'ReceiveTransfer')).toHaveLength(1));
    expect(sent(calls, 'ReceiveTransfer')[0]!.variables.input).toEqual({
      transferId: 'T1',
      receivedOn: today(),
      receiptNumber: '巴公(食药)受字〔2026〕12号',
      receivedBy: '陈警官',
    });
  }, 60_000);
});

describe('新建双随机抽取', () => {
  it('sends the register’s trading businesses of the chosen categories as the population, and shows a refused count under its field', async () => {
    const calls = stubGateway({
      EnforcementInspectors: inspectorOptions(),
      DrawPopulation: () => ({
        data: {
          entities: connection('EntityConnection', [
            { __typename: 'Entity', id: 'E1', township: { __typename: 'Township', id: '511902001' } },
            { __typename: 'Entity', id: 'E2', township: { __typename: 'Township', id: '511902002' } },
          ]),
        },
      }),
      RunDraw: inTurn(
        refusal('抽取主体数(10)超过检查对象名录中的主体数(2)', { code: 'BAD_USER_INPUT', field: 'entityCount' }),
        { data: { runDraw: { __typename: 'RandomDraw', id: 'D9' } } },
      ),
    });
    render(renderInModule(<RunDrawPage />, { path: '/enforcement/draws/new' }));
    fireEvent.change(await screen.findByLabelText('抽查任务名称'), {
      target: { value: '第四季度食品销售者双随机抽查' },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '抽取' })));
    expect(await screen.findByText('抽取主体数(10)超过检查对象名录中的主体数(2)')).toBeTruthy();
    expect(sent(calls, 'DrawPopulation')[0]!.variables.filter).toEqual({
      category: 'FOOD_SELLER',
      status: 'OPERATING',
    });
    expect(sent(calls, 'RunDraw')[0]!.variables.input).toEqual({
      title: '第四季度食品销售者双随机抽查',
      drawnOn: today(),
      populationCriteria: '在营的食品销售者(全区)',
      population: [
        { entityId: 'E1', townshipId: '511902001' },
        { entityId: 'E2', townshipId: '511902002' },
      ],
      inspectorUnits: [],
      entityCount: 10,
      inspectorsPerEntity: 2,
      seed: null,
    });
  }, 60_000);
});
