// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../src/App';
import type { ComplaintRow } from '../src/components/ComplaintActions';
import { COMPLAINT_EXPORT_COLUMNS } from '../src/components/ComplaintExport';
import {
  connection,
  entityOptions,
  expectSentInput,
  officerToken,
  openDialog,
  pick,
  policeToken,
  pressInDialog,
  refusal,
  rowFactory,
  sentVariables,
  stubGateway,
  testToken,
} from '@shian/remote-testing';
import { casePage, operationPage, transferPage } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

const complaint = rowFactory('Complaint', (id) => ({
  code: `巴州投诉举报〔2026〕${id}号`,
  kind: 'COMPLAINT',
  channel: 'PLATFORM_12315',
  status: 'RECEIVED',
  outcome: 'PENDING',
  version: 1,
  content: `购买的卤肉有异味${id}`,
  receivedOn: '2026-11-20',
  decidedOn: null,
  answeredOn: null,
  extended: false,
  overdue: false,
  nextStatuses: ['ACCEPTED', 'REFUSED', 'REFERRED'],
  complainant: {
    __typename: 'Complainant',
    name: '王**',
    phone: '138****5678',
    idNumber: null,
    masked: true,
    anonymous: false,
  },
  maskedComplainant: { __typename: 'Complainant', name: '王**', phone: '138****5678' },
  entity: { __typename: 'Entity', id: 'E0001', name: '康健茶业' },
  township: { __typename: 'Township', id: '511902001', name: '东城街道' },
  clock: { __typename: 'EnforcementClock', deadline: '2026-12-01', status: 'RUNNING' },
  case: null,
}));

const page = (nodes: object[]) => ({ data: { complaints: connection('ComplaintConnection', nodes) } });

const townships = () => ({
  data: { townships: [{ __typename: 'Township', id: '511902001', name: '东城街道', kind: 'STREET' }] },
});

async function openComplaints(token: string, answers: Parameters<typeof stubGateway>[0]) {
  const calls = stubGateway({
    CaseList: () => casePage([]),
    TownshipOptions: townships,
    ...answers,
  });
  render(<App gatewayUrl="http://gateway.test" token={token} routing="memory" />);
  fireEvent.click((await screen.findAllByText('投诉举报'))[0]!);
  return calls;
}

describe('投诉举报', () => {
  it('lists complaints with overdue flags, filters kept in the query, and the outcomes to act on', async () => {
    const calls = await openComplaints(officerToken, {
      ComplaintList: () =>
        page([
          complaint('1', { overdue: true }),
          complaint('2', {
            kind: 'REPORT',
            complainant: { __typename: 'Complainant', name: null, phone: null, masked: false, anonymous: true },
          }),
        ]),
    });
    expect(await screen.findByText('巴州投诉举报〔2026〕1号')).toBeTruthy();
    expect(screen.getAllByTestId('overdue')).toHaveLength(1);
    expect(screen.getByText('王** 138****5678')).toBeTruthy();
    expect(screen.getByText('匿名')).toBeTruthy();
    for (const label of ['渠道', '处理结果', '乡镇(街道)', '只看超期'])
      expect(screen.getAllByLabelText(label).length).toBeGreaterThan(0);
    expect(screen.getByText('登记投诉举报')).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: '只看超期' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'ComplaintList').at(-1)?.variables.filter).toEqual({
        overdue: true,
      }),
    );
    fireEvent.click(screen.getAllByRole('button', { name: '办理' })[0]!);
    expect(await screen.findByText('办理 巴州投诉举报〔2026〕1号')).toBeTruthy();
  });

  it('转线索 links one of the business’s own leads, chosen by its words, not typed by id', async () => {
    const calls = await openComplaints(officerToken, {
      ComplaintList: () => page([complaint('1')]),
      CaseOptions: () => ({
        data: {
          cases: {
            __typename: 'CaseConnection',
            nodes: [{ __typename: 'Case', id: 'c-uuid-5', number: null, title: '康健茶业涉嫌销售变质卤肉' }],
          },
        },
      }),
      MoveComplaint: () => ({
        data: { moveComplaint: { __typename: 'Complaint', id: '1', status: 'REFERRED', version: 2 } },
      }),
    });
    fireEvent.click((await screen.findAllByRole('button', { name: '办理' }))[0]!);
    const dialog = await screen.findByRole('dialog');
    await pick('办理结果', '已转线索(立案)', dialog);
    await pick('已有线索(案件)', '(线索) 康健茶业涉嫌销售变质卤肉', dialog);
    expect(sentVariables(calls, 'CaseOptions')).toMatchObject({ entityId: 'E0001' });
    await pressInDialog(dialog, '保存');
    await waitFor(() => expect(calls.some((c) => c.operationName === 'MoveComplaint')).toBe(true));
    expectSentInput(calls, 'MoveComplaint', { to: 'REFERRED', caseId: 'c-uuid-5', caseTitle: null });
  });

  it('exports every row of the filter with the complainant as the server masks it, whoever exports', async () => {
    const created = vi.fn(() => 'blob:complaints');
    vi.spyOn(URL, 'createObjectURL').mockImplementation(created);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const calls = await openComplaints(officerToken, { ComplaintList: () => page([complaint('1')]) });
    expect(await screen.findByText('巴州投诉举报〔2026〕1号')).toBeTruthy();
    const listed = calls.filter((c) => c.operationName === 'ComplaintList').length;
    fireEvent.click(screen.getByRole('button', { name: /导出Excel/ }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const exported = calls.filter((c) => c.operationName === 'ComplaintList').slice(listed);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported[0]!.query).toMatch(/maskedComplainant: complainant\(masked: true\)/);
    expect(exported[0]!.variables.filter).toEqual({});
  });

  it('puts only the masked complainant in the sheet', () => {
    const row = complaint('1', {
      complainant: { __typename: 'Complainant', name: '王明', phone: '13812345678', masked: false, anonymous: false },
      maskedComplainant: { __typename: 'Complainant', name: '王*', phone: '138****5678' },
    }) as unknown as ComplaintRow;
    const cells = COMPLAINT_EXPORT_COLUMNS.map((c) => (typeof c.value === 'function' ? c.value(row) : row[c.value]));
    expect(cells).toContain('王*');
    expect(cells).toContain('138****5678');
    expect(cells.join('|')).not.toMatch(/王明|13812345678/);
  });

  it('hides the township filter from a township officer, whose list is the township’s', async () => {
    const township = testToken({ sub: 'township', name: '张监管', role: 'township', townshipId: '511902001' });
    const calls = await openComplaints(township, { ComplaintList: () => page([complaint('1')]) });
    expect(await screen.findByText('巴州投诉举报〔2026〕1号')).toBeTruthy();
    expect(screen.queryByLabelText('乡镇(街道)')).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('TownshipOptions');
  });

  it('gives a partner department no way to the complaints', async () => {
    const calls = stubGateway({ TransferList: () => transferPage('POLICE'), JointOperationList: operationPage });
    render(<App gatewayUrl="http://gateway.test" token={policeToken} routing="memory" />);
    expect(await screen.findByText('区公安分局工作台')).toBeTruthy();
    expect(screen.queryByText('投诉举报')).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('ComplaintList');
  });

  it('修改: sends the edited fields, the complainant whole when it was edited in an unmasked row', async () => {
    const calls = await openComplaints(officerToken, {
      ComplaintList: () =>
        page([
          complaint('1', {
            complainant: {
              __typename: 'Complainant',
              name: '王明',
              phone: '13812345678',
              idNumber: '511902199001011234',
              masked: false,
              anonymous: false,
            },
          }),
        ]),
      UpdateComplaint: () => ({ data: { updateComplaint: { __typename: 'Complaint', id: '1', version: 2 } } }),
    });
    fireEvent.click((await screen.findAllByRole('button', { name: /修\s*改/ }))[0]!);
    const form = await screen.findByRole('dialog');
    fireEvent.change(within(form).getByLabelText('联系电话'), { target: { value: '139 1234 5678' } });
    fireEvent.change(within(form).getByLabelText('投诉举报内容'), { target: { value: '购买的卤肉有异味,已就医' } });
    await pressInDialog(form);
    await waitFor(() => expect(calls.some((c) => c.operationName === 'UpdateComplaint')).toBe(true));
    expect(sentVariables(calls, 'UpdateComplaint')).toEqual({
      input: {
        complaintId: '1',
        version: 1,
        channel: 'PLATFORM_12315',
        content: '购买的卤肉有异味,已就医',
        complainant: { name: '王明', phone: '13912345678', idNumber: '511902199001011234' },
      },
    });
  });

  it('修改: never sends a masked complainant, and shows the server’s refusal in the dialog', async () => {
    const calls = await openComplaints(officerToken, {
      ComplaintList: () => page([complaint('1')]),
      UpdateComplaint: () => refusal('已答复办结的不能修改', { code: 'BAD_USER_INPUT', field: 'complaintId' }),
    });
    fireEvent.click((await screen.findAllByRole('button', { name: /修\s*改/ }))[0]!);
    const form = await screen.findByRole('dialog');
    expect(within(form).queryByLabelText('联系电话')).toBeNull();
    await pressInDialog(form);
    expect(await within(form).findByText('已答复办结的不能修改')).toBeTruthy();
    const sent = sentVariables(calls, 'UpdateComplaint').input;
    expect(sent).not.toHaveProperty('complainant');
  });

  it('登记投诉举报: the business picked in the register, its township sent with it', async () => {
    const calls = await openComplaints(officerToken, {
      ComplaintList: () => page([]),
      EntityOptions: entityOptions({ id: 'E0001', name: '康健茶业', township: { id: '511902001', name: '东城街道' } }),
      CreateComplaint: () => ({
        data: { createComplaint: { __typename: 'Complaint', id: '9', code: '巴州投诉举报〔2026〕9号' } },
      }),
    });
    const form = await openDialog(/登记投诉举报/);
    fireEvent.change(within(form).getByLabelText('投诉人姓名'), { target: { value: '王'.repeat(51) } });
    fireEvent.change(within(form).getByLabelText('联系电话'), { target: { value: '1381234567' } });
    fireEvent.change(within(form).getByLabelText('投诉举报内容'), { target: { value: '购买的卤肉有异味' } });
    await pick('被投诉举报主体', '康健茶业(东城街道)', form);
    await pressInDialog(form);
    // One digit short, and a name over the subgraph's 50 characters: the form says so and nothing is sent.
    expect(await within(form).findByText('联系电话格式不正确')).toBeTruthy();
    expect(within(form).getByText('投诉人姓名不能超过50个字符')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'CreateComplaint')).toBe(false);
    fireEvent.change(within(form).getByLabelText('投诉人姓名'), { target: { value: '王明' } });
    fireEvent.change(within(form).getByLabelText('联系电话'), { target: { value: '13812345678' } });
    await pressInDialog(form);
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreateComplaint')).toBe(true));
    const input = expectSentInput(calls, 'CreateComplaint', {
      kind: 'COMPLAINT',
      channel: 'PLATFORM_12315',
      complainant: { name: '王明', phone: '13812345678', idNumber: null },
      entityId: 'E0001',
      townshipId: '511902001',
      content: '购买的卤肉有异味',
    });
    expect(input.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
