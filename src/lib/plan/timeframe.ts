/**
 * Timeframes (thời gian thực hiện) as plans print them, and the calendar span
 * each denotes within the plan's year.
 */
import { civilDate, lastDayOfMonth, type CivilDate } from '../dates.ts';

export const TIMEFRAMES = ['Cả năm', 'Quý 1', 'Quý 2', 'Quý 3', 'Quý 4', 'Quý 1-2', 'Quý 2-3', 'Quý 3-4'] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];

const QUARTER_SPANS: Record<Timeframe, [firstQuarter: number, lastQuarter: number]> = {
  'Cả năm': [1, 4],
  'Quý 1': [1, 1],
  'Quý 2': [2, 2],
  'Quý 3': [3, 3],
  'Quý 4': [4, 4],
  'Quý 1-2': [1, 2],
  'Quý 2-3': [2, 3],
  'Quý 3-4': [3, 4],
};

/** First and last day a timeframe covers in a given year ("Quý 4", 2022 → 01/10–31/12/2022). */
export function timeframeSpan(timeframe: Timeframe, year: number): { start: CivilDate; end: CivilDate } {
  const [first, last] = QUARTER_SPANS[timeframe];
  return { start: civilDate(year, first * 3 - 2, 1), end: lastDayOfMonth(year, last * 3) };
}
