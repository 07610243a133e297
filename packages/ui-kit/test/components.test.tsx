import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ErrorPanel,
  type LabelMap,
  labelOf,
  optionsOf,
  PageHeader,
  ShianUiProvider,
  StatusTag,
  YEARS,
  YearSelect,
} from '../src';

type Status = 'OPERATING' | 'REVOKED';
const STATUS: LabelMap<Status> = {
  OPERATING: { label: '在营', color: 'green' },
  REVOKED: { label: '吊销', color: 'red' },
};

afterEach(cleanup);

describe('labels', () => {
  it('maps enum values to labels and options', () => {
    expect(labelOf(STATUS, 'REVOKED')).toBe('吊销');
    expect(labelOf(STATUS, null)).toBe('—');
    expect(optionsOf(STATUS)).toEqual([
      { value: 'OPERATING', label: '在营' },
      { value: 'REVOKED', label: '吊销' },
    ]);
    render(<StatusTag value="OPERATING" map={STATUS} />);
    expect(screen.getByText('在营')).toBeTruthy();
  });
});

describe('ErrorPanel', () => {
  it('says 无权访问 with the server message for FORBIDDEN', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('只能查看本乡镇的主体', { extensions: { code: 'FORBIDDEN' } })],
    });
    render(
      <ShianUiProvider>
        <ErrorPanel error={error} />
      </ShianUiProvider>,
    );
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('只能查看本乡镇的主体');
  });

  it('offers a retry', () => {
    render(
      <ShianUiProvider>
        <ErrorPanel error={new Error('模块加载超时')} onRetry={() => {}} compact />
      </ShianUiProvider>,
    );
    expect(screen.getByText('模块加载超时')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});

describe('PageHeader', () => {
  it('shows the title and actions', () => {
    render(<PageHeader title="主体名录" extra={<button type="button">新增</button>} />);
    expect(screen.getByRole('heading', { name: '主体名录' })).toBeTruthy();
  });
});

describe('YearSelect', () => {
  it('offers the years from 2023 to this year, newest first, and hands back the year picked', () => {
    const picked: (number | undefined)[] = [];
    render(<YearSelect value={2024} onChange={(year) => picked.push(year)} />);
    expect(YEARS[0]).toBe(new Date().getFullYear());
    expect(YEARS.at(-1)).toBe(2023);
    expect(screen.getByText('2024年')).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '年度' }));
    fireEvent.click(screen.getByTitle('2023年'));
    expect(picked).toEqual([2023]);
  });
});
