import { describe, expect, it } from 'vitest';
import { checkRecord } from '../src/rules';

const draft = { title: '示例', entityId: 'E0229', townshipId: '511902001', recordedOn: '2024-03-01' };

describe('checkRecord', () => {
  it('accepts a complete record', () => {
    expect(checkRecord(draft, '2024-03-01')).toEqual([]);
  });

  it('names each field that is wrong', () => {
    const problems = checkRecord(
      { title: ' ', entityId: '', townshipId: '5119', recordedOn: '2024-03-02' },
      '2024-03-01',
    );
    expect(problems.map((p) => p.field)).toEqual(['title', 'entityId', 'townshipId', 'recordedOn']);
    expect(problems[0]?.message).toBe('标题不能为空');
  });

  it('limits the title', () => {
    expect(checkRecord({ ...draft, title: '长'.repeat(201) }, '2024-03-01')[0]?.field).toBe('title');
  });
});
