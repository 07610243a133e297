import { describe, expect, it } from 'vitest';
import {
  checkHazardTransition,
  checkIncidentStep,
  HazardStatus,
  hazardOverdue,
  INCIDENT_STEPS,
  IncidentStep,
  nextIncidentStep,
} from '../src/rules';

const { OPEN, RECTIFIED, VERIFIED } = HazardStatus;

describe('the hazard lifecycle', () => {
  it('goes OPEN → RECTIFIED → VERIFIED only', () => {
    expect(checkHazardTransition(OPEN, RECTIFIED)).toBeNull();
    expect(checkHazardTransition(RECTIFIED, VERIFIED)).toBeNull();
    for (const [from, to] of [
      [OPEN, VERIFIED],
      [OPEN, OPEN],
      [RECTIFIED, OPEN],
      [RECTIFIED, RECTIFIED],
      [VERIFIED, OPEN],
      [VERIFIED, RECTIFIED],
    ] as const)
      expect(checkHazardTransition(from, to), `${from} → ${to}`).not.toBeNull();
  });

  it('names the current and the requested state in Chinese', () => {
    expect(checkHazardTransition(OPEN, VERIFIED)).toEqual({
      field: 'status',
      message: '隐患当前为「待整改」,不能变更为「已复核」(只能变更为「已整改」)',
    });
    expect(checkHazardTransition(VERIFIED, RECTIFIED)?.message).toBe(
      '隐患当前为「已复核」,不能变更为「已整改」(已复核的隐患不能再变更)',
    );
  });

  it('is overdue while open past its rectification deadline, not on the day itself', () => {
    expect(hazardOverdue({ status: OPEN, rectifyBy: '2025-05-10' }, '2025-05-10')).toBe(false);
    expect(hazardOverdue({ status: OPEN, rectifyBy: '2025-05-10' }, '2025-05-11')).toBe(true);
    expect(hazardOverdue({ status: RECTIFIED, rectifyBy: '2025-05-10' }, '2025-06-01')).toBe(false);
    expect(hazardOverdue({ status: VERIFIED, rectifyBy: '2025-05-10' }, '2025-06-01')).toBe(false);
  });
});

describe('the incident response steps', () => {
  const at = (text: string) => new Date(`2025-07-12T${text}:00+08:00`);
  const now = at('23:00');

  it('run 接报 → 核实 → 启动响应 → 控制 → 调查 → 终止', () => {
    expect(INCIDENT_STEPS).toEqual([
      IncidentStep.RECEIVED,
      IncidentStep.VERIFIED,
      IncidentStep.RESPONSE_STARTED,
      IncidentStep.CONTROLLED,
      IncidentStep.INVESTIGATED,
      IncidentStep.CLOSED,
    ]);
    expect(nextIncidentStep(IncidentStep.CONTROLLED)).toBe(IncidentStep.INVESTIGATED);
    expect(nextIncidentStep(IncidentStep.CLOSED)).toBeNull();
    let current = { step: IncidentStep.RECEIVED, at: at('08:00') };
    for (const [i, step] of INCIDENT_STEPS.slice(1).entries()) {
      const requested = { step, at: at(`${String(9 + i).padStart(2, '0')}:00`) };
      expect(checkIncidentStep(current, requested, now)).toEqual([]);
      current = requested;
    }
  });

  it('refuse a step out of order, naming both steps', () => {
    const received = { step: IncidentStep.RECEIVED, at: at('08:00') };
    expect(checkIncidentStep(received, { step: IncidentStep.INVESTIGATED, at: at('09:00') }, now)).toEqual([
      { field: 'step', message: '事件当前处于「接报」,下一步应为「核实」,不能进入「调查」' },
    ]);
    expect(
      checkIncidentStep(
        { step: IncidentStep.CONTROLLED, at: at('10:00') },
        { step: IncidentStep.VERIFIED, at: at('11:00') },
        now,
      )[0]?.message,
    ).toBe('事件当前处于「控制」,下一步应为「调查」,不能进入「核实」');
    expect(
      checkIncidentStep(
        { step: IncidentStep.CLOSED, at: at('10:00') },
        { step: IncidentStep.CLOSED, at: at('11:00') },
        now,
      )[0]?.message,
    ).toBe('事件已「终止」,不能再进入「终止」');
  });

  it('refuse a time before the current step or in the future', () => {
    const verified = { step: IncidentStep.VERIFIED, at: at('10:00') };
    expect(checkIncidentStep(verified, { step: IncidentStep.RESPONSE_STARTED, at: at('09:59') }, now)).toEqual([
      { field: 'at', message: '「启动响应」的时间不能早于「核实」的时间' },
    ]);
    expect(checkIncidentStep(verified, { step: IncidentStep.RESPONSE_STARTED, at: at('23:01') }, now)[0]?.message).toBe(
      '「启动响应」的时间不能晚于现在',
    );
  });
});
