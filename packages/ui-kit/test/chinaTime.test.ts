import { describe, expect, it } from 'vitest';
import { formatDateTime, thisYearInChina, todayInChina } from '../src/chinaTime';

describe('Beijing time', () => {
  it('shows an instant in UTC+8 whatever the zone it was written in', () => {
    expect(formatDateTime('2024-12-31T16:30:00Z')).toBe('2025-01-01 00:30');
    expect(formatDateTime('2024-06-01T09:05:00+08:00')).toBe('2024-06-01 09:05');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('不是时间')).toBe('不是时间');
  });

  it("takes today's date from Beijing, not from the browser", () => {
    expect(todayInChina(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
    expect(todayInChina(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
  });

  it("takes this year from Beijing: a list's default year turns at Beijing's midnight", () => {
    expect(thisYearInChina(new Date('2024-12-31T16:00:00Z'))).toBe(2025);
    expect(thisYearInChina(new Date('2024-12-31T15:59:59Z'))).toBe(2024);
  });
});
