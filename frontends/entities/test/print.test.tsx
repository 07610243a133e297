// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import {
  connection,
  expectNotPrinted,
  expectPrinted,
  printedCell,
  printViews,
  stubGateway,
  testToken,
  TOWNSHIPS,
} from '@shian/remote-testing';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModulePageRoutes } from '@shian/remote-kit';
import { PAGES } from '../src/routes';
import { renderInModule } from './fixtures';

const { open, print } = printViews(renderInModule, <ModulePageRoutes table={PAGES} />, '/entities');

const NOTICE = {
  __typename: 'Notice',
  id: 'N7',
  kind: 'SUPERVISION_LETTER',
  number: '巴州市监食督〔2024〕7号',
  title: '关于督促落实校园食品安全主体责任的函',
  sentOn: '2024-09-02',
  content: '请于9月20日前完成辖区学校食堂自查并报送情况。',
  dueOn: '2024-09-20',
  repliedOn: null,
  reply: null,
};
const township = (notices: object[]) => ({
  data: { township: { __typename: 'Township', id: '511902001', name: '东城街道', notices } },
});

describe('通知书 print view', () => {
  it('fills the notice as sent, leaves 签发 and the reply for the hand, and prints once it has loaded', async () => {
    const other = { ...NOTICE, id: 'N3', number: '巴州市监食提〔2024〕3号', title: '另一份函' };
    const calls = stubGateway({ NoticePrint: () => township([other, NOTICE]) });
    open('/notices/511902001/N7/print');
    await expectPrinted(print, '督办函', {
      事由: '关于督促落实校园食品安全主体责任的函',
      '收件乡镇(街道)': '东城街道',
      反馈期限: '2024-09-20',
      内容: '请于9月20日前完成辖区学校食堂自查并报送情况。',
      签发: '',
      反馈内容: '',
    });
    expect(screen.getByRole('article').textContent).toContain('文号:巴州市监食督〔2024〕7号');
    expect(screen.getByRole('article').textContent).toContain('巴中市巴州区市场监督管理局(盖章)');
    expect(calls.map((c) => [c.operationName, c.variables])).toEqual([['NoticePrint', { townshipId: '511902001' }]]);
  });

  it('says so, and prints nothing, when the township’s notices the server shows hold no such notice', async () => {
    // Another township's officer: the subgraph answers that township with none of its notices.
    stubGateway({ NoticePrint: () => township([]) });
    open(
      '/notices/511902001/N7/print',
      testToken({ sub: 'township', name: '张监管', role: 'township', township: '511902002' }),
    );
    await expectNotPrinted(print, '未找到该函件,可能无权查看');
  });

  it('is opened from the notices list, one 打印 per row', async () => {
    const calls = stubGateway({
      TownshipOptions: () => TOWNSHIPS,
      NoticeList: () => ({
        data: {
          notices: connection('NoticeConnection', [
            { ...NOTICE, township: { __typename: 'Township', id: '511902001', name: '东城街道' } },
          ]),
        },
      }),
      NoticePrint: () => township([NOTICE]),
    });
    open('/notices');
    await screen.findByText('巴州市监食督〔2024〕7号', {}, { timeout: 10_000 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '打印' })));
    expect(await printedCell('事由')).toBe('关于督促落实校园食品安全主体责任的函');
    expect(calls.at(-1)).toMatchObject({ operationName: 'NoticePrint', variables: { townshipId: '511902001' } });
  });
});
