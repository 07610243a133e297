// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  entityOptions,
  expectNotSent,
  expectSentInput,
  lastVariables,
  pressInDialog,
  refusal,
  stubGateway,
  testToken,
  waitForSent,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModulePageRoutes } from '@shian/remote-kit';
import { PAGES } from '../src/routes';
import { VillageQueuePage } from '../src/pages/VillageQueuePage';
import { photoProblem } from '../src/components/VillageReportForm';
import { VillageReportPage } from '../src/pages/VillageReportPage';
import {
  renderInModule,
  VILLAGE,
  villageQueue,
  villageReport as report,
  villageReportConnection as connection,
} from './fixtures';

const villageToken = testToken({ sub: 'village', name: '赵协管', role: 'village', townshipId: '511902001' });
const townshipToken = testToken({ sub: 'township', name: '王乡镇', role: 'township', townshipId: '511902001' });

/** A triage mutation's answer (`dismissVillageReport`, `turnVillageReportInto…`): the report with its outcome. */
const triaged = (mutation: string, id: string, outcome: object) => ({
  data: { [mutation]: { __typename: 'VillageReport', id, version: 2, ...outcome } },
});

function liaisonGateway(extra: Record<string, (v: Record<string, any>) => object> = {}) {
  return stubGateway({
    VisibleVillages: () => ({ data: { villages: [VILLAGE] } }),
    VillageEntityOptions: () => ({
      data: {
        entities: {
          __typename: 'EntityConnection',
          totalCount: 1,
          nodes: [{ __typename: 'Entity', id: 'E0101', name: '白鹤村便民超市', address: '白鹤村1组' }],
        },
      },
    }),
    MyVillageReports: () => ({
      data: {
        villageReports: connection([
          report('r1', 'DISMISSED', { dismissReason: '经核实已整改' }),
          report('r2', 'CLUE', { caseId: 'c9' }),
          report('r3', 'HAZARD', { hazardId: 'h3' }),
          report('r4', 'PENDING'),
        ]),
      },
    }),
    ...extra,
  });
}

function pickPhoto(file: File) {
  const input = screen.getByLabelText('添加照片') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the liaison’s phone page', () => {
  it('is the only page of the module for a liaison, with their village and what became of each report', async () => {
    liaisonGateway();
    render(renderInModule(<ModulePageRoutes table={PAGES} />, { path: '/entities/townships', token: villageToken }));
    expect(await screen.findByTestId('my-village')).toBeTruthy();
    expect(screen.getByTestId('my-village').textContent).toContain('东城街道 · 白鹤村(村)');
    // No menu of the module's other pages.
    expect(screen.queryByRole('menu', { name: '主体与属地' })).toBeNull();
    const list = await screen.findByRole('list', { name: '我的报告' });
    const text = list.textContent ?? '';
    expect(text).toContain('不予处理:经核实已整改');
    expect(text).toContain('已转为执法线索');
    expect(text).toContain('已转为隐患');
    expect(text).toContain('等待乡镇(街道)分办,期限 2026-12-04');
    expect(text).not.toMatch(/PENDING|DISMISSED|CLUE|HAZARD/);
  });

  it('checks the form and the photos before anything is sent', async () => {
    const calls = liaisonGateway();
    render(renderInModule(<VillageReportPage />, { token: villageToken }));
    await screen.findByTestId('my-village');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交报告' })));
    expect(await screen.findByText('请选择主体')).toBeTruthy();
    expect(screen.getByText('请填写所见情况')).toBeTruthy();

    pickPhoto(new File([new Uint8Array(800 * 1024)], 'big.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByText(/「big\.jpg」有 800 KB,每张不能超过 700 KB/)).toBeTruthy();
    pickPhoto(new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/「scan\.pdf」不是 JPEG、PNG 或 WebP 图片/)).toBeTruthy();
    expectNotSent(calls, 'ReportFromVillage');
  });

  it('sends a typed business, what was seen and a photo; shows the server’s refusal, then success', async () => {
    let refuse = true;
    const calls = liaisonGateway({
      ReportFromVillage: () =>
        refuse
          ? refusal('照片内容不是 JPEG、PNG 或 WebP 图片', { code: 'BAD_USER_INPUT', field: 'photos' })
          : {
              data: {
                reportFromVillage: { __typename: 'VillageReport', id: 'r9', status: 'PENDING', dueOn: '2026-12-09' },
              },
            },
    });
    render(renderInModule(<VillageReportPage />, { token: villageToken }));
    await screen.findByTestId('my-village');
    fireEvent.click(screen.getByLabelText('名录中没有,填写名称'));
    const entityName = await screen.findByLabelText('主体名称');
    fireEvent.change(entityName, { target: { value: '  ' } });
    fireEvent.change(screen.getByLabelText('所见情况'), { target: { value: '烤串用的肉没有票据' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交报告' })));
    expect(await screen.findByText('请填写主体名称')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'ReportFromVillage')).toBe(false);
    fireEvent.change(entityName, { target: { value: '村口流动烧烤摊' } });
    pickPhoto(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'a.jpg', { type: 'image/jpeg' }));
    await screen.findByTestId('picked-photos');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交报告' })));
    expect(await screen.findByText('照片内容不是 JPEG、PNG 或 WebP 图片')).toBeTruthy();
    const sent = expectSentInput(calls, 'ReportFromVillage', {
      kind: 'HAZARD',
      entityName: '村口流动烧烤摊',
      description: '烤串用的肉没有票据',
    });
    expect(sent.entityId).toBeUndefined();
    expect(sent.photos).toHaveLength(1);
    expect(sent.photos[0]).toMatchObject({ contentType: 'image/jpeg' });
    expect(sent.photos[0].dataBase64).toMatch(/^data:image\/jpeg;base64,/);

    refuse = false;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交报告' })));
    expect(await screen.findByText('报告已提交')).toBeTruthy();
    expect(screen.getByText(/乡镇\(街道\)将在 2026-12-09 前分办/)).toBeTruthy();
  });

  it('counts the photos’ limits as the subgraph does', () => {
    const photo = (size: number) => ({ name: 'p.jpg', contentType: 'image/jpeg', size, dataUrl: '' });
    expect(photoProblem([photo(700 * 1024)])).toBeUndefined();
    expect(photoProblem([photo(400 * 1024), photo(400 * 1024)])).toMatch(/合计 800 KB,不能超过 720 KB/);
    expect(photoProblem(Array.from({ length: 7 }, () => photo(10)))).toBe('最多上传 6 张照片');
  });
});

describe('the township’s queue', () => {
  function queueGateway() {
    return stubGateway({
      ...villageQueue(
        [report('q1', 'PENDING', { overdue: true, dueOn: '2026-11-20' }), report('q2', 'CLUE', { caseId: 'c7' })],
        [{ __typename: 'Village', id: VILLAGE.id, name: '白鹤村' }],
      ),
      DismissVillageReport: (v) =>
        triaged('dismissVillageReport', v.id, { status: 'DISMISSED', dismissReason: v.reason }),
    });
  }

  it('shows the clock, the outcome, sends the filters and dismisses with a reason', async () => {
    const calls = queueGateway();
    render(
      renderInModule(<VillageQueuePage />, {
        path: '/entities/village-reports?overdue=true&status=PENDING',
        token: townshipToken,
      }),
    );
    const due = await screen.findByTestId('due-q1');
    expect(due.textContent).toContain('2026-11-20');
    expect(due.textContent).toContain('已超期');
    expect(screen.getByTestId('due-q2').textContent).not.toContain('已超期');
    expect(screen.getByText('已转线索(执法办案)').getAttribute('href')).toBe('/enforcement/cases/c7');
    const asked = calls.find((c) => c.operationName === 'VillageQueue')!;
    expect(asked.variables.filter).toEqual({ status: 'PENDING', overdue: true });
    // A township officer has no township filter: their scope is their township.
    expect(screen.queryByLabelText('乡镇(街道)')).toBeNull();

    fireEvent.click(screen.getAllByRole('button', { name: '不予处理' })[0]!);
    const dialog = await screen.findByRole('dialog');
    await pressInDialog(dialog, '确定');
    expect(await within(dialog).findByText('请填写不予处理的理由')).toBeTruthy();
    expectNotSent(calls, 'DismissVillageReport');
    fireEvent.change(within(dialog).getByLabelText('不予处理的理由'), { target: { value: '现场核实无此情况' } });
    await pressInDialog(dialog, '确定');
    await waitForSent(calls, 'DismissVillageReport');
    const dismissed = calls.find((c) => c.operationName === 'DismissVillageReport')!;
    expect(dismissed.variables).toEqual({ id: 'q1', version: 1, reason: '现场核实无此情况' });
  });

  it('turns a report into a clue in two steps, and retries only the link when the link fails', async () => {
    let linkFails = true;
    const calls = stubGateway({
      ...villageQueue([
        report('q3', 'PENDING', {
          receivedOn: '2026-12-01',
          entity: { __typename: 'Entity', id: 'E0101', name: '白鹤村便民超市' },
        }),
      ]),
      CreateClueFromVillageReport: () => ({ data: { createClue: { __typename: 'Case', id: 'c42' } } }),
      TurnVillageReportIntoClue: (v) =>
        linkFails
          ? refusal('执法办案暂不可用,请稍后重试', { code: 'SERVICE_UNAVAILABLE' })
          : triaged('turnVillageReportIntoClue', v.id, { status: 'CLUE', caseId: v.caseId }),
    });
    render(renderInModule(<VillageQueuePage />, { path: '/entities/village-reports', token: townshipToken }));
    fireEvent.click(await screen.findByRole('button', { name: '转为线索' }));
    const dialog = await screen.findByRole('dialog');
    // The business was picked from the register: no business to choose.
    expect(within(dialog).queryByLabelText('当事主体')).toBeNull();
    await pressInDialog(dialog, '确定');
    expect(await screen.findByText('执法办案暂不可用,请稍后重试')).toBeTruthy();
    const clue = expectSentInput(calls, 'CreateClueFromVillageReport', {
      source: 'COMPLAINT',
      entityId: 'E0101',
      receivedOn: '2026-12-01',
      villageReportId: 'q3',
      title: '白鹤村q3号小卖部涉嫌违法(村(社区)报告)',
    });
    expect(clue.description).toContain('柜台上有过期的饮料');

    linkFails = false;
    await pressInDialog(dialog, '确定');
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'TurnVillageReportIntoClue')).toHaveLength(2));
    expect(calls.filter((c) => c.operationName === 'CreateClueFromVillageReport')).toHaveLength(1);
    const link = calls.filter((c) => c.operationName === 'TurnVillageReportIntoClue').at(-1)!;
    expect(link.variables).toEqual({ id: 'q3', version: 1, caseId: 'c42' });
  });

  it('turns a report with a typed business into a hazard: business and round picked, then recorded and linked', async () => {
    const calls = stubGateway({
      ...villageQueue([report('q4', 'PENDING', { kind: 'HAZARD', receivedOn: '2026-12-02' })]),
      TriageInvestigations: () => ({
        data: {
          hazardInvestigations: {
            __typename: 'HazardInvestigationConnection',
            nodes: [
              {
                __typename: 'HazardInvestigation',
                id: 'i1',
                code: 'PC-2026-001',
                theme: '冬季农村集体聚餐',
                status: 'ONGOING',
              },
              {
                __typename: 'HazardInvestigation',
                id: 'i0',
                code: 'PC-2025-009',
                theme: '已结束的一轮',
                status: 'FINISHED',
              },
            ],
          },
        },
      }),
      EntityOptions: entityOptions({
        id: 'E0202',
        name: '白鹤村烧烤店',
        township: { id: '511902001', name: '东城街道' },
      }),
      RecordHazardFromVillageReport: () => ({ data: { recordHazard: { __typename: 'Hazard', id: 'h5' } } }),
      TurnVillageReportIntoHazard: (v) =>
        triaged('turnVillageReportIntoHazard', v.id, { status: 'HAZARD', hazardId: v.hazardId }),
    });
    render(renderInModule(<VillageQueuePage />, { path: '/entities/village-reports', token: townshipToken }));
    fireEvent.click(await screen.findByRole('button', { name: '转为隐患' }));
    const dialog = await screen.findByRole('dialog');
    await pressInDialog(dialog, '确定');
    expect(await within(dialog).findByText('请选择排查轮次')).toBeTruthy();
    expect(within(dialog).getByText('请选择当事主体')).toBeTruthy();

    const pick = async (label: string, option: string) => {
      fireEvent.mouseDown(within(dialog).getByLabelText(label));
      fireEvent.click(await screen.findByText(option, { selector: '.ant-select-item-option-content' }));
    };
    await pick('排查轮次', 'PC-2026-001 冬季农村集体聚餐');
    // A finished round is not offered.
    expect(screen.queryByText('PC-2025-009 已结束的一轮')).toBeNull();
    await pick('当事主体', '白鹤村烧烤店(东城街道)');
    // Only the report's township's businesses are offered.
    expect(lastVariables(calls, 'EntityOptions')).toMatchObject({ filter: { townshipId: '511902001' } });
    await pressInDialog(dialog, '确定');
    await waitForSent(calls, 'TurnVillageReportIntoHazard');
    const hazard = expectSentInput(calls, 'RecordHazardFromVillageReport', {
      investigationId: 'i1',
      entityId: 'E0202',
      foundOn: '2026-12-02',
      description: '柜台上有过期的饮料',
      villageReportId: 'q4',
    });
    expect(hazard.rectifyBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const link = calls.find((c) => c.operationName === 'TurnVillageReportIntoHazard')!;
    expect(link.variables).toEqual({ id: 'q4', version: 1, hazardId: 'h5' });
  });
});
