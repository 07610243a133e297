// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticlesPage, filterFromParams } from '../src/pages/ArticlesPage';
import { articlePage, FIGURES, renderInModule, stubGateway } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the articles page', () => {
  it('reads the filter from the URL', () => {
    expect(filterFromParams(new URLSearchParams('year=2024&kind=WARNING&channel=&search= 野生菌 '))).toEqual({
      year: 2024,
      kind: 'WARNING',
      search: '野生菌',
    });
  });

  it('shows the year’s figures and the posts in Chinese, paged on the server', async () => {
    const calls = stubGateway({
      PublicityFigures: () => FIGURES,
      ArticleList: (v) => (v.after ? articlePage(['3'], false) : articlePage(['1', '2'], true)),
    });
    render(renderInModule(<ArticlesPage />));
    expect(await screen.findByText('特殊食品知多少')).toBeTruthy();
    expect(await screen.findByText('12,260')).toBeTruthy();
    expect(screen.getByText('56')).toBeTruthy();
    expect(screen.getAllByText('辟谣').length).toBeGreaterThan(0);
    expect(screen.getAllByText('大美巴州App').length).toBe(2);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '下一页' })));
    expect(await screen.findByText('科普文章3')).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'ArticleList').at(-1)!.variables).toMatchObject({
      first: 20,
      after: '2',
    });
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
});
