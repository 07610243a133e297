// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  auditTrailAnswer,
  entityOptions,
  expectAuditTrail,
  expectNoAuditTrail,
  fillDate,
  lastVariables,
  leaderToken,
  optionsAnswer,
  pick,
  policeToken,
  refusal,
  sentVariables,
  stubGateway,
  townshipToken,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { groupByStage, OpinionBoardPage } from '../src/pages/OpinionBoardPage';
import { OpinionEventPage } from '../src/pages/OpinionEventPage';
import { opinionCard as node, opinionEvent, opinionList, renderInModule } from './fixtures';

describe('the opinion board', () => {
  it('groups events by lifecycle stage, in the lifecycle’s order', () => {
    const columns = groupByStage([node('1', 'CLOSED'), node('2', 'DETECTED'), node('3', 'CLOSED')] as never);
    expect(Object.keys(columns)).toEqual(['DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED']);
    expect(columns.CLOSED.map((e) => e.id)).toEqual(['1', '3']);
  });

  it('shows each stage with its count', async () => {
    stubGateway({
      OpinionBoard: () => ({
        data: {
          opinionBoard: ['DETECTED', 'VERIFYING', 'ESCALATED', 'HANDLING', 'RESPONDED', 'CLOSED'].map((status) => ({
            __typename: 'OpinionStageCount',
            status,
            count: status === 'CLOSED' ? 3 : status === 'DETECTED' ? 1 : 0,
          })),
          opinionEvents: {
            __typename: 'OpinionEventConnection',
            totalCount: 4,
            nodes: [node('1', 'DETECTED'), node('2', 'CLOSED'), node('3', 'CLOSED'), node('4', 'CLOSED')],
          },
        },
      }),
    });
    const { container } = render(
      renderInModule(<OpinionBoardPage />, { path: '/publicity/opinions', route: '/publicity/opinions' }),
    );
    expect(await screen.findByText('舆情1')).toBeTruthy();
    const closed = container.querySelector('[data-stage="CLOSED"]') as HTMLElement;
    expect(within(closed).getByText('办结')).toBeTruthy();
    expect(within(closed).getAllByRole('link')).toHaveLength(3);
    expect(
      within(container.querySelector('[data-stage="DETECTED"]') as HTMLElement)
        .getByRole('link', { name: '舆情1' })
        .getAttribute('href'),
    ).toBe('/publicity/opinions/1');
  });
});

describe('the opinion list under the board', () => {
  it('reads its filter from the URL, narrows the board by year and search only, and filters by stage', async () => {
    const calls = stubGateway({
      OpinionBoard: () => ({
        data: { opinionBoard: [], opinionEvents: { __typename: 'OpinionEventConnection', totalCount: 0, nodes: [] } },
      }),
      OpinionEventList: () =>
        opinionList([{ ...node('7', 'CLOSED'), severity: 'MAJOR', closedAt: '2024-09-20T02:00:00.000Z' }]),
    });
    render(
      renderInModule(<OpinionBoardPage />, {
        path: '/publicity/opinions?year=2024&severity=MAJOR',
        route: '/publicity/opinions',
      }),
    );
    const table = await screen.findByRole('table', { name: '舆情列表' });
    expect((await within(table).findByRole('link', { name: '舆情7' })).getAttribute('href')).toBe(
      '/publicity/opinions/7',
    );
    expect(lastVariables(calls, 'OpinionEventList')).toMatchObject({
      filter: { year: 2024, severity: 'MAJOR' },
      first: 20,
      after: null,
    });
    expect(sentVariables(calls, 'OpinionBoard')).toEqual({
      year: 2024,
      filter: { year: 2024, search: null },
    });
    expect(screen.getByRole('button', { name: /导出Excel/ })).toBeTruthy();

    await pick('处置阶段', '办结');
    await waitFor(() =>
      expect(lastVariables(calls, 'OpinionEventList').filter).toEqual({
        year: 2024,
        severity: 'MAJOR',
        status: 'CLOSED',
      }),
    );
    expect(
      calls.filter((c) => c.operationName === 'OpinionBoard').every((c) => c.variables.filter.status === undefined),
    ).toBe(true);
  });
});

describe('登记舆情 on the board', () => {
  // A NewRecordDialog, which decides itself that only writers see it (the board no longer gates it).
  it('is offered to an officer, not to a partner department', async () => {
    stubGateway({
      OpinionBoard: () => ({
        data: { opinionBoard: [], opinionEvents: { __typename: 'OpinionEventConnection', totalCount: 0, nodes: [] } },
      }),
      OpinionEventList: () => opinionList([]),
    });
    const at = { path: '/publicity/opinions', route: '/publicity/opinions' };
    const { unmount } = render(renderInModule(<OpinionBoardPage />, at));
    expect(await screen.findByRole('button', { name: /登记舆情/ })).toBeTruthy();
    unmount();
    render(renderInModule(<OpinionBoardPage />, { ...at, token: policeToken }));
    await screen.findByRole('table', { name: '舆情列表' });
    expect(screen.queryByRole('button', { name: /登记舆情/ })).toBeNull();
  });

  it('refuses a 发现时间 after now before anything is sent, and sends the business it concerns with its township', async () => {
    const calls = stubGateway({
      OpinionBoard: () => ({
        data: { opinionBoard: [], opinionEvents: { __typename: 'OpinionEventConnection', totalCount: 0, nodes: [] } },
      }),
      OpinionEventList: () => opinionList([]),
      EntityOptions: entityOptions({
        id: 'E0050',
        name: '西城好邻居超市',
        township: { id: '511902002', name: '西城街道' },
      }),
      CaseOptions: optionsAnswer('cases', 'Case', []),
      ReportOpinionEvent: () => ({ data: { reportOpinionEvent: { __typename: 'OpinionEvent', id: 'OE9' } } }),
    });
    render(renderInModule(<OpinionBoardPage />, { path: '/publicity/opinions', route: '/publicity/opinions' }));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: /登记舆情/ })));
    const dialog = await screen.findByRole('dialog');
    await fillDate('发现时间', dayjs().add(1, 'day').format('YYYY-MM-DD HH:mm'));
    const footer = dialog.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => fireEvent.click(within(footer).getByRole('button', { name: /登\s*记/ })));
    expect(await screen.findByText('发现时间不能晚于现在')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'ReportOpinionEvent')).toBe(false);

    fireEvent.change(screen.getByLabelText('舆情标题'), { target: { value: '网传超市售卖过期牛奶' } });
    fireEvent.change(screen.getByLabelText('舆情内容'), { target: { value: '抖音视频称货架有过期牛奶' } });
    fireEvent.change(screen.getByLabelText('发现平台'), { target: { value: '抖音' } });
    await fillDate('发现时间', '2024-05-06 09:30');
    await pick('主体', '西城好邻居超市(西城街道)');
    await act(async () => fireEvent.click(within(footer).getByRole('button', { name: /登\s*记/ })));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'ReportOpinionEvent')).toBe(true));
    expect(sentVariables(calls, 'ReportOpinionEvent').input).toMatchObject({
      title: '网传超市售卖过期牛奶',
      platform: '抖音',
      entityId: 'E0050',
      townshipId: '511902002',
      caseId: null,
    });
  });
});

describe('an opinion event', () => {
  it('offers the moves the table allows, reloads after another’s change, and sends the version the user saw', async () => {
    let moves = 0;
    const calls = stubGateway({
      // Someone else linked the event (version 2) before this officer's first move arrived.
      OpinionEventDetail: () =>
        moves === 0
          ? opinionEvent('DETECTED', ['VERIFYING'], 1)
          : moves === 1
            ? opinionEvent('DETECTED', ['VERIFYING'], 2)
            : opinionEvent('VERIFYING', ['HANDLING', 'ESCALATED'], 3),
      MoveOpinionEvent: () => {
        moves += 1;
        if (moves === 1) return refusal('该舆情已被他人处理,请刷新后重试', { code: 'CONFLICT' });
        return {
          data: { moveOpinionEvent: { __typename: 'OpinionEvent', id: 'OE1', status: 'VERIFYING', version: 3 } },
        };
      },
    });
    render(renderInModule(<OpinionEventPage />, { path: '/publicity/opinions/OE1', route: '/publicity/opinions/:id' }));
    expect(await screen.findByText('东城农贸市场百惠冻品店')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '办 结' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '开始核实' })));
    const dialog = await screen.findByRole('dialog');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ })));
    expect(await screen.findByText('请填写处理情况')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'MoveOpinionEvent')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('处理情况'), { target: { value: '赴现场核查' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ })));
    expect(await screen.findByText('该舆情已被他人处理,请刷新后重试')).toBeTruthy();
    const warning = screen.getAllByRole('dialog').at(-1)!;
    expect(within(warning).getAllByText('记录已被他人修改').length).toBeGreaterThan(0);
    const detailsBefore = calls.filter((c) => c.operationName === 'OpinionEventDetail').length;
    await act(async () => fireEvent.click(within(warning).getByRole('button')));
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'OpinionEventDetail').length).toBeGreaterThan(detailsBefore),
    );

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '开始核实' })));
    // The closed dialogs may stay in the page while they fade: the new form is the last one.
    const note = (await screen.findAllByLabelText('处理情况')).at(-1)!;
    const again = note.closest('[role="dialog"]') as HTMLElement;
    fireEvent.change(note, { target: { value: '赴现场核查' } });
    await act(async () => fireEvent.click(within(again).getByRole('button', { name: /确\s*定/ })));
    await waitFor(() => expect(moves).toBe(2));
    expect(lastVariables(calls, 'MoveOpinionEvent')).toMatchObject({
      id: 'OE1',
      expectedVersion: 2,
      input: { to: 'VERIFYING', note: '赴现场核查' },
    });
    expect(await screen.findByRole('button', { name: '升级上报' })).toBeTruthy();
  });
});

describe('an opinion event’s links', () => {
  it('leads to its business (entities) and its case (enforcement) under the shell', async () => {
    stubGateway({
      OpinionEventDetail: () =>
        opinionEvent('HANDLING', [], 3, {
          caseId: 'CASE-7',
          case: { __typename: 'Case', id: 'CASE-7', number: '巴市监立〔2024〕7号', title: '销售病死猪肉案' },
        }),
    });
    render(renderInModule(<OpinionEventPage />, { path: '/publicity/opinions/OE1', route: '/publicity/opinions/:id' }));
    const business = await screen.findByRole('link', { name: '东城农贸市场百惠冻品店' });
    expect(business.getAttribute('href')).toBe('/entities/E0049');
    expect(screen.getByRole('link', { name: '销售病死猪肉案(巴市监立〔2024〕7号)' }).getAttribute('href')).toBe(
      '/enforcement/cases/CASE-7',
    );
  });
});

describe('the leads and cases registered from an opinion event', () => {
  it('lists them, a lead by its words, each leading to its page in enforcement', async () => {
    const row = (id: string, number: string | null, title: string, status: string, receivedOn: string) => ({
      __typename: 'Case',
      id,
      number,
      title,
      status,
      receivedOn,
    });
    stubGateway({
      OpinionEventDetail: () =>
        opinionEvent('HANDLING', [], 3, {
          cases: [
            row('C9', null, '百惠冻品店涉嫌销售母猪肉', 'CLUE', '2024-04-10'),
            row('C3', '巴州市监罚立〔2024〕29号', '以母猪肉冒充普通猪肉销售案', 'CLOSED', '2024-04-09'),
          ],
        }),
    });
    render(renderInModule(<OpinionEventPage />, { path: '/publicity/opinions/OE1', route: '/publicity/opinions/:id' }));
    const table = await screen.findByRole('table', { name: '由此登记的线索和案件' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['(线索)', '百惠冻品店涉嫌销售母猪肉', '线索', '2024-04-10'],
      ['巴州市监罚立〔2024〕29号', '以母猪肉冒充普通猪肉销售案', '结案', '2024-04-09'],
    ]);
    expect(within(table).getByRole('link', { name: '百惠冻品店涉嫌销售母猪肉' }).getAttribute('href')).toBe(
      '/enforcement/cases/C9',
    );
  });

  it('says there are none', async () => {
    stubGateway({ OpinionEventDetail: () => opinionEvent('DETECTED', []) });
    render(renderInModule(<OpinionEventPage />, { path: '/publicity/opinions/OE1', route: '/publicity/opinions/:id' }));
    const table = await screen.findByRole('table', { name: '由此登记的线索和案件' });
    expect(within(table).getByText('暂无线索和案件')).toBeTruthy();
  });
});

describe('an opinion event’s 操作记录', () => {
  const at = { path: '/publicity/opinions/OE1', route: '/publicity/opinions/:id' };

  it('shows a leader the event’s rows and its handling steps’, asked by the event’s id', async () => {
    const calls = stubGateway({
      OpinionEventDetail: () => opinionEvent('VERIFYING', ['HANDLING', 'ESCALATED'], 2),
      RecordAuditTrail: () =>
        auditTrailAnswer('publicity', [
          {
            id: 'a2',
            at: '2025-03-02T02:00:00.000Z',
            kind: 'CREATE',
            recordType: 'OpinionEventStep',
            recordId: 'S1',
            parentId: 'OE1',
            operation: 'moveOpinionEvent',
          },
          {
            id: 'a1',
            at: '2025-03-02T02:00:00.000Z',
            kind: 'UPDATE',
            recordType: 'OpinionEvent',
            recordId: 'OE1',
            operation: 'moveOpinionEvent',
            changes: [{ field: 'status', from: 'DETECTED', to: 'VERIFYING' }],
          },
        ]),
    });
    render(renderInModule(<OpinionEventPage />, { ...at, token: leaderToken }));
    await expectAuditTrail(calls, 'OE1', [['处置记录'], ['舆情事件', 'status:DETECTED → VERIFYING']]);
  });

  it('is not shown to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ OpinionEventDetail: () => opinionEvent('DETECTED', ['VERIFYING'], 1) });
    render(renderInModule(<OpinionEventPage />, at));
    expect(await screen.findByText('东城农贸市场百惠冻品店')).toBeTruthy();
    expectNoAuditTrail(calls);
  });
});

describe('关联主体或案件', () => {
  const at = { path: '/publicity/opinions/OE1', route: '/publicity/opinions/:id' };

  it('links the business with its township and the picked case, with the version seen; a refusal stays by its field', async () => {
    let links = 0;
    const calls = stubGateway({
      OpinionEventDetail: () => opinionEvent('HANDLING', ['RESPONDED', 'ESCALATED'], 4),
      EntityOptions: entityOptions({
        id: 'E0050',
        name: '西城好邻居超市',
        township: { id: '511902002', name: '西城街道' },
      }),
      CaseOptions: optionsAnswer('cases', 'Case', [
        { id: 'CASE-7', number: '巴市监立〔2024〕7号', title: '销售病死猪肉案' },
      ]),
      LinkOpinionEvent: () =>
        ++links === 1
          ? refusal('关联案件不存在或无权查看:CASE-7', { code: 'BAD_USER_INPUT', field: 'caseId' })
          : { data: { linkOpinionEvent: { __typename: 'OpinionEvent', id: 'OE1', version: 5 } } },
    });
    render(renderInModule(<OpinionEventPage />, at));
    await screen.findByText('东城农贸市场百惠冻品店');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /关联主体或案件/ })));
    const dialog = await screen.findByRole('dialog');
    // The business already linked is what the form starts from.
    expect(within(dialog).getByTitle('东城农贸市场百惠冻品店')).toBeTruthy();

    await pick('涉及主体', '西城好邻居超市(西城街道)', dialog);
    await pick('关联案件', '巴市监立〔2024〕7号 销售病死猪肉案', dialog);
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ })));
    expect(await within(dialog).findByText('关联案件不存在或无权查看:CASE-7')).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(sentVariables(calls, 'LinkOpinionEvent')).toEqual({
      id: 'OE1',
      expectedVersion: 4,
      entityId: 'E0050',
      townshipId: '511902002',
      caseId: 'CASE-7',
    });

    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ })));
    await waitFor(() => expect(links).toBe(2));
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'OpinionEventDetail').length).toBeGreaterThan(1),
    );
  });

  it('asks for a business or a case before anything is sent', async () => {
    const calls = stubGateway({
      OpinionEventDetail: () => {
        const answer = opinionEvent('DETECTED', ['VERIFYING'], 1);
        return { data: { opinionEvent: { ...answer.data.opinionEvent, entity: null, township: null } } };
      },
      EntityOptions: entityOptions(),
      CaseOptions: optionsAnswer('cases', 'Case', []),
    });
    render(renderInModule(<OpinionEventPage />, at));
    await screen.findByText('短视频称……');
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: /关联主体或案件/ })));
    const dialog = await screen.findByRole('dialog');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ })));
    expect(await within(dialog).findByText('请选择涉及主体或关联案件')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'LinkOpinionEvent')).toBe(false);
  });

  it('is not offered to a township officer on an event of no township (the district’s)', async () => {
    stubGateway({
      OpinionEventDetail: () => {
        const answer = opinionEvent('DETECTED', ['VERIFYING'], 1);
        return { data: { opinionEvent: { ...answer.data.opinionEvent, entity: null, township: null } } };
      },
    });
    render(renderInModule(<OpinionEventPage />, { ...at, token: townshipToken }));
    expect(await screen.findByText('短视频称……')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /关联主体或案件/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '开始核实' })).toBeNull();
  });
});
