// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import App from '../src/App';
import { ConsultationsPage } from '../src/pages/ConsultationsPage';
import { DrillsPage } from '../src/pages/DrillsPage';
import { DutiesPage } from '../src/pages/DutiesPage';
import { IncidentPage } from '../src/pages/IncidentPage';
import { IncidentsPage } from '../src/pages/IncidentsPage';
import { InvestigationsPage } from '../src/pages/InvestigationsPage';
import {
  auditTrailAnswer,
  connection,
  expectAuditTrail,
  expectNoAuditTrail,
  expectNotSent,
  fillDate,
  lastVariables,
  openDialog,
  pick,
  policeToken,
  pressInDialog,
  stubGateway,
  TOWNSHIPS,
  waitForSent,
} from '@shian/remote-testing';
import { clock, dutyRow, incident, leaderToken, renderInModule } from './fixtures';

const duties = (nodes: object[]) => ({ data: { duties: connection('DutyConnection', nodes) } });

describe('责任清单', () => {
  it('flags the overdue duties from their clocks, and asks the server for only those when switched', async () => {
    const overdue = dutyRow('2', {
      clock: clock({ deadline: '2025-03-31', remaining: -9, status: 'OVERDUE', overdue: true }),
    });
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      DutyList: (v) => duties(v.filter?.overdue ? [overdue] : [dutyRow('1'), overdue]),
    });
    render(renderInModule(<DutiesPage />, { path: '/risk/duties' }));
    expect(await screen.findByText('开展农村集体聚餐备案指导1')).toBeTruthy();
    expect(screen.getAllByTestId('overdue')).toHaveLength(1);
    const clocks = screen.getAllByTestId('duty-clock').map((c) => c.textContent);
    expect(clocks).toEqual(['计时中截止 2025-06-30 · 剩余 12 日', '已超期截止 2025-03-31 · 超期 9 日']);
    await act(async () => fireEvent.click(screen.getByRole('switch', { name: '只看超期' })));
    await waitFor(() => expect(screen.queryByText('开展农村集体聚餐备案指导1')).toBeNull());
    expect(lastVariables(calls, 'DutyList').filter).toMatchObject({
      overdue: true,
    });
  });

  it('narrows the list to one risk’s duties by ?riskId=, and by the ?risk= of old links', async () => {
    for (const key of ['riskId', 'risk']) {
      const calls = stubGateway({ TownshipOptions: () => TOWNSHIPS, DutyList: () => duties([dutyRow('1')]) });
      const page = render(renderInModule(<DutiesPage />, { path: `/risk/duties?${key}=R1&status=PENDING` }));
      expect(await waitForSent(calls, 'DutyList')).toMatchObject({ filter: { riskId: 'R1', status: 'PENDING' } });
      page.unmount();
    }
  });

  it('completes a duty only with its evidence', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      DutyList: () => duties([dutyRow('1')]),
      CompleteDuty: (v) => ({
        data: {
          completeDuty: {
            __typename: 'Duty',
            id: v.id,
            status: 'DONE',
            evidence: v.evidence,
            completedAt: '2025-05-01',
            version: 3,
          },
        },
      }),
    });
    render(renderInModule(<DutiesPage />, { path: '/risk/duties' }));
    await screen.findByText('开展农村集体聚餐备案指导1');
    const dialog = await openDialog('完成');
    const evidence = within(dialog).getByLabelText('完成佐证');
    fireEvent.change(evidence, { target: { value: '   ' } });
    await pressInDialog(dialog, '确定');
    expect(await screen.findByText(/请填写完成佐证/)).toBeTruthy();
    expectNotSent(calls, 'CompleteDuty');
    fireEvent.change(evidence, { target: { value: ' 已印发备案指导通知 ' } });
    await pressInDialog(dialog, '确定');
    expect(await waitForSent(calls, 'CompleteDuty')).toEqual({
      id: '1',
      version: 2,
      evidence: '已印发备案指导通知',
    });
    // The list is asked again, from the server, once the duty is done.
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'DutyList').length).toBeGreaterThan(1));
  });

  it('refuses a new duty without its task or over the subgraph’s 1000 characters, then sends it', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      DutyList: () => duties([]),
      CreateDuty: () => ({ data: { createDuty: { __typename: 'Duty', id: 'D9' } } }),
    });
    render(renderInModule(<DutiesPage />, { path: '/risk/duties' }));
    const dialog = await openDialog(/新增责任事项/);
    await pick('责任部门', '区教育科技局');
    await fillDate('完成期限', '2025-06-30');
    const task = within(dialog).getByLabelText('责任事项');
    fireEvent.change(task, { target: { value: '  ' } });
    await pressInDialog(dialog);
    expect(await screen.findByText('请填写责任事项')).toBeTruthy();
    fireEvent.change(task, { target: { value: '查'.repeat(1001) } });
    await pressInDialog(dialog);
    expect(await screen.findByText('责任事项不能超过1000个字符')).toBeTruthy();
    expectNotSent(calls, 'CreateDuty');

    fireEvent.change(task, { target: { value: '校园周边食品专项检查' } });
    await pressInDialog(dialog);
    expect((await waitForSent(calls, 'CreateDuty')).input).toMatchObject({
      task: '校园周边食品专项检查',
      frequency: 'ONCE',
      ownerKind: 'DEPARTMENT',
      ownerDepartment: 'education',
      dueDate: '2025-06-30',
    });
  });
});

/** The incident with one sample linked. */
const withSample = () => ({
  data: {
    incident: incident({
      samples: [{ __typename: 'Sample', id: 'S9', number: 'QC2025009', foodName: '凉拌菜', sampledOn: '2025-05-03' }],
    }),
  },
});

describe('an incident’s page', () => {
  it('shows its timeline, its reporting clock (已超时 when reported late) and the next step only', async () => {
    const calls = stubGateway({
      IncidentDetail: withSample,
      AdvanceIncident: () => ({
        data: { advanceIncident: { __typename: 'Incident', id: 'I1', currentStep: 'CONTROLLED', version: 5 } },
      }),
    });
    render(renderInModule(<IncidentPage />, { path: '/risk/incidents/I1', route: '/risk/incidents/:id' }));
    expect(await screen.findByText('某村集体聚餐疑似食物中毒事件')).toBeTruthy();
    const timeline = screen.getByLabelText('处置时间轴');
    expect(within(timeline).getByText('接报')).toBeTruthy();
    expect(within(timeline).getByText('启动响应')).toBeTruthy();
    expect(within(timeline).getByText('下一步:控制')).toBeTruthy();
    expect(screen.getByTestId('report-clock').textContent).toContain('已超时');
    expect(screen.getByText('接报后 2 小时内报告')).toBeTruthy();
    expect(screen.getByRole('link', { name: '某厨师涉嫌加工腐败变质食品案' }).getAttribute('href')).toBe(
      '/enforcement/cases/C7',
    );
    expect(screen.getByRole('link', { name: 'QC2025009' }).getAttribute('href')).toBe('/sampling/S9');
    // Reported already: no 登记上报.
    expect(screen.queryByRole('button', { name: '登记上报' })).toBeNull();

    const dialog = await openDialog('进入下一步:控制');
    fireEvent.change(within(dialog).getByLabelText('情况说明'), { target: { value: '封存剩余食品' } });
    await pressInDialog(dialog, '确定');
    const advance = await waitForSent(calls, 'AdvanceIncident');
    expect(advance).toMatchObject({ id: 'I1', version: 4, step: 'CONTROLLED', note: '封存剩余食品' });
    expect(Number.isNaN(Date.parse(advance.at))).toBe(false);
  });

  it('reads 按时 when reported within the hours allowed, and offers no step after 终止', async () => {
    stubGateway({
      IncidentDetail: () => ({
        data: {
          incident: incident({
            currentStep: 'CLOSED',
            reportClock: {
              __typename: 'IncidentReportClock',
              deadline: '2025-05-03T07:00:00.000Z',
              hoursAllowed: 2,
              reportedAt: '2025-05-03T06:10:00.000Z',
              missed: false,
              status: 'MET',
              remainingMinutes: null,
              source: '《食品安全事故应急预案》',
            },
          }),
        },
      }),
    });
    render(renderInModule(<IncidentPage />, { path: '/risk/incidents/I1', route: '/risk/incidents/:id' }));
    expect((await screen.findByTestId('report-clock')).textContent).toContain('按时');
    expect(screen.queryByRole('button', { name: /进入下一步/ })).toBeNull();
  });
});

describe('关联样品和案件 of an incident', () => {
  it('keeps the linked ones, adds a sample and a case found by search, and sends their ids', async () => {
    const calls = stubGateway({
      IncidentDetail: withSample,
      RiskSampleOptions: (v) => ({
        data: {
          samples: {
            __typename: 'SampleConnection',
            nodes: [{ __typename: 'Sample', id: 'S11', number: 'QC2025011', foodName: '卤牛肉' }].filter(
              (s) => !v.search || s.foodName.includes(v.search),
            ),
          },
        },
      }),
      CaseOptions: () => ({
        data: {
          cases: {
            __typename: 'CaseConnection',
            nodes: [{ __typename: 'Case', id: 'C8', number: null, title: '某餐馆涉嫌加工腐败变质食品' }],
          },
        },
      }),
      LinkIncidentRecords: (v) => ({
        data: { linkIncidentRecords: { __typename: 'Incident', id: v.id, version: 5 } },
      }),
    });
    render(renderInModule(<IncidentPage />, { path: '/risk/incidents/I1', route: '/risk/incidents/:id' }));
    const dialog = await openDialog('关联样品和案件');
    // The linked ones read by their numbers, not their ids.
    expect(within(dialog).getByText('QC2025009 凉拌菜')).toBeTruthy();
    expect(within(dialog).getByText('巴州市监罚立〔2025〕7号 某厨师涉嫌加工腐败变质食品案')).toBeTruthy();
    await act(async () => fireEvent.change(within(dialog).getByLabelText('抽检样品'), { target: { value: '牛肉' } }));
    await pick('抽检样品', 'QC2025011 卤牛肉', dialog);
    expect(lastVariables(calls, 'RiskSampleOptions')).toEqual({ search: '牛肉' });
    await pick('线索或案件', '(线索) 某餐馆涉嫌加工腐败变质食品', dialog);
    await pressInDialog(dialog, '确定');
    expect(await waitForSent(calls, 'LinkIncidentRecords')).toEqual({
      id: 'I1',
      version: 4,
      sampleIds: ['S9', 'S11'],
      caseIds: ['C7', 'C8'],
    });
  });
});

const RULES = {
  data: {
    incidentReportRules: ['I', 'II', 'III', 'IV'].map((level) => ({
      __typename: 'IncidentReportLimit',
      level,
      name: `${level}级事件报告时限`,
      hours: level === 'I' || level === 'II' ? 1 : 2,
      source: '《食品安全事故应急预案》',
      isDefault: level !== 'IV',
      updatedBy: level === 'IV' ? '王局长' : null,
      updatedAt: level === 'IV' ? '2025-03-01T02:00:00.000Z' : null,
    })),
  },
};

describe('突发事件', () => {
  it('lists incidents with their reporting clocks, and the hours allowed per level; leaders change them', async () => {
    const running = incident({
      id: 'I2',
      title: '某校食堂疑似食源性疾病事件',
      reportedAt: null,
      reportClock: {
        __typename: 'IncidentReportClock',
        deadline: '2099-01-01T00:00:00.000Z',
        hoursAllowed: 2,
        reportedAt: null,
        missed: false,
        status: 'RUNNING',
        remainingMinutes: 95,
        source: '《食品安全事故应急预案》',
      },
    });
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      IncidentList: () => ({ data: { incidents: connection('IncidentConnection', [incident(), running]) } }),
      IncidentReportRules: () => RULES,
      UpdateIncidentReportRule: (v) => ({
        data: {
          updateIncidentReportRule: {
            __typename: 'IncidentReportLimit',
            level: v.level,
            hours: v.hours,
            source: v.source,
            isDefault: false,
            updatedBy: '王局长',
            updatedAt: '2025-06-01T02:00:00.000Z',
          },
        },
      }),
    });
    const { unmount } = render(renderInModule(<IncidentsPage />, { path: '/risk/incidents' }));
    expect(await screen.findByText('某校食堂疑似食源性疾病事件')).toBeTruthy();
    expect(screen.getAllByTestId('report-clock').map((t) => t.textContent)).toEqual([
      expect.stringContaining('已超时'),
      '待报告 · 剩余 1 小时 35 分',
    ]);
    const rules = await screen.findByRole('table', { name: '报告时限' });
    expect(within(rules).getAllByText('默认')).toHaveLength(3);
    expect(within(rules).queryByRole('button', { name: '修改' })).toBeNull();
    unmount();

    render(renderInModule(<IncidentsPage />, { path: '/risk/incidents', token: leaderToken }));
    const table = await screen.findByRole('table', { name: '报告时限' });
    const edit = (await within(table).findAllByRole('button', { name: '修改' }))[0]!;
    await act(async () => fireEvent.click(edit));
    const dialog = await screen.findByRole('dialog');
    const hours = within(dialog).getByLabelText('时限(小时)');
    fireEvent.change(hours, { target: { value: '' } });
    await pressInDialog(dialog, '确定');
    expect(await screen.findByText('请填写时限')).toBeTruthy();
    fireEvent.change(hours, { target: { value: '3' } });
    await pressInDialog(dialog, '确定');
    expect(await waitForSent(calls, 'UpdateIncidentReportRule')).toEqual({
      level: 'I',
      hours: 3,
      source: '《食品安全事故应急预案》',
    });
  });
});

describe('会商研判', () => {
  it('refuses a consultation without departments or a conclusion’s owner and deadline, then sends it whole', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      RiskPickerSearch: () => ({ data: { risks: connection('RiskConnection', []) } }),
      ConsultationList: () => ({ data: { consultations: connection('ConsultationConnection', []) } }),
      CreateConsultation: () => ({ data: { createConsultation: { __typename: 'Consultation', id: 'K1' } } }),
    });
    render(renderInModule(<ConsultationsPage />, { path: '/risk/consultations' }));
    const dialog = await openDialog(/登记会商/);
    fireEvent.change(within(dialog).getByLabelText('会商主题'), { target: { value: '节前食品安全风险会商' } });
    await pressInDialog(dialog);
    expect(await screen.findByText('请至少填写一个参会部门')).toBeTruthy();
    expect(screen.getByText('请填写结论内容')).toBeTruthy();
    expect(screen.getByText('请填写责任部门')).toBeTruthy();
    expect(screen.getByText('请选择完成期限')).toBeTruthy();
    expectNotSent(calls, 'CreateConsultation');

    await pick('参会部门', '区公安分局');
    await pick('责任部门', '区教育科技局');
    fireEvent.change(screen.getByLabelText('结论 1'), { target: { value: '校园周边食品专项检查' } });
    await fillDate('完成期限', '2025-06-30');
    await pressInDialog(dialog);
    expect((await waitForSent(calls, 'CreateConsultation')).input).toMatchObject({
      title: '节前食品安全风险会商',
      departments: ['police'],
      townshipIds: [],
      riskIds: [],
      conclusions: [
        {
          text: '校园周边食品专项检查',
          ownerKind: 'DEPARTMENT',
          ownerDepartment: 'education',
          townshipId: null,
          ownerId: null,
          dueDate: '2025-06-30',
        },
      ],
    });
    // The longest form of the module: 29 s at load 12.
  }, 90_000);
});

describe('the module follows its token', () => {
  it('gives a partner department only incidents and consultations', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      IncidentList: () => ({ data: { incidents: connection('IncidentConnection', [incident()]) } }),
    });
    render(<App gatewayUrl="http://gateway.test" token={policeToken} />);
    expect(await screen.findByText('某村集体聚餐疑似食物中毒事件')).toBeTruthy();
    const nav = screen.getByRole('menu', { name: '风险与应急' });
    expect(within(nav).getByText('会商研判')).toBeTruthy();
    for (const section of ['风险清单', '责任清单', '隐患排查', '应急演练'])
      expect(within(nav).queryByText(section)).toBeNull();
    expect(screen.queryByRole('button', { name: /接报登记/ })).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('RiskList');
  });

  it('offers a partner department no new record of the module (NewRecordDialog: writers only)', async () => {
    stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      IncidentList: () => ({ data: { incidents: connection('IncidentConnection', []) } }),
      ConsultationList: () => ({ data: { consultations: connection('ConsultationConnection', []) } }),
      DutyList: () => ({ data: { duties: connection('DutyConnection', []) } }),
      HazardInvestigationList: () => ({
        data: { hazardInvestigations: connection('HazardInvestigationConnection', []) },
      }),
    });
    for (const [token, offered] of [
      [undefined, true],
      [policeToken, false],
    ] as const) {
      for (const [page, button] of [
        [<IncidentsPage key="incidents" />, /接报登记/],
        [<ConsultationsPage key="consultations" />, /登记会商/],
        [<DutiesPage key="duties" />, /新增责任事项/],
        [<InvestigationsPage key="investigations" />, /新建排查/],
      ] as const) {
        const { unmount } = render(renderInModule(page, { token }));
        await screen.findByRole('button', { name: /导出Excel/ });
        expect(screen.queryByRole('button', { name: button }) !== null, `${button} offered: ${offered}`).toBe(offered);
        unmount();
      }
    }
  });
});

describe('an incident’s 操作记录', () => {
  const at = { path: '/risk/incidents/I1', route: '/risk/incidents/:id' };

  it('shows a leader the incident’s rows and its timeline’s, asked by the incident’s id', async () => {
    const calls = stubGateway({
      IncidentDetail: () => ({ data: { incident: incident() } }),
      RecordAuditTrail: () =>
        auditTrailAnswer('risk', [
          {
            id: 'a2',
            at: '2025-07-02T03:00:00.000Z',
            kind: 'CREATE',
            recordType: 'IncidentTimelineEntry',
            recordId: 'TL2',
            parentId: 'I1',
            operation: 'advanceIncident',
            changes: [{ field: 'step', from: null, to: 'RESPONSE_STARTED' }],
          },
          { id: 'a1', at: '2025-07-02T01:00:00.000Z', kind: 'CREATE', recordType: 'Incident', recordId: 'I1' },
        ]),
    });
    render(renderInModule(<IncidentPage />, { ...at, token: leaderToken }));
    await expectAuditTrail(calls, 'I1', [['处置时间轴', '2025-07-02 11:00:00'], ['突发事件']]);
  });

  it('is not shown to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ IncidentDetail: () => ({ data: { incident: incident() } }) });
    render(renderInModule(<IncidentPage />, at));
    expect(await screen.findByText('某村集体聚餐疑似食物中毒事件')).toBeTruthy();
    expectNoAuditTrail(calls);
  });
});

describe('应急演练', () => {
  it('reads its filters from the address (the year as a number) and sends them to the server', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      DrillList: () => ({ data: { drills: connection('DrillConnection', []) } }),
    });
    render(renderInModule(<DrillsPage />, { path: '/risk/drills?townshipId=511902001&year=2024&search=%20食堂%20' }));
    expect(await waitForSent(calls, 'DrillList')).toMatchObject({
      filter: { townshipId: '511902001', year: 2024, search: '食堂' },
      first: 20,
      after: null,
    });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe(' 食堂 ');
    // Nothing to export in an empty list.
    expect(screen.getByRole('button', { name: /导出Excel/ }).hasAttribute('disabled')).toBe(true);
  });

  it('opens a link of the former address keys (?township=) as the same filtered list, asked once', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      DrillList: () => ({ data: { drills: connection('DrillConnection', []) } }),
    });
    render(renderInModule(<DrillsPage />, { path: '/risk/drills?township=511902001&year=2024' }));
    expect(await waitForSent(calls, 'DrillList')).toMatchObject({ filter: { townshipId: '511902001', year: 2024 } });
    // The township's control shows it, as for a link of today's keys; no unfiltered list was asked for first.
    const township = document.querySelector('[data-filter="townshipId"]') as HTMLElement;
    expect(await within(township).findByText('东城街道')).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'DrillList')).toHaveLength(1);
  });
});
