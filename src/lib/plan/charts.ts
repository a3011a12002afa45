/**
 * Geometry of the plan page's charts, drawn as inline SVG (no JavaScript):
 * bars of planned vs disbursed money per section, and the cumulative money
 * disbursed over the plan's period as a step line. Pure numbers; the
 * components draw them and give the same figures as text.
 */
import { daysBetween, type CivilDate } from '../dates.ts';

const round = (value: number): number => Math.round(value * 10) / 10;

export interface BarRow {
  label: string;
  planned: number;
  actual: number;
}

export interface BarGeometry extends BarRow {
  /** Top of the row's pair of bars. */
  y: number;
  plannedWidth: number;
  actualWidth: number;
}

/** Paired horizontal bars on one scale (the largest value spans the width). */
export function pairedBars(rows: readonly BarRow[], width: number, barHeight: number, gap: number): { rows: BarGeometry[]; height: number } {
  const max = Math.max(0, ...rows.flatMap((row) => [row.planned, row.actual]));
  const scale = (value: number) => (max === 0 ? 0 : round((value / max) * width));
  const step = barHeight * 2 + gap;
  return {
    rows: rows.map((row, i) => ({ ...row, y: i * step, plannedWidth: scale(row.planned), actualWidth: scale(row.actual) })),
    height: Math.max(rows.length * step - gap, 0),
  };
}

/**
 * The cumulative total as a step line over a period: flat until each day with
 * a change, then up; drawn until `today` (or the period's end). The y scale
 * tops out at `ceiling` (the budget) or the largest total if that is higher.
 */
export function stepLine(
  points: readonly { date: CivilDate; total: number }[],
  period: { start: CivilDate; end: CivilDate },
  today: CivilDate,
  ceiling: number,
  size: { width: number; height: number },
): { path: string; top: number } {
  const top = Math.max(ceiling, ...points.map((p) => p.total));
  const days = Math.max(daysBetween(period.start, period.end), 1);
  const x = (date: CivilDate) => round((Math.min(Math.max(daysBetween(period.start, date), 0), days) / days) * size.width);
  const y = (total: number) => round(size.height - (top === 0 ? 0 : (total / top) * size.height));
  const until = today < period.end ? today : period.end;
  let path = `M0 ${y(0)}`;
  for (const point of points) {
    if (point.date > until) break;
    path += ` H${x(point.date)} V${y(point.total)}`;
  }
  if (until >= period.start) path += ` H${x(until)}`;
  return { path, top };
}

/** First day of each month in a period, with its x position, for axis labels. */
export function monthTicks(period: { start: CivilDate; end: CivilDate }, width: number): { date: CivilDate; x: number; label: string }[] {
  const days = Math.max(daysBetween(period.start, period.end), 1);
  const ticks: { date: CivilDate; x: number; label: string }[] = [];
  let [year, month] = period.start.split('-').map(Number) as [number, number];
  for (;;) {
    const date = `${year}-${String(month).padStart(2, '0')}-01` as CivilDate;
    if (date > period.end) break;
    ticks.push({ date, x: round((Math.max(daysBetween(period.start, date), 0) / days) * width), label: `T${month}` });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return ticks;
}
