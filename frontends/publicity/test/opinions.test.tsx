// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { auditTrailAnswer, leaderToken } from '@shian/remote-testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupByStage, OpinionBoardPage } from '../src/pages/OpinionBoardPage';
import { OpinionEventPage } from '../src/pages/OpinionEventPage';
import { opinionEvent, renderInModule, stubGateway } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const node = (id: string, status: string) => ({
  __typename: 'OpinionEvent',
  id,
  title: `舆情${id}`,
  platform: '抖音',
  severity: 'GENERAL',
  status,
  detectedAt: '2024-09-11T00:50:00.000Z',
  escalated: false,
  entity: null,
});

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

describe('an opinion event', () => {
  it('offers the moves the table allows, shows a refusal, and sends the version the user saw', async () => {
    let moves = 0;
    const calls = stubGateway({
      OpinionEventDetail: () =>
        moves < 2
          ? opinionEvent('DETECTED', ['VERIFYING'], 1)
          : opinionEvent('VERIFYING', ['HANDLING', 'ESCALATED'], 2),
      MoveOpinionEvent: () => {
        moves += 1;
        if (moves === 1)
          return {
            errors: [{ message: '该舆情已被他人处理,请刷新后重试', extensions: { code: 'CONFLICT' } }],
          };
        return {
          data: { moveOpinionEvent: { __typename: 'OpinionEvent', id: 'OE1', status: 'VERIFYING', version: 2 } },
        };
      },
    });
    render(renderInModule(<OpinionEventPage />, { path: '/publicity/opinions/OE1', route: '/publicity/opinions/:id' }));
    expect(await screen.findByText('东城农贸市场百惠冻品店')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '办 结' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '开始核实' })));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ })));
    expect(await screen.findByText('请填写处理情况')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'MoveOpinionEvent')).toBe(false);

    fireEvent.change(screen.getByLabelText('处理情况'), { target: { value: '赴现场核查' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /确\s*定/ })));
    expect(await screen.findByText('该舆情已被他人处理,请刷新后重试')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /确\s*定/ })));
    await waitFor(() => expect(moves).toBe(2));
    expect(calls.filter((c) => c.operationName === 'MoveOpinionEvent').at(-1)!.variables).toMatchObject({
      id: 'OE1',
      expectedVersion: 1,
      input: { to: 'VERIFYING', note: '赴现场核查' },
    });
    expect(await screen.findByRole('button', { name: '升级上报' })).toBeTruthy();
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
    const table = await screen.findByRole('table', { name: '操作记录' });
    await within(table).findAllByText('处置记录');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('处置记录')).toBeTruthy();
    expect(within(rows[2]!).getByText('舆情事件')).toBeTruthy();
    expect(within(rows[2]!).getByText('status:DETECTED → VERIFYING')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'RecordAuditTrail')!.variables.filter).toEqual({ recordId: 'OE1' });
  });

  it('is not shown to an officer, and nothing is asked', async () => {
    const calls = stubGateway({ OpinionEventDetail: () => opinionEvent('DETECTED', ['VERIFYING'], 1) });
    render(renderInModule(<OpinionEventPage />, at));
    expect(await screen.findByText('东城农贸市场百惠冻品店')).toBeTruthy();
    expect(screen.queryByRole('table', { name: '操作记录' })).toBeNull();
    expect(calls.map((c) => c.operationName)).not.toContain('RecordAuditTrail');
  });
});
