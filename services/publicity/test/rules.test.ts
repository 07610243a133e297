import { describe, expect, it } from 'vitest';
import { checkEntityLink, checkMove, checkUrl, nextStatuses, OPINION_TRANSITIONS, OpinionStatus } from '../src/rules';

const { DETECTED, VERIFYING, ESCALATED, HANDLING, RESPONDED, CLOSED } = OpinionStatus;

describe('the opinion-event lifecycle', () => {
  it('runs 发现 → 核实 → 处置 → 回应 → 办结', () => {
    const path = [DETECTED, VERIFYING, HANDLING, RESPONDED, CLOSED];
    for (let i = 1; i < path.length; i++) expect(checkMove(path[i - 1]!, { to: path[i]!, note: '处理' })).toEqual([]);
  });

  it('escalates while verifying or handling, and comes back to handling', () => {
    expect(checkMove(VERIFYING, { to: ESCALATED, note: '上报', escalatedTo: '区食安办' })).toEqual([]);
    expect(checkMove(HANDLING, { to: ESCALATED, note: '上报', escalatedTo: '区食安办' })).toEqual([]);
    expect(nextStatuses(ESCALATED)).toEqual([HANDLING]);
    expect(checkMove(VERIFYING, { to: ESCALATED, note: '上报' })[0]?.field).toBe('escalatedTo');
  });

  it('refuses every move the table does not hold, naming both stages', () => {
    for (const from of Object.values(OpinionStatus))
      for (const to of Object.values(OpinionStatus)) {
        const problems = checkMove(from, { to, note: '处理', escalatedTo: '区食安办' });
        expect(problems.length === 0).toBe(OPINION_TRANSITIONS[from].includes(to));
      }
    expect(checkMove(DETECTED, { to: CLOSED, note: 'x' })[0]).toEqual({
      field: 'to',
      message: '舆情当前状态为「发现」,不能变更为「办结」,只能变更为「核实」',
    });
    expect(checkMove(CLOSED, { to: HANDLING, note: 'x' })[0]?.message).toBe(
      '舆情当前状态为「办结」,不能变更为「处置」,该舆情已办结',
    );
  });

  it('needs a note for every move', () => {
    expect(checkMove(DETECTED, { to: VERIFYING, note: ' ' })[0]?.field).toBe('note');
  });
});

describe('publicity checks', () => {
  it('links an entity together with its township', () => {
    expect(checkEntityLink('E0049', '511902001')).toEqual([]);
    expect(checkEntityLink(null, null)).toEqual([]);
    expect(checkEntityLink('E0049', null)).toEqual([]);
    expect(checkEntityLink(null, '511902001')[0]?.field).toBe('entityId');
    expect(checkEntityLink('E0049', '123')[0]?.field).toBe('townshipId');
  });

  it('accepts only web links', () => {
    expect(checkUrl('https://www.bazhou.gov.cn/a')).toEqual([]);
    expect(checkUrl(null)).toEqual([]);
    expect(checkUrl('javascript:alert(1)')[0]?.field).toBe('url');
  });
});
