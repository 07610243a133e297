// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { expectNextPage, refusal, sentVariables, stubGateway, twoPages, townshipToken } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticlesPage } from '../src/pages/ArticlesPage';
import { articlePage, FIGURES, renderInModule } from './fixtures';

describe('the articles page', () => {
  it('reads the filter from the URL: the keys it declares, trimmed, the year a number, empty ones left out', async () => {
    const calls = stubGateway({ PublicityFigures: () => FIGURES, ArticleList: twoPages(articlePage) });
    render(
      renderInModule(<ArticlesPage />, { path: '/publicity?year=2024&kind=WARNING&channel=&search= 野生菌 &x=1' }),
    );
    expect(await screen.findByText('特殊食品知多少')).toBeTruthy();
    expect(sentVariables(calls, 'ArticleList').filter).toEqual({ year: 2024, kind: 'WARNING', search: '野生菌' });
  });

  it('shows the year’s figures and the posts in Chinese, paged on the server', async () => {
    const calls = stubGateway({
      PublicityFigures: () => FIGURES,
      ArticleList: twoPages(articlePage),
    });
    render(renderInModule(<ArticlesPage />));
    expect(await screen.findByText('特殊食品知多少')).toBeTruthy();
    expect(await screen.findByText('12,260')).toBeTruthy();
    expect(screen.getByText('56')).toBeTruthy();
    expect(screen.getAllByText('辟谣').length).toBeGreaterThan(0);
    expect(screen.getAllByText('大美巴州App').length).toBe(2);
    await expectNextPage(calls, 'ArticleList', '科普文章3');
  });

  it('validates a new article in Chinese before anything is sent', async () => {
    const calls = stubGateway({ PublicityFigures: () => FIGURES, ArticleList: () => articlePage(['1'], false, 1) });
    render(renderInModule(<ArticlesPage />));
    await screen.findByText('特殊食品知多少');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /新增文章/ })));
    fireEvent.change(await screen.findByLabelText('原文链接'), { target: { value: 'ftp://x' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /保\s*存/ })));
    await waitFor(() => expect(screen.getByText('请输入标题')).toBeTruthy());
    expect(screen.getByText('链接必须以 http:// 或 https:// 开头')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'CreateArticle')).toBe(false);
  });

  it('lets an officer correct a post: the whole post sent again under its id; a refusal stays in the dialog', async () => {
    let updates = 0;
    const calls = stubGateway({
      PublicityFigures: () => FIGURES,
      ArticleList: () => articlePage(['1'], false, 1),
      UpdateArticle: () =>
        ++updates === 1
          ? refusal('只有区局领导和执法人员可以修改该设置', { code: 'FORBIDDEN' })
          : { data: { updateArticle: { __typename: 'Article', id: '1' } } },
    });
    render(renderInModule(<ArticlesPage />));
    await screen.findByText('特殊食品知多少');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /编辑 特殊食品知多少/ })));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('标题') as HTMLInputElement).value).toBe('特殊食品知多少');
    fireEvent.change(within(dialog).getByLabelText('阅读量'), { target: { value: '15800' } });
    fireEvent.change(within(dialog).getByLabelText('摘要'), { target: { value: ' 保健食品不是药品 ' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ })));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('只有区局领导和执法人员可以修改该设置');
    expect(sentVariables(calls, 'UpdateArticle')).toEqual({
      id: '1',
      input: {
        title: '特殊食品知多少',
        kind: 'SCIENCE',
        channel: 'DAMEI_BAZHOU_APP',
        publishedAt: '2024-03-15T02:00:00.000Z',
        reach: 15800,
        author: '巴州区市场监督管理局',
        summary: '保健食品不是药品',
        url: null,
      },
    });
    expect(calls.some((c) => c.operationName === 'CreateArticle')).toBe(false);

    const lists = calls.filter((c) => c.operationName === 'ArticleList').length;
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ })));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'ArticleList').length).toBeGreaterThan(lists));
  });

  it('offers no 编辑 or 新增 to a township officer (posts are the district’s)', async () => {
    stubGateway({ PublicityFigures: () => FIGURES, ArticleList: () => articlePage(['1'], false, 1) });
    render(renderInModule(<ArticlesPage />, { token: townshipToken }));
    await screen.findByText('特殊食品知多少');
    expect(screen.queryByRole('button', { name: /编辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /新增文章/ })).toBeNull();
  });
});
