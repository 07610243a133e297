import dayjs, { type Dayjs } from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dayAfter, dayNotBefore, type FieldRule, momentNotBefore } from '../src';

/** Runs a rule's validator as the form would, the other field holding `other`. */
const check = (rule: FieldRule, value: Dayjs | undefined, other: Dayjs | undefined) => {
  if (typeof rule !== 'function') throw new Error('a rule of the form');
  const form = { getFieldValue: () => other } as unknown as Parameters<typeof rule>[0];
  const { validator } = rule(form) as { validator: (rule: unknown, value?: Dayjs) => Promise<void> };
  return validator({}, value);
};

// Picked days keep the time they were picked at: the rules compare the days alone.
const morning = dayjs('2026-03-01T08:00:00');
const evening = dayjs('2026-03-01T20:00:00');

describe('day rules', () => {
  it('dayNotBefore refuses a day before the other field’s, and takes the same day or later', async () => {
    const rule = dayNotBefore('sentOn', '办理期限不能早于发文日期');
    await expect(check(rule, morning.subtract(1, 'day'), evening)).rejects.toThrow('办理期限不能早于发文日期');
    await expect(check(rule, morning, evening)).resolves.toBeUndefined();
    await expect(check(rule, morning.add(3, 'day'), evening)).resolves.toBeUndefined();
  });

  it('dayAfter refuses the same day or before, and takes a later one', async () => {
    const rule = dayAfter('issuedOn', '有效期应晚于发证日期');
    await expect(check(rule, evening, morning)).rejects.toThrow('有效期应晚于发证日期');
    await expect(check(rule, morning.subtract(1, 'day'), morning)).rejects.toThrow('有效期应晚于发证日期');
    await expect(check(rule, morning.add(1, 'day'), evening)).resolves.toBeUndefined();
  });

  it('momentNotBefore refuses a moment before the other field’s, to the second as the subgraphs compare', async () => {
    const rule = momentNotBefore('occurredAt', '接报时间不能早于发生时间');
    const occurred = dayjs('2026-03-01T08:30:40');
    await expect(check(rule, occurred.subtract(1, 'minute'), occurred)).rejects.toThrow('接报时间不能早于发生时间');
    // A picked 08:30 is before 08:30:40: the server would refuse it, so the form does.
    await expect(check(rule, dayjs('2026-03-01T08:30:00'), occurred)).rejects.toThrow('接报时间不能早于发生时间');
    await expect(check(rule, occurred, occurred)).resolves.toBeUndefined();
    await expect(check(rule, occurred.add(2, 'hour'), occurred)).resolves.toBeUndefined();
  });

  it('say nothing while either day is empty (required says that)', async () => {
    await expect(check(dayAfter('issuedOn', '…'), undefined, morning)).resolves.toBeUndefined();
    await expect(check(dayNotBefore('sentOn', '…'), morning, undefined)).resolves.toBeUndefined();
    await expect(check(momentNotBefore('occurredAt', '…'), undefined, morning)).resolves.toBeUndefined();
  });
});
