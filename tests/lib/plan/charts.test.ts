/** Geometry of the plan charts. */
import { describe, expect, it } from 'vitest';
import { monthTicks, pairedBars, stepLine } from '../../../src/lib/plan/charts.ts';

const period = { start: '2022-02-01', end: '2022-12-31' } as const;

describe('paired bars', () => {
  it('scales every bar to the largest value', () => {
    const { rows, height } = pairedBars([{ label: 'I', planned: 49, actual: 6.75 }, { label: 'II', planned: 1928, actual: 510.5 }], 400, 10, 5);
    expect(rows.map((r) => [r.y, r.plannedWidth, r.actualWidth])).toEqual([
      [0, 10.2, 1.4],
      [25, 400, 105.9],
    ]);
    expect(height).toBe(45);
  });

  it('draws nothing when every value is zero', () => {
    expect(pairedBars([{ label: 'I', planned: 0, actual: 0 }], 400, 10, 5).rows[0]?.plannedWidth).toBe(0);
  });
});

describe('step line', () => {
  it('stays flat until each change, then steps up, and stops at the report day', () => {
    const { path, top } = stepLine([{ date: '2022-02-01', total: 50 }, { date: '2022-12-31', total: 100 }], period, '2022-12-31', 100, { width: 330, height: 100 });
    expect(top).toBe(100);
    expect(path).toBe('M0 100 H0 V50 H330 V0 H330');
  });

  it('leaves out changes after the report day and is flat with none', () => {
    expect(stepLine([{ date: '2022-12-01', total: 10 }], period, '2022-06-01', 100, { width: 330, height: 100 }).path).toBe('M0 100 H118.9') // day 120 of 333;
    expect(stepLine([], period, '2023-06-01', 100, { width: 330, height: 100 }).path).toBe('M0 100 H330');
  });

  it('raises the scale when the money disbursed goes above the budget', () => {
    expect(stepLine([{ date: '2022-03-01', total: 150 }], period, '2022-12-31', 100, { width: 330, height: 100 }).top).toBe(150);
  });
});

describe('month ticks', () => {
  it('marks the first day of every month of the period', () => {
    const ticks = monthTicks(period, 330);
    expect(ticks.map((t) => t.label)).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
    expect(ticks[0]?.x).toBe(0);
  });
});
