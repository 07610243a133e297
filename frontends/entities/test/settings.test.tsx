// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  expectNotSent,
  leaderToken,
  pressInDialog,
  refusal,
  stubGateway,
  testToken,
  TOWNSHIPS,
  waitForSent,
} from '@shian/remote-testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GradingRuleButton, TriageDaysButton } from '../src/components/SettingButtons';
import { RegisterPage } from '../src/pages/RegisterPage';
import { VillageQueuePage } from '../src/pages/VillageQueuePage';
import { entityPage, renderInModule } from './fixtures';

const townshipToken = testToken({ sub: 'township', name: '张监管', role: 'township', townshipId: '511902001' });

const RULE = {
  data: {
    gradingRule: {
      __typename: 'GradingRule',
      aMax: 30,
      bMax: 45,
      cMax: 60,
      inspectionsPerYear: [],
    },
  },
};

const SETTING = {
  data: {
    villageReportSetting: {
      __typename: 'VillageReportSetting',
      triageWorkingDays: 3,
      updatedBy: '王局长',
      updatedAt: '2026-11-30T16:30:00.000Z',
    },
  },
};

/** Opens the setting's dialog once the setting in force is read (the button waits for it, disabled). */
const open = async (name: RegExp) => {
  await waitFor(() => expect(screen.getByRole('button', { name }).hasAttribute('disabled')).toBe(false));
  const button = screen.getByRole('button', { name });
  await act(async () => fireEvent.click(button));
  return screen.findByRole('dialog');
};
const type = (dialog: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });

describe('风险分级规则 (updateGradingRule)', () => {
  it('starts from the bands in force, checks they rise, and sends the new bands', async () => {
    const calls = stubGateway({
      GradingRule: () => RULE,
      UpdateGradingRule: (v) => ({ data: { updateGradingRule: { __typename: 'GradingRule', ...v } } }),
    });
    render(renderInModule(<GradingRuleButton />));
    const dialog = await open(/风险分级规则/);
    expect((within(dialog).getByLabelText('B级上限(含)') as HTMLInputElement).value).toBe('45.0');
    type(dialog, 'A级上限(含)', '50');
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('B级上限(含)应高于A级上限')).toBeTruthy();
    expectNotSent(calls, 'UpdateGradingRule');

    type(dialog, 'A级上限(含)', '25');
    type(dialog, 'C级上限(含)', '65.5');
    await pressInDialog(dialog);
    expect(await waitForSent(calls, 'UpdateGradingRule')).toEqual({
      aMax: 25,
      bMax: 45,
      cMax: 65.5,
    });
    // The rule in force is read again.
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'GradingRule').length).toBeGreaterThan(1));
  }, 60_000);

  it('shows the server’s refusal in the dialog', async () => {
    stubGateway({
      GradingRule: () => RULE,
      UpdateGradingRule: () => refusal('只有区局领导和执法人员可以修改该设置', { code: 'FORBIDDEN' }),
    });
    render(renderInModule(<GradingRuleButton />));
    const dialog = await open(/风险分级规则/);
    await pressInDialog(dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toContain('只有区局领导和执法人员可以修改该设置');
  }, 60_000);

  it('is offered on the register to district staff only', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      EntityRegister: () => entityPage(['1'], false, 1),
      GradingRule: () => RULE,
    });
    render(renderInModule(<RegisterPage />, { token: townshipToken }));
    expect(await screen.findByText('巴州区1号面馆')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /风险分级规则/ })).toBeNull();
    expectNotSent(calls, 'GradingRule');
    cleanup();
    render(renderInModule(<RegisterPage />));
    expect(await screen.findByRole('button', { name: /风险分级规则/ })).toBeTruthy();
  }, 60_000);
});

describe('分办期限 (setVillageReportTriageDays)', () => {
  it('shows the period in force and who set it, checks the range, and sends the new period', async () => {
    const calls = stubGateway({
      VillageReportSetting: () => SETTING,
      SetVillageReportTriageDays: (v) => ({
        data: {
          setVillageReportTriageDays: {
            ...SETTING.data.villageReportSetting,
            triageWorkingDays: v.workingDays,
          },
        },
      }),
    });
    render(renderInModule(<TriageDaysButton />, { token: leaderToken }));
    const dialog = await open(/分办期限:3个工作日/);
    // 16:30 UTC is the next morning in Beijing.
    expect(within(dialog).getByText(/最近由 王局长 于 2026-12-01 00:30 修改/)).toBeTruthy();
    type(dialog, '分办期限(工作日,自接收之日起算)', '');
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请输入分办期限')).toBeTruthy();
    type(dialog, '分办期限(工作日,自接收之日起算)', '5');
    await pressInDialog(dialog);
    expect(await waitForSent(calls, 'SetVillageReportTriageDays')).toEqual({
      workingDays: 5,
    });
  }, 60_000);

  it('shows the server’s refusal under the field', async () => {
    stubGateway({
      VillageReportSetting: () => SETTING,
      SetVillageReportTriageDays: () =>
        refusal('分办期限应为 1 到 30 个工作日', { code: 'BAD_USER_INPUT', field: 'workingDays' }),
    });
    render(renderInModule(<TriageDaysButton />, { token: leaderToken }));
    const dialog = await open(/分办期限/);
    await pressInDialog(dialog);
    const message = await within(dialog).findByText('分办期限应为 1 到 30 个工作日');
    expect(message.closest('.ant-form-item')).toBeTruthy();
  }, 60_000);

  it('is offered on the queue to leaders only', async () => {
    const empty = {
      data: {
        villageReports: {
          __typename: 'VillageReportConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: [],
        },
      },
    };
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      VillageOptions: () => ({ data: { villages: [] } }),
      VillageQueue: () => empty,
      VillageReportSetting: () => SETTING,
    });
    render(renderInModule(<VillageQueuePage />));
    await waitForSent(calls, 'VillageQueue');
    expect(screen.queryByRole('button', { name: /分办期限/ })).toBeNull();
    expectNotSent(calls, 'VillageReportSetting');
    cleanup();
    render(renderInModule(<VillageQueuePage />, { token: leaderToken }));
    expect(await screen.findByRole('button', { name: /分办期限:3个工作日/ })).toBeTruthy();
  }, 60_000);
});
