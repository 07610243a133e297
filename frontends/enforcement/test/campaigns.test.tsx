// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  type Call,
  connection,
  fillDate,
  inTurn,
  openDialog,
  pick,
  pressInDialog,
  refusal,
  stubGateway,
  townshipToken,
} from '@shian/remote-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CampaignsPage } from '../src/pages/CampaignsPage';
import { renderInModule } from './fixtures';

const campaign = {
  __typename: 'Campaign',
  id: 'K1',
  name: '2024年春雷行动',
  kind: 'ENFORCEMENT',
  year: 2024,
  startsOn: '2024-03-01',
  endsOn: '2024-06-30',
  lead: '执法稽查科',
  focus: '农村假冒伪劣食品',
};

const list = () => ({ data: { campaigns: connection('CampaignConnection', [campaign]) } });
const created = (calls: Call[]) => calls.filter((c) => c.operationName === 'CreateCampaign');

async function fillForm() {
  fireEvent.change(screen.getByLabelText('名称'), { target: { value: ' 2026年校园食品安全专项治理 ' } });
  await pick('类型', '专项治理');
  await fillDate('开始日期', '2026-09-01');
  await fillDate('结束日期', '2026-12-31');
  fireEvent.change(screen.getByLabelText('牵头科室'), { target: { value: '食品经营科' } });
  fireEvent.change(screen.getByLabelText('重点内容'), { target: { value: '学校食堂及校园周边' } });
}

describe('专项行动', () => {
  it('lets an officer create a campaign: nothing is sent until the form holds, then the input as the server takes it', async () => {
    const calls = stubGateway({
      CampaignList: list,
      CreateCampaign: () => ({ data: { createCampaign: { __typename: 'Campaign', id: 'K2' } } }),
    });
    render(renderInModule(<CampaignsPage />, { path: '/enforcement/campaigns' }));
    expect(await screen.findByText('2024年春雷行动')).toBeTruthy();
    const dialog = await openDialog(/新建专项/);
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请填写名称')).toBeTruthy();
    expect(within(dialog).getByText('请选择开始日期')).toBeTruthy();
    expect(within(dialog).getByText('请填写重点内容')).toBeTruthy();
    // The end before the start is refused here, as the subgraph refuses it.
    await fillDate('开始日期', '2026-09-01');
    await fillDate('结束日期', '2026-08-01');
    expect(await within(dialog).findByText('结束日期不能早于开始日期')).toBeTruthy();
    expect(created(calls)).toHaveLength(0);

    await fillForm();
    const before = calls.filter((c) => c.operationName === 'CampaignList').length;
    await pressInDialog(dialog);
    await waitFor(() => expect(created(calls)).toHaveLength(1));
    expect(created(calls)[0]!.variables.input).toEqual({
      name: '2026年校园食品安全专项治理',
      kind: 'RECTIFICATION',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      lead: '食品经营科',
      focus: '学校食堂及校园周边',
    });
    // The list is asked again, so the new campaign shows.
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'CampaignList').length).toBeGreaterThan(before));
  }, 60_000);

  it('keeps a refusal in the dialog: a field’s under the field, any other above the form', async () => {
    stubGateway({
      CampaignList: list,
      CreateCampaign: inTurn(
        refusal('牵头科室不能超过50个字符', { code: 'BAD_USER_INPUT', field: 'lead' }),
        refusal('只有区局领导和执法人员可以修改该设置', { code: 'FORBIDDEN' }),
      ),
    });
    render(renderInModule(<CampaignsPage />, { path: '/enforcement/campaigns' }));
    const dialog = await openDialog(/新建专项/);
    await fillForm();
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('牵头科室不能超过50个字符')).toBeTruthy();
    await pressInDialog(dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toContain('只有区局领导和执法人员可以修改该设置');
    expect(screen.getByRole('dialog')).toBe(dialog);
  }, 60_000);

  it('offers a township officer no 新建专项: campaigns are the district’s', async () => {
    stubGateway({ CampaignList: list });
    render(renderInModule(<CampaignsPage />, { path: '/enforcement/campaigns', token: townshipToken }));
    expect(await screen.findByText('2024年春雷行动')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建专项/ })).toBeNull();
  });
});
