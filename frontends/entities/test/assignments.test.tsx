// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  expectNotSent,
  openDialog,
  pick,
  pressInDialog,
  refusal,
  sentVariables,
  stubGateway,
  testToken,
  waitForSent,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { EntityPage } from '../src/pages/EntityPage';
import { ENTITY_ID, entityDetail, OVERDUE_ASSIGNMENT, official, renderInModule } from './fixtures';

const TODAY = dayjs().format('YYYY-MM-DD');
const partnerToken = testToken({ sub: 'police', name: '公安协作', role: 'partner', department: 'police' });

const OFFICIALS = {
  data: {
    district: { __typename: 'OfficialConnection', nodes: [official('o1', '陈副区长', 'DISTRICT')] },
    local: { __typename: 'OfficialConnection', nodes: [official('o2', '刘主任', 'TOWNSHIP')] },
  },
};

const WITH_ASSIGNMENT = entityDetail({ assignments: [OVERDUE_ASSIGNMENT] });

const showEntity = async (token?: string) => {
  render(renderInModule(<EntityPage />, { path: `/entities/${ENTITY_ID}`, route: '/entities/:id', token }));
  const tab = await screen.findByRole('tab', { name: /包保责任/ });
  await act(async () => fireEvent.click(tab));
};

describe('建立包保关系 on the business page', () => {
  it('offers district officials and the township’s own, and sends the choice with the dates', async () => {
    const calls = stubGateway({
      EntityDetail: () => entityDetail(),
      AssignableOfficials: () => OFFICIALS,
      AssignOfficial: () => ({ data: { assignOfficial: { __typename: 'Assignment', id: 'a9' } } }),
    });
    await showEntity();
    const dialog = await openDialog(/新增包保干部/);
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请选择包保干部')).toBeTruthy();
    expectNotSent(calls, 'AssignOfficial');
    expect(sentVariables(calls, 'AssignableOfficials')).toEqual({
      townshipId: '511902001',
    });

    await pick('包保干部', '刘主任(街道办副主任,乡镇级)', dialog);
    await pressInDialog(dialog);
    expect(await waitForSent(calls, 'AssignOfficial')).toEqual({
      input: { entityId: ENTITY_ID, officialId: 'o2', startsOn: TODAY, endsOn: null },
    });
    // The business is read again to show the new official.
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'EntityDetail').length).toBe(2));
  }, 60_000);

  it('shows an overlapping period, refused by the server, under 开始日期 and keeps the dialog', async () => {
    stubGateway({
      EntityDetail: () => entityDetail(),
      AssignableOfficials: () => OFFICIALS,
      AssignOfficial: () => refusal('该干部在此期间已包保该主体', { code: 'BAD_USER_INPUT', field: 'startsOn' }),
    });
    await showEntity();
    const dialog = await openDialog(/新增包保干部/);
    await pick('包保干部', '陈副区长(副区长,区级)', dialog);
    await pressInDialog(dialog);
    const message = await within(dialog).findByText('该干部在此期间已包保该主体');
    expect(message.closest('.ant-form-item')!.textContent).toContain('开始日期');
    expect(screen.getByRole('dialog')).toBe(dialog);
  }, 60_000);

  it('offers neither 新增包保干部 nor 登记督导 to a partner department', async () => {
    stubGateway({ EntityDetail: () => WITH_ASSIGNMENT });
    await showEntity(partnerToken);
    expect(await screen.findByText('陈副区长')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新增包保干部/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '登记督导' })).toBeNull();
  });
});

describe('登记督导 of an assignment', () => {
  it('checks the findings, then sends the visit of today with them trimmed', async () => {
    const calls = stubGateway({
      EntityDetail: () => WITH_ASSIGNMENT,
      RecordVisit: () => ({ data: { recordVisit: { __typename: 'Visit', id: 'v1' } } }),
    });
    await showEntity();
    const dialog = await openDialog('登记督导');
    expect(within(dialog).getByText('登记包保督导:陈副区长')).toBeTruthy();
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请填写督导发现')).toBeTruthy();
    expectNotSent(calls, 'RecordVisit');

    fireEvent.change(within(dialog).getByLabelText('发现问题及处理'), {
      target: { value: ' 后厨台账不全,已责令当场补记。 ' },
    });
    await pressInDialog(dialog);
    expect(await waitForSent(calls, 'RecordVisit')).toEqual({
      input: { assignmentId: 'a1', visitedOn: TODAY, findings: '后厨台账不全,已责令当场补记。' },
    });
  }, 60_000);

  it('shows a refusal that is about no field above the form', async () => {
    stubGateway({
      EntityDetail: () => WITH_ASSIGNMENT,
      RecordVisit: () => refusal('该主体不在您的辖区内', { code: 'FORBIDDEN' }),
    });
    await showEntity();
    const dialog = await openDialog('登记督导');
    fireEvent.change(within(dialog).getByLabelText('发现问题及处理'), { target: { value: '检查' } });
    await pressInDialog(dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toContain('该主体不在您的辖区内');
  }, 60_000);
});
