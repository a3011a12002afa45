/** src/lib/format/date.ts: dd/mm/yyyy on the Vietnamese calendar. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateWithWeekday, formatMonth, formatPartialDate, weekdayName } from '../../../src/lib/format/date.ts';

describe('dates', () => {
  it('writes dd/mm/yyyy on the Vietnamese calendar', () => {
    expect(formatDate('2025-01-20')).toBe('20/01/2025');
    // 23:30 UTC on 19 January is already 20 January in Vietnam.
    expect(formatDate(new Date('2025-01-19T23:30:00Z'))).toBe('20/01/2025');
  });
  it('names the weekday', () => {
    expect(weekdayName('2025-01-20')).toBe('Thứ Hai');
    expect(weekdayName('2025-01-19')).toBe('Chủ Nhật');
    expect(formatDateWithWeekday('2025-05-20')).toBe('Thứ Ba, 20/05/2025');
  });
  it('writes months and dates known only to the month', () => {
    expect(formatMonth('2022-02')).toBe('02/2022');
    expect(formatPartialDate('2022-02')).toBe('tháng 02/2022');
    expect(formatPartialDate('2022-02-15')).toBe('15/02/2022');
  });
});
