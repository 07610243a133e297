// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  type Call,
  entityOptions,
  expectSentInput,
  openDialog,
  pick,
  pressInDialog,
  stubGateway,
} from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CasesPage } from '../src/pages/CasesPage';
import { casePage, renderInModule } from './fixtures';

const MARKET = { id: 'E0050', name: '万家超市', township: { id: '511902002', name: '西城街道' } };
const BAKERY = { id: 'E0051', name: '好味面包房', township: { id: '511902002', name: '西城街道' } };

const OPINION = {
  __typename: 'OpinionEvent',
  id: 'OE7',
  title: '网传某超市售卖变质猪肉',
  detectedAt: '2026-11-19T17:30:00.000Z',
};

/** The business's records a clue may name, as `ClueSources` reads them (only the part the source asks for). */
const sources = (variables: Record<string, any>) => ({
  data: {
    entity: {
      __typename: 'Entity',
      id: variables.entityId,
      ...(variables.inspections && {
        inspections:
          variables.entityId === MARKET.id
            ? [
                {
                  __typename: 'Inspection',
                  id: 'INS-9',
                  inspectedOn: '2026-11-20',
                  kind: 'ROUTINE',
                  verdict: 'NON_COMPLIANT',
                },
              ]
            : [],
      }),
      ...(variables.disposals && {
        samples: {
          __typename: 'SampleConnection',
          nodes: [
            {
              __typename: 'Sample',
              id: 'S1',
              number: 'QC2026001',
              foodName: '鲜猪肉',
              disposal: { __typename: 'Disposal', id: 'D3' },
            },
            // An unqualified sample whose disposal has not started names no record.
            { __typename: 'Sample', id: 'S2', number: 'QC2026002', foodName: '豆芽', disposal: null },
          ],
        },
      }),
    },
  },
});

async function clueDialog() {
  const calls = stubGateway({
    CaseList: () => casePage([]),
    EntityOptions: entityOptions(MARKET, BAKERY),
    ClueSources: sources,
    ClueOpinionEvents: (variables) => ({
      data: {
        opinionEvents: {
          __typename: 'OpinionEventConnection',
          nodes: [OPINION].filter((e) => !variables.search || e.title.includes(variables.search)),
        },
      },
    }),
    CreateClue: () => ({ data: { createClue: { __typename: 'Case', id: 'C8' } } }),
  });
  render(renderInModule(<CasesPage />));
  const dialog = await openDialog(/登记线索/);
  fireEvent.change(within(dialog).getByLabelText('案由'), { target: { value: '涉嫌经营不合格猪肉' } });
  fireEvent.change(within(dialog).getByLabelText('线索描述'), { target: { value: '抽检不合格' } });
  return { calls, dialog };
}

const asked = (calls: Call[]) => calls.filter((c) => c.operationName === 'ClueSources').map((c) => c.variables);

describe('登记线索 from a record the platform holds', () => {
  it('chooses the inspection among the business’s own, not by typing its id', async () => {
    const { calls, dialog } = await clueDialog();
    await pick('来源', '监督检查', dialog);
    const record = within(dialog).getByLabelText('监督检查');
    expect(record.closest('.ant-select')?.className).toContain('disabled');
    await pick('当事人', '万家超市(西城街道)', dialog);
    await pick('监督检查', '2026-11-20 日常检查 不符合', dialog);
    expect(asked(calls)).toContainEqual({ entityId: 'E0050', inspections: true, disposals: false });
    await pressInDialog(dialog);
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreateClue')).toBe(true));
    expectSentInput(calls, 'CreateClue', { source: 'INSPECTION', inspectionId: 'INS-9', entityId: 'E0050' });
  });

  it('chooses the opinion event by searching its title, whatever business it names', async () => {
    const { calls, dialog } = await clueDialog();
    await pick('来源', '舆情', dialog);
    await pick('当事人', '万家超市(西城街道)', dialog);
    const record = within(dialog).getByLabelText('舆情');
    await act(async () => fireEvent.change(record, { target: { value: '猪肉' } }));
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'ClueOpinionEvents').map((c) => c.variables)).toContainEqual({
        search: '猪肉',
      }),
    );
    // Detected at 01:30 on the 20th in Beijing.
    await pick('舆情', '2026-11-20 01:30 网传某超市售卖变质猪肉', dialog);
    await pressInDialog(dialog);
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreateClue')).toBe(true));
    expectSentInput(calls, 'CreateClue', { source: 'PUBLIC_OPINION', opinionEventId: 'OE7', entityId: 'E0050' });
  });

  it('drops the record named for one source when another is chosen', async () => {
    const { calls, dialog } = await clueDialog();
    await pick('来源', '部门移送', dialog);
    fireEvent.change(within(dialog).getByLabelText('移送部门'), { target: { value: '区公安分局' } });
    await pick('来源', '舆情', dialog);
    await pick('来源', '部门移送', dialog);
    expect((within(dialog).getByLabelText('移送部门') as HTMLInputElement).value).toBe('');
    await pick('当事人', '万家超市(西城街道)', dialog);
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请填写移送部门')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'CreateClue')).toBe(false);
  });

  it('chooses a sample’s disposal by the sample, and drops a choice the next business does not have', async () => {
    const { calls, dialog } = await clueDialog();
    await pick('来源', '抽检不合格', dialog);
    await pick('当事人', '万家超市(西城街道)', dialog);
    await pick('抽检不合格处置', 'QC2026001 鲜猪肉', dialog);
    expect(screen.queryByTitle('QC2026002 豆芽')).toBeNull();
    await pick('来源', '监督检查', dialog);
    await pick('当事人', '好味面包房(西城街道)', dialog);
    await waitFor(() =>
      expect(asked(calls)).toContainEqual({ entityId: 'E0051', inspections: true, disposals: false }),
    );
    await pressInDialog(dialog);
    expect(await within(dialog).findByText('请选择来源记录')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'CreateClue')).toBe(false);
  });
});
