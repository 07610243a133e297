import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { contains, likeTerm, localDate, notBefore, requiredText, yearSpan, yearWindow } from '../src/validate';

const fieldOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a refusal');
};

describe('input checks', () => {
  it('name the field and say what is wrong', () => {
    expect(fieldOf(() => requiredText('  ', 'name', '名称'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(fieldOf(() => localDate('2024-02-30', 'sampledOn', '抽样日期'))).toMatchObject({ field: 'sampledOn' });
    expect(fieldOf(() => notBefore('2024-01-01', '2024-02-01', 'closedOn', '结案日期', '立案日期'))).toMatchObject({
      field: 'closedOn',
    });
    expect(fieldOf(() => yearSpan(1900))).toMatchObject({ field: 'year' });
    expect(requiredText(' 东城 ', 'name', '名称')).toBe('东城');
  });

  it('bound years as dates and as China-time instants', () => {
    expect(yearSpan(2024)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(yearWindow(2024).from.toISOString()).toBe('2023-12-31T16:00:00.000Z');
  });

  it('search for what was typed, never for everything', () => {
    expect(likeTerm(' 火锅 ')).toBe('%火锅%');
    expect(likeTerm('%_')).toBeNull();
    expect(contains(['name'], '%')).toEqual({ id: { $in: [] } });
    expect(contains(['name', 'address'], '50%')).toEqual({
      $or: [{ name: { $like: '%50%' } }, { address: { $like: '%50%' } }],
    });
  });
});
