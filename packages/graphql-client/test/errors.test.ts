import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, fieldErrors } from '../src';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('error helpers', () => {
  it('keeps the server message when it is Chinese', () => {
    const error = graphQLError('统一社会信用代码校验位错误', { code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(errorMessage(error)).toBe('统一社会信用代码校验位错误');
    expect(fieldErrors(error)).toEqual({ creditCode: '统一社会信用代码校验位错误' });
  });

  it('translates an English message by its code', () => {
    expect(errorMessage(graphQLError('Forbidden', { code: 'FORBIDDEN' }))).toBe('没有权限访问此内容');
    expect(errorMessage(graphQLError('Cannot query field "x"', { code: 'GRAPHQL_VALIDATION_FAILED' }))).toMatch(
      /版本不一致/,
    );
  });

  it('reports network failures in Chinese', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(errorCode(error)).toBe('NETWORK_ERROR');
    expect(errorMessage(error)).toMatch(/无法连接服务器/);
  });

  it('falls back to a generic message', () => {
    expect(errorMessage(new Error('boom'))).toBe('操作失败,请稍后重试');
    expect(errorMessage(new Error('模块加载超时'))).toBe('模块加载超时');
    expect(errorMessage(undefined)).toBe('');
  });
});
