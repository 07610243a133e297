import type { TypedDocumentNode } from '@shian/graphql-client';
import { remoteRenderer, pick, stubGateway } from '@shian/remote-testing';
import { render, screen, waitFor } from '@testing-library/react';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineRemote, FiguresCard, figuresOf } from '../src';

interface FiguresData {
  workReport: { year: number; things: { made: number; sold: number | null } } | null;
}
const FiguresDocument = parse(`
  query ThingFigures($year: Int!) {
    workReport(year: $year) { year things { made sold } }
  }
`) as unknown as TypedDocumentNode<FiguresData, { year: number }>;

const figures = figuresOf((data: FiguresData | undefined) => data?.workReport?.things, {
  made: '制成(件)',
  sold: '售出(件)',
});

const answer = ({ year }: Record<string, any>) => ({
  data: {
    workReport: { __typename: 'WorkReport', year, things: { __typename: 'Things', made: year - 2000, sold: null } },
  },
});

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/things');

describe('FiguresCard', () => {
  it("shows the year's figures (— for one not answered) and asks again for the year chosen", async () => {
    const calls = stubGateway({ ThingFigures: answer });
    render(
      renderInModule(
        <FiguresCard title="{{year}}年物品" query={FiguresDocument} figures={figures} initialYear={2024} />,
      ),
    );
    expect(await screen.findByText('24')).toBeTruthy();
    expect(screen.getByText('2024年物品')).toBeTruthy();
    expect(screen.getByText('制成(件)')).toBeTruthy();
    expect(screen.getByText('—')).toBeTruthy();
    await pick('年度', '2023年');
    await waitFor(() => expect(calls.at(-1)?.variables).toEqual({ year: 2023 }));
    expect(await screen.findByText('23')).toBeTruthy();
    expect(screen.getByText('2023年物品')).toBeTruthy();
  });

  it('offers no year choice when the page fixes the year', async () => {
    stubGateway({ ThingFigures: answer });
    render(
      renderInModule(<FiguresCard title="{{year}}年物品" query={FiguresDocument} figures={figures} year={2025} />),
    );
    expect(await screen.findByText('25')).toBeTruthy();
    expect(screen.queryByLabelText('年度')).toBeNull();
  });

  it('figuresOf: the fields titled, in the order of the titles, unanswered while the part is missing', () => {
    const things = { made: 3, sold: null };
    expect(figures({ workReport: { year: 2024, things } })).toEqual([
      { title: '制成(件)', value: 3 },
      { title: '售出(件)', value: null },
    ]);
    const soldFirst = figuresOf((data: FiguresData | undefined) => data?.workReport?.things, {
      sold: '售出(件)',
      made: '制成(件)',
    });
    expect(soldFirst({ workReport: { year: 2024, things } }).map((figure) => figure.title)).toEqual([
      '售出(件)',
      '制成(件)',
    ]);
    expect(figures(undefined)).toEqual([
      { title: '制成(件)', value: undefined },
      { title: '售出(件)', value: undefined },
    ]);
    expect(figures({ workReport: null }).map((figure) => figure.value)).toEqual([undefined, undefined]);
  });
});
