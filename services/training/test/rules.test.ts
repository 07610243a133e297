import { describe, expect, it } from 'vitest';
import {
  checkAttendance,
  checkBatch,
  checkResit,
  checkSession,
  checkUpgrade,
  outstanding,
  TrainingAudience,
  TrainingMode,
  WorkshopLevel,
} from '../src/rules';

const session = {
  title: '小作坊培训',
  heldOn: '2024-03-14',
  trainer: '蒲海燕',
  mode: TrainingMode.ONSITE,
  place: '区局会议室',
  hours: 3,
  audience: TrainingAudience.SMALL_WORKSHOP,
};

describe('training rules', () => {
  it('accepts a complete session and names each missing field', () => {
    expect(checkSession(session)).toEqual([]);
    expect(checkSession({ ...session, mode: TrainingMode.ONLINE, place: null })).toEqual([]);
    expect(checkSession({ ...session, place: ' ' }).map((p) => p.field)).toEqual(['place']);
    expect(checkSession({ ...session, title: '', trainer: '', hours: 0 }).map((p) => p.field)).toEqual([
      'title',
      'trainer',
      'hours',
    ]);
    expect(checkSession({ ...session, heldOn: '1999-12-31' })[0]?.message).toContain('1999-12-31');
    expect(checkSession({ ...session, townshipId: '123' })[0]?.field).toBe('townshipId');
  });

  it('checks attendance rows, naming the row', () => {
    const row = { entityId: 'E0400', townshipId: '511902001', personName: '王芳', jobTitle: '负责人' };
    expect(checkAttendance(row)).toEqual([]);
    expect(checkAttendance({ ...row, personName: '' }, 2)[0]?.message).toBe('第 3 行:姓名不能为空');
    expect(checkAttendance({ ...row, townshipId: 'x' })[0]?.field).toBe('townshipId');
  });

  it('refuses batches that pass more people than sat', () => {
    expect(checkBatch({ assessed: 5, passed: 5 })).toEqual([]);
    expect(checkBatch({ assessed: 5, passed: 6 })[0]).toEqual({
      field: 'passed',
      message: '合格人数(6)不能多于参考人数(5)',
    });
    expect(checkBatch({ assessed: 0, passed: 0 })[0]?.field).toBe('assessed');
    expect(checkBatch({ assessed: 3, passed: -1 })[0]?.field).toBe('passed');
  });

  it('lets only the people who failed re-sit, once per failure', () => {
    const first = { assessed: 6, passed: 3, assessedOn: '2024-03-14', isResit: false };
    expect(outstanding(first, [])).toBe(3);
    expect(outstanding(first, [{ assessed: 3, passed: 2 }])).toBe(1);
    const resit = { assessed: 3, passed: 3, assessedOn: '2024-04-01' };
    expect(checkResit(resit, first, [])).toEqual([]);
    expect(checkResit({ ...resit, assessed: 4 }, first, [])[0]?.message).toBe('补考人数(4)不能多于尚未通过的人数(3)');
    expect(checkResit({ ...resit, assessed: 1 }, first, [{ assessed: 3, passed: 3 }])[0]?.message).toContain(
      '无未通过人员',
    );
    expect(checkResit(resit, { ...first, isResit: true }, [])[0]?.field).toBe('resitOfId');
    expect(checkResit(resit, undefined, [])[0]?.field).toBe('resitOfId');
    expect(checkResit({ ...resit, assessedOn: '2024-03-01' }, first, [])[0]?.field).toBe('assessedOn');
  });

  it('moves workshops up the ladder from where they stand', () => {
    const up = { fromLevel: WorkshopLevel.BASIC, toLevel: WorkshopLevel.STANDARD, acceptedOn: '2024-05-01' };
    expect(checkUpgrade(up, undefined)).toEqual([]);
    expect(checkUpgrade({ ...up, toLevel: WorkshopLevel.BASIC }, undefined)[0]?.field).toBe('toLevel');
    expect(checkUpgrade(up, WorkshopLevel.STANDARD)[0]?.message).toBe(
      '该小作坊当前等级为「规范级」,原等级不能填「基础级」',
    );
    expect(
      checkUpgrade(
        { fromLevel: WorkshopLevel.STANDARD, toLevel: WorkshopLevel.MODEL, acceptedOn: '2024-06-01' },
        WorkshopLevel.STANDARD,
      ),
    ).toEqual([]);
  });
});
