// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  expectSentInput,
  fillDate,
  inspectorOptions,
  officerToken,
  openDialog,
  optionsAnswer,
  pick,
  pressInDialog,
  refusal,
  sentVariables,
  stubGateway,
  testToken,
} from '@shian/remote-testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CasePage } from '../src/pages/CasePage';
import { renderInModule } from './fixtures';

const ID = 'CASE-2024-0007';
const at = { path: `/enforcement/cases/${ID}`, route: '/enforcement/cases/:id' };

const leaderToken = testToken({ sub: 'leader', name: '赵局长', role: 'leader' });
const officer = (id: string, name: string) => ({ __typename: 'Inspector', id, name });

const caseAnswer = (overrides: object = {}) => ({
  data: {
    case: {
      __typename: 'Case',
      id: ID,
      number: '巴州市监罚立〔2024〕7号',
      title: '某超市涉嫌经营超过保质期的食品案',
      source: 'COMPLAINT',
      status: 'INVESTIGATING',
      version: 3,
      description: '群众举报货架上有过期食品。',
      violations: ['SUBSTANDARD'],
      legalBasis: null,
      receivedOn: '2024-10-01',
      filedOn: '2024-10-08',
      decidedOn: null,
      closedOn: null,
      closingNote: null,
      filingExtended: false,
      decisionExtended: false,
      overdue: false,
      nextStatuses: [],
      referredBy: null,
      entity: { __typename: 'Entity', id: 'E0050', name: '万家超市' },
      township: { __typename: 'Township', id: '511902002', name: '西城街道' },
      officers: [officer('I1', '李执法'), officer('I2', '王执法')],
      campaign: null,
      inspection: null,
      complaints: [],
      disposal: null,
      opinionEvent: null,
      clocks: [],
      pauses: [],
      penalty: null,
      transfers: [],
      seizedItems: [],
      timeline: [],
      documents: [],
      history: [],
      ...overrides,
    },
  },
});

const INSPECTORS = inspectorOptions(
  { id: 'I1', name: '李执法', unit: '执法大队', badgeNumber: '001' },
  { id: 'I2', name: '王执法', unit: '执法大队', badgeNumber: '002' },
);
const CAMPAIGNS = optionsAnswer('campaigns', 'Campaign', [{ id: 'CP1', name: '校园食品安全专项', year: 2024 }]);

const TITLE = '某超市涉嫌经营超过保质期的食品案';

/** The case page, once the case has loaded. */
async function openCase(token = officerToken) {
  render(renderInModule(<CasePage />, { ...at, token }));
  await screen.findByText(TITLE);
}

const change = (field: string, label: string | null, from: string | null, to: string | null) => ({
  __typename: 'AuditChange',
  field,
  label,
  from,
  to,
});

const TRAIL = {
  data: {
    auditTrail: {
      __typename: 'AuditTrail',
      enforcement: {
        __typename: 'AuditPage',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: [
          {
            __typename: 'AuditRecord',
            id: 'a2',
            at: '2024-11-02T02:00:00.000Z',
            kind: 'CREATE',
            recordType: 'Transfer',
            recordId: `${ID}-T1`,
            parentId: ID,
            operation: 'transferCase',
            action: '移送公安',
            actor: { __typename: 'AuditActor', username: 'officer', name: '李执法', role: 'officer', department: null },
            changes: [change('department', '接收部门', null, '区公安分局')],
            cursor: 'c-a2',
          },
          {
            __typename: 'AuditRecord',
            id: 'a1',
            at: '2024-10-08T01:30:00.000Z',
            kind: 'UPDATE',
            recordType: 'Case',
            recordId: ID,
            parentId: ID,
            operation: 'advanceCase',
            action: '立案',
            actor: { __typename: 'AuditActor', username: 'leader', name: '赵局长', role: 'leader', department: null },
            changes: [change('status', '状态', '线索', '立案')],
            cursor: 'c-a1',
          },
        ],
      },
    },
  },
};

describe('the case’s 操作记录 tab', () => {
  it('shows a leader the case’s rows and its transfers’, newest first, with the domain’s action', async () => {
    const calls = stubGateway({ CaseDetail: () => caseAnswer(), CaseAuditTrail: () => TRAIL });
    await openCase(leaderToken);
    const tab = await screen.findByRole('tab', { name: '操作记录' });
    await act(async () => fireEvent.click(tab));
    const table = await screen.findByRole('table', { name: '操作记录' });
    const rows = await within(table).findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('2024-11-02 10:00:00')).toBeTruthy();
    expect(within(rows[1]).getByText('移送')).toBeTruthy();
    expect(within(rows[1]).getByText('新建')).toBeTruthy();
    expect(within(rows[1]).getByText('移送公安')).toBeTruthy();
    expect(within(rows[1]).getByText('接收部门:区公安分局')).toBeTruthy();
    expect(within(rows[1]).getByText('执法人员')).toBeTruthy();
    expect(within(rows[2]).getByText('案件')).toBeTruthy();
    expect(within(rows[2]).getByText('立案')).toBeTruthy();
    expect(within(rows[2]).getByText('状态:线索 → 立案')).toBeTruthy();
    expect(within(rows[2]).getByText('局领导')).toBeTruthy();
    // The id only: a recordType would leave out the transfers' and seized goods' rows.
    expect(sentVariables(calls, 'CaseAuditTrail')).toEqual({
      filter: { recordId: ID },
      first: 20,
      after: null,
    });
  });

  it('shows a leader a failed request in Chinese', async () => {
    stubGateway({
      CaseDetail: () => caseAnswer(),
      CaseAuditTrail: () => ({
        data: { auditTrail: { __typename: 'AuditTrail', enforcement: null } },
        errors: [
          {
            message: '子图 enforcement 暂不可用',
            path: ['auditTrail', 'enforcement'],
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'enforcement' },
          },
        ],
      }),
    });
    await openCase(leaderToken);
    const tab = await screen.findByRole('tab', { name: '操作记录' });
    await act(async () => fireEvent.click(tab));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/暂不可用/);
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('is not offered to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ CaseDetail: () => caseAnswer() });
    await openCase();
    expect(await screen.findByRole('tab', { name: /修改留痕/ })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '操作记录' })).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('CaseAuditTrail');
  });
});

describe('修改案件信息', () => {
  it('sends only what changed, with the version the page read', async () => {
    const calls = stubGateway({
      CaseDetail: () => caseAnswer(),
      EnforcementInspectors: INSPECTORS,
      EnforcementCampaignOptions: CAMPAIGNS,
      UpdateCase: () => ({ data: { updateCase: { __typename: 'Case', id: ID, version: 4 } } }),
    });
    await openCase();
    const form = await openDialog('修改');
    fireEvent.change(within(form).getByLabelText('案由'), { target: { value: '某超市涉嫌经营过期食品案' } });
    fireEvent.change(within(form).getByLabelText('法律依据'), { target: { value: '《食品安全法》第三十四条' } });
    await pick('所属专项', '2024年 校园食品安全专项', form);
    await pressInDialog(form);
    await waitFor(() => expect(calls.some((c) => c.operationName === 'UpdateCase')).toBe(true));
    expect(sentVariables(calls, 'UpdateCase')).toEqual({
      input: {
        caseId: ID,
        version: 3,
        title: '某超市涉嫌经营过期食品案',
        description: null,
        violations: null,
        legalBasis: '《食品安全法》第三十四条',
        officerIds: null,
        campaignId: 'CP1',
      },
    });
    expect(await screen.findByText('案件信息已修改')).toBeTruthy();
  });

  it('keeps the dialog open with the server’s refusal under its field', async () => {
    stubGateway({
      CaseDetail: () => caseAnswer(),
      EnforcementInspectors: INSPECTORS,
      EnforcementCampaignOptions: CAMPAIGNS,
      UpdateCase: () => refusal('执法人员王执法不在岗', { code: 'BAD_USER_INPUT', field: 'officerIds' }),
    });
    await openCase();
    const form = await openDialog('修改');
    fireEvent.change(within(form).getByLabelText('案由'), { target: { value: '改过的案由' } });
    await pressInDialog(form);
    expect(await within(form).findByText('执法人员王执法不在岗')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('is not offered on a closed case, nor to a partner department', async () => {
    stubGateway({ CaseDetail: () => caseAnswer({ status: 'CLOSED' }) });
    await openCase();
    expect(screen.queryByRole('button', { name: '修改' })).toBeNull();
    cleanup();
    const police = testToken({ sub: 'police', name: '公安', role: 'partner', department: 'police' });
    stubGateway({ CaseDetail: () => caseAnswer() });
    await openCase(police);
    expect(screen.queryByRole('button', { name: '修改' })).toBeNull();
  });
});

describe('来源记录', () => {
  const sources = {
    disposal: { __typename: 'Disposal', id: 'D3', sample: { __typename: 'Sample', id: 'S26-1', number: 'QC2024001' } },
    inspection: { __typename: 'Inspection', id: 'INS-9', inspectedOn: '2024-09-28', verdict: 'FAIL' },
    complaints: [{ __typename: 'Complaint', id: 'CP7', code: '巴州投诉举报〔2024〕7号' }],
    opinionEvent: { __typename: 'OpinionEvent', id: 'OE2024003', title: '展销会上用里脊肉冒充牛肉' },
  };
  const href = (name: string) => new URL(screen.getByRole('link', { name }).getAttribute('href')!, 'http://x');

  it('leads from each source to its record: the sample, the inspection, the complaint register searched by code, the opinion event', async () => {
    const calls = stubGateway({ CaseDetail: () => caseAnswer(sources) });
    await openCase();
    expect(href('抽检不合格处置(样品 QC2024001)').pathname).toBe('/sampling/S26-1');
    expect(href('监督检查(2024-09-28)').pathname).toBe('/enforcement/inspections/INS-9');
    const complaint = href('投诉举报 巴州投诉举报〔2024〕7号');
    expect(complaint.pathname).toBe('/enforcement/complaints');
    expect(complaint.searchParams.get('search')).toBe('巴州投诉举报〔2024〕7号');
    expect(href('舆情:展销会上用里脊肉冒充牛肉').pathname).toBe('/publicity/opinions/OE2024003');
    expect(href('万家超市').pathname).toBe('/entities/E0050');
    expect(calls.at(-1)?.variables).toEqual({ id: ID, bureau: true });
  });

  it('names the sources to a partner department without asking for the bureau’s records or leading to its modules', async () => {
    const police = testToken({ sub: 'police', name: '公安', role: 'partner', department: 'police' });
    const { disposal, opinionEvent } = sources;
    const calls = stubGateway({
      CaseDetail: () =>
        caseAnswer({
          disposal: { __typename: 'Disposal', id: disposal.id },
          opinionEvent: { __typename: 'OpinionEvent', id: opinionEvent.id },
          complaints: undefined,
        }),
    });
    await openCase(police);
    expect(calls.map((c) => c.variables)).toContainEqual({ id: ID, bureau: false });
    expect(screen.getByText('抽检不合格处置 D3')).toBeTruthy();
    expect(screen.getByText('舆情 OE2024003').closest('a')).toBeNull();
    expect(screen.getByText('万家超市').closest('a')).toBeNull();
    expect(screen.queryByRole('link', { name: /^(投诉举报|抽检不合格处置|舆情) / })).toBeNull();
  });
});

describe('the case’s 时间轴', () => {
  it('names each step by its status in the screen’s language', async () => {
    const step = (status: string, label: string, on: string) => ({
      __typename: 'CaseStep',
      status,
      label,
      on,
      note: null,
    });
    stubGateway({
      CaseDetail: () =>
        caseAnswer({ timeline: [step('CLUE', '线索', '2024-10-01'), step('FILED', '立案', '2024-10-08')] }),
    });
    render(renderInModule(<CasePage />, { ...at, token: officerToken, locale: 'en' }));
    await screen.findByText(TITLE);
    const timeline = screen.getByLabelText('时间轴');
    expect(within(timeline).getByText('Case filed')).toBeTruthy();
    expect(within(timeline).queryByText('立案')).toBeNull();
  });
});

describe('涉案财物', () => {
  // The tab no longer gates 登记涉案财物 itself: the kit's NewRecordDialog offers it to the bureau's writers only.
  it('offers 登记涉案财物 to an officer, not to a partner department reading the case', async () => {
    const seizedTab = async () => {
      await act(async () => fireEvent.click(screen.getByRole('tab', { name: '涉案财物(0)' })));
      return screen.findByRole('table', { name: '涉案财物' });
    };
    stubGateway({ CaseDetail: () => caseAnswer() });
    await openCase();
    await seizedTab();
    expect(screen.getByRole('button', { name: /登记涉案财物/ })).toBeTruthy();
    cleanup();
    const police = testToken({ sub: 'police', name: '公安', role: 'partner', department: 'police' });
    stubGateway({ CaseDetail: () => caseAnswer() });
    await openCase(police);
    await seizedTab();
    expect(screen.queryByRole('button', { name: /登记涉案财物/ })).toBeNull();
  });
});

const decided = {
  status: 'EXECUTING',
  decidedOn: '2024-11-20',
  penalty: {
    __typename: 'Penalty',
    id: 'P1',
    decisionNumber: '巴州市监罚〔2024〕7号',
    kinds: ['FINE'],
    fine: 5000,
    confiscatedGains: null,
    paidOn: null,
    publishedOn: null,
  },
};

describe('登记缴纳、公示', () => {
  it('sends the payment date on the penalty tab', async () => {
    const calls = stubGateway({
      CaseDetail: () => caseAnswer(decided),
      UpdatePenaltyProgress: () => ({ data: { updatePenaltyProgress: { __typename: 'Case', id: ID, version: 4 } } }),
    });
    await openCase();
    await act(async () => fireEvent.click(await screen.findByRole('tab', { name: '处罚决定' })));
    const form = await openDialog('登记缴纳、公示');
    await pressInDialog(form);
    expect(await within(form).findByText('请至少填写缴纳日期或公示日期')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'UpdatePenaltyProgress')).toBe(false);
    await fillDate('罚没款缴纳日期', '2024-11-28');
    await pressInDialog(form);
    await waitFor(() => expect(calls.some((c) => c.operationName === 'UpdatePenaltyProgress')).toBe(true));
    expect(sentVariables(calls, 'UpdatePenaltyProgress')).toEqual({
      input: { caseId: ID, version: 3, paidOn: '2024-11-28', publishedOn: null },
    });
  });

  it('shows the server’s refusal in the dialog', async () => {
    stubGateway({
      CaseDetail: () => caseAnswer(decided),
      UpdatePenaltyProgress: () => refusal('缴纳日期不能早于决定日期', { code: 'BAD_USER_INPUT', field: 'paidOn' }),
    });
    await openCase();
    await act(async () => fireEvent.click(await screen.findByRole('tab', { name: '处罚决定' })));
    const form = await openDialog('登记缴纳、公示');
    await fillDate('罚没款缴纳日期', '2024-11-28');
    await pressInDialog(form);
    expect(await within(form).findByText('缴纳日期不能早于决定日期')).toBeTruthy();
  });

  it('is not there before a decision', async () => {
    stubGateway({ CaseDetail: () => caseAnswer() });
    await openCase();
    await act(async () => fireEvent.click(await screen.findByRole('tab', { name: '处罚决定' })));
    expect(await screen.findByText('尚未作出处罚决定')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记缴纳、公示' })).toBeNull();
  });
});

describe('案件流转', () => {
  it('立案 asks for two officers and a violation, and sends them with the step’s date', async () => {
    const calls = stubGateway({
      CaseDetail: () =>
        caseAnswer({
          status: 'CLUE',
          number: null,
          filedOn: null,
          officers: [],
          violations: [],
          nextStatuses: ['FILED'],
        }),
      EnforcementInspectors: INSPECTORS,
      EnforcementCampaignOptions: CAMPAIGNS,
      MoveCase: () => ({ data: { moveCase: { __typename: 'Case', id: ID, status: 'FILED', version: 4 } } }),
    });
    await openCase();
    const form = await openDialog('立案');
    const ok = () => act(async () => fireEvent.click(within(form).getByRole('button', { name: /确\s*定/ })));
    await ok();
    expect(await within(form).findByText('办案人员不得少于2名')).toBeTruthy();
    expect(within(form).getByText('至少选择一项违法行为')).toBeTruthy();
    await pick('办案人员', '李执法(执法大队)', form);
    await pick('办案人员', '王执法(执法大队)', form);
    await pick('违法行为', '生产经营不符合食品安全标准的食品', form);
    await ok();
    await waitFor(() => expect(calls.some((c) => c.operationName === 'MoveCase')).toBe(true));
    const input = expectSentInput(calls, 'MoveCase', {
      caseId: ID,
      version: 3,
      to: 'FILED',
      officerIds: ['I1', 'I2'],
      violations: ['SUBSTANDARD'],
      penalty: null,
      transfer: null,
    });
    expect(input.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
