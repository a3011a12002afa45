/**
 * Dates as Vietnamese readers write them: "20/01/2025", "Thứ Hai, 20/01/2025",
 * "tháng 02/2022". Everything is read on the Asia/Ho_Chi_Minh wall calendar.
 */
import { parseCivilDate, toCivilDate, type CivilDate } from '../dates.ts';

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

function asCivil(date: Date | CivilDate): CivilDate {
  return date instanceof Date ? toCivilDate(date) : date;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "20/01/2025". */
export function formatDate(date: Date | CivilDate): string {
  const { year, month, day } = parseCivilDate(asCivil(date));
  return `${two(day)}/${two(month)}/${year}`;
}

/** "Thứ Hai" for a Monday. */
export function weekdayName(date: Date | CivilDate): string {
  const { year, month, day } = parseCivilDate(asCivil(date));
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** "Thứ Hai, 20/01/2025". */
export function formatDateWithWeekday(date: Date | CivilDate): string {
  return `${weekdayName(date)}, ${formatDate(date)}`;
}

/** "02/2022" for a month given as "2022-02". */
export function formatMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${month}/${year}`;
}

/**
 * A document date that may be known only to the month, as in a plan signed
 * "ngày … tháng 02 năm 2022": "2022-02" → "tháng 02/2022", "2022-02-15" → "15/02/2022".
 */
export function formatPartialDate(value: string): string {
  return /^\d{4}-\d{2}$/.test(value) ? `tháng ${formatMonth(value)}` : formatDate(value as CivilDate);
}

/** Machine-readable value for <time datetime>: "2025-01-20". */
export function isoDate(date: Date | CivilDate): string {
  return asCivil(date);
}
