// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { todayInChina } from '@shian/remote-kit';
import { optionsAnswer, pick, refusal, sentVariables, stubGateway, testToken } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SamplePage } from '../src/pages/SamplePage';
import { disposalExtended, disposalRule, renderInModule, sampleDetail } from './fixtures';

const at = { path: '/sampling/S1', route: '/sampling/:id' };

const objection = (id: string, status: string) => ({
  __typename: 'Objection',
  id,
  kind: 'TEST_METHOD',
  filedOn: '2025-03-12',
  applicant: `某粮油店${id}`,
  reason: '检验方法不适用',
  status,
  decidedOn: status === 'PENDING' ? null : '2025-03-20',
  conclusion: status === 'PENDING' ? null : '经复核,检验方法符合标准',
});

/** One pending 异议 and one decided already. */
const SAMPLE = sampleDetail('S1', { objections: [objection('O1', 'PENDING'), objection('O2', 'REJECTED')] });

const dialog = () => screen.getByRole('dialog');

describe('异议审核 on a sample', () => {
  it('checks the form before sending, then sends the decision for the pending objection', async () => {
    const calls = stubGateway({
      SampleDetail: () => SAMPLE,
      DecideObjection: (v) => ({
        data: {
          decideObjection: {
            __typename: 'Objection',
            id: v.input.objectionId,
            status: v.input.status,
            decidedOn: v.input.decidedOn,
            conclusion: v.input.conclusion,
          },
        },
      }),
    });
    render(renderInModule(<SamplePage />, at));
    expect(await screen.findByText('某粮油店O1')).toBeTruthy();
    // Only the pending one can be decided.
    const decide = screen.getAllByRole('button', { name: '审核异议' });
    expect(decide).toHaveLength(1);
    await act(async () => fireEvent.click(decide[0]!));
    expect(dialog().textContent).toContain('检验方法,某粮油店O1 2025-03-12 提出');
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: '确定' })));
    expect(await within(dialog()).findByText('请选择审核结果')).toBeTruthy();
    expect(within(dialog()).getByText('请填写审核结论')).toBeTruthy();

    await act(async () => fireEvent.click(within(dialog()).getByLabelText('异议不成立')));
    fireEvent.change(within(dialog()).getByLabelText('审核结论'), { target: { value: '   ' } });
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: '确定' })));
    expect(await within(dialog()).findByText('请填写审核结论')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'DecideObjection')).toBe(false);

    fireEvent.change(within(dialog()).getByLabelText('审核结论'), { target: { value: '检验方法符合GB 5009.12' } });
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: '确定' })));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'DecideObjection')).toBe(true));
    expect(sentVariables(calls, 'DecideObjection')).toEqual({
      input: { objectionId: 'O1', status: 'REJECTED', decidedOn: todayInChina(), conclusion: '检验方法符合GB 5009.12' },
    });
    // Saved: the page reads the sample again.
    const sent = calls.findIndex((c) => c.operationName === 'DecideObjection');
    await waitFor(() => expect(calls.findLastIndex((c) => c.operationName === 'SampleDetail')).toBeGreaterThan(sent));
  });

  it('shows the server’s refusal in the dialog and keeps it open', async () => {
    stubGateway({
      SampleDetail: () => SAMPLE,
      DecideObjection: () => refusal('该异议已审核完毕', { code: 'BAD_USER_INPUT', field: 'objectionId' }),
    });
    render(renderInModule(<SamplePage />, at));
    expect(await screen.findByText('某粮油店O1')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '审核异议' })));
    await act(async () => fireEvent.click(within(dialog()).getByLabelText('异议成立')));
    fireEvent.change(within(dialog()).getByLabelText('审核结论'), { target: { value: '抽样过程不规范' } });
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: '确定' })));
    expect((await within(dialog()).findByRole('alert')).textContent).toContain('该异议已审核完毕');
    expect(within(dialog()).getByLabelText('审核结论')).toBeTruthy();
  });

  it('is not offered to a village 协管员, who may not write', async () => {
    stubGateway({ SampleDetail: () => SAMPLE });
    const village = testToken({ sub: 'village', name: '赵信息员', role: 'village' });
    render(renderInModule(<SamplePage />, { ...at, token: village }));
    expect(await screen.findByText('某粮油店O1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '审核异议' })).toBeNull();
  });
});

/** A sample under disposal (its disposal open since 2025-03-12), as the sample page reads it. */
const disposing = (disposal: object = {}) =>
  sampleDetail('S1', {
    status: 'DISPOSING',
    disposal: {
      __typename: 'Disposal',
      id: 'D1',
      startedOn: '2025-03-12',
      actions: ['OFF_SHELF'],
      extended: false,
      quantity: 20,
      measures: null,
      caseNumber: null,
      caseId: null,
      completedOn: null,
      ...disposal,
    },
  });

describe('延长核查处置期限 on a sample', () => {
  it('is offered on the sample’s open disposal and sends it', async () => {
    const calls = stubGateway({
      SampleDetail: () => disposing(),
      DisposalRule: disposalRule(30),
      ExtendDisposal: disposalExtended('2025-07-10'),
    });
    render(renderInModule(<SamplePage />, at));
    expect(await screen.findByText('延长期限')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '延长期限' })));
    expect(dialog().textContent).toContain('将核查处置期限延长30日');
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: '批准延长' })));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'ExtendDisposal')).toBe(true));
    expect(sentVariables(calls, 'ExtendDisposal')).toEqual({ disposalId: 'D1' });
  });
});

describe('a sample’s disposal and its case', () => {
  it('leads from the case number to the case in the enforcement module', async () => {
    stubGateway({
      SampleDetail: () =>
        disposing({ actions: ['FILE_CASE'], caseNumber: '巴州市监罚立〔2025〕3号', caseId: 'CASE-2025-0003' }),
      DisposalRule: disposalRule(30),
    });
    render(renderInModule(<SamplePage />, at));
    const link = await screen.findByRole('link', { name: '巴州市监罚立〔2025〕3号' });
    expect(link.getAttribute('href')).toBe('/enforcement/cases/CASE-2025-0003');
  });
});

describe('完成核查处置', () => {
  it('links the case the disposal led to, chosen among the business’s, its number filled from it', async () => {
    const calls = stubGateway({
      SampleDetail: () => disposing(),
      DisposalRule: disposalRule(30),
      CaseOptions: optionsAnswer('cases', 'Case', [
        { id: 'CASE-2025-0003', number: '巴州市监罚立〔2025〕3号', title: '涉嫌经营不合格食品' },
      ]),
      CompleteDisposal: () => ({ data: { completeDisposal: { __typename: 'Disposal', id: 'D1' } } }),
    });
    render(renderInModule(<SamplePage />, at));
    const complete = await screen.findByRole('button', { name: '完成核查处置' });
    await act(async () => fireEvent.click(complete));
    await pick('采取的措施', '立案', dialog());
    fireEvent.change(within(dialog()).getByLabelText('处置情况'), { target: { value: '已立案查处' } });
    await pick('关联案件', '巴州市监罚立〔2025〕3号 涉嫌经营不合格食品', dialog());
    // The sampled business's cases only.
    expect(calls.filter((c) => c.operationName === 'CaseOptions').map((c) => c.variables.entityId)).toEqual(['E0001']);
    expect((within(dialog()).getByLabelText('案件编号(立案时必填)') as HTMLInputElement).value).toBe(
      '巴州市监罚立〔2025〕3号',
    );
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: /确\s*定/ })));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('CompleteDisposal'));
    expect(sentVariables(calls, 'CompleteDisposal').input).toMatchObject({
      disposalId: 'D1',
      caseId: 'CASE-2025-0003',
      caseNumber: '巴州市监罚立〔2025〕3号',
    });
  });
});

describe('检验结果 of a sample at the lab', () => {
  it('sends the report’s test items, a line each, the verdict left to the server unless chosen', async () => {
    const calls = stubGateway({
      SampleDetail: () => sampleDetail('S1', { status: 'TESTING', verdict: null, failureKind: null, reportedOn: null }),
      RecordTestResults: () => ({ data: { recordTestResults: { __typename: 'Sample', id: 'S1' } } }),
    });
    render(renderInModule(<SamplePage />, at));
    await screen.findByText('某粮油店');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '录入检验结果' })));
    const line = within(dialog());
    for (const [placeholder, value] of [
      ['检验项目', '铅(以Pb计)'],
      ['结果', '0.05'],
      ['指标如 ≤0.02', '≤0.2'],
      ['判定依据', 'GB 2762-2022'],
    ]) {
      fireEvent.change(line.getByPlaceholderText(placeholder!), { target: { value } });
    }
    await act(async () => fireEvent.click(line.getByRole('button', { name: '确定' })));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('RecordTestResults'));
    expect(sentVariables(calls, 'RecordTestResults')).toEqual({
      sampleId: 'S1',
      items: [
        {
          name: '铅(以Pb计)',
          measured: '0.05',
          limit: '≤0.2',
          unit: 'mg/kg',
          standard: 'GB 2762-2022',
          verdict: null,
          failureKind: null,
        },
      ],
    });
  });
});

describe('登记异议 on an unqualified sample', () => {
  it('refuses an empty or blank applicant and reason as the subgraph does, then sends the objection', async () => {
    const calls = stubGateway({
      SampleDetail: () => sampleDetail('S1'),
      FileObjection: () => ({ data: { fileObjection: { __typename: 'Objection', id: 'O9' } } }),
    });
    render(renderInModule(<SamplePage />, at));
    await screen.findByText('某粮油店');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '登记异议' })));
    fireEvent.change(within(dialog()).getByLabelText('申请人'), { target: { value: '  ' } });
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: '确定' })));
    expect(await within(dialog()).findByText('请选择异议事项')).toBeTruthy();
    expect(await within(dialog()).findByText('请填写申请人')).toBeTruthy();
    expect(await within(dialog()).findByText('请填写异议理由')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'FileObjection')).toBe(false);

    await act(async () => fireEvent.mouseDown(within(dialog()).getByRole('combobox', { name: '异议事项' })));
    await act(async () => fireEvent.click(await screen.findByText('检验方法')));
    fireEvent.change(within(dialog()).getByLabelText('申请人'), { target: { value: '某粮油店' } });
    fireEvent.change(within(dialog()).getByLabelText('异议理由'), { target: { value: '检验方法不适用' } });
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: '确定' })));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'FileObjection')).toBe(true));
    expect(sentVariables(calls, 'FileObjection')).toEqual({
      input: {
        sampleId: 'S1',
        kind: 'TEST_METHOD',
        filedOn: todayInChina(),
        applicant: '某粮油店',
        reason: '检验方法不适用',
      },
    });
  });
});
