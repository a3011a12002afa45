/** Task, section and plan totals, completion, status and late detection at a fixed build date. */
import { describe, expect, it } from 'vitest';
import { planProgress, taskDeadline } from '../../../src/lib/plan/progress.ts';
import type { CivilDate } from '../../../src/lib/dates.ts';
import { loadFixture } from '../../support/progress-fixture.ts';

const fixture = loadFixture();
const progress = planProgress(fixture.plan, fixture.sources, '2022-11-30');
const task = (code: string) => {
  const found = progress.tasks.get(code);
  if (!found) throw new Error(code);
  return found;
};

describe('totals', () => {
  it('adds money planned and disbursed per section and for the plan, exactly', () => {
    expect(progress.totals.budget).toBe(1977);
    expect(progress.totals.disbursed).toBe(517.25);
    expect(progress.sections.map((s) => [s.code, s.totals.budget, s.totals.disbursed])).toEqual([
      ['I', 49, 6.75],
      ['II', 1928, 510.5],
    ]);
  });

  it('counts tasks (lines without sub-lines), reported, unreported, finished and late ones', () => {
    expect(progress.totals.tasks).toBe(12);
    expect(progress.totals.reported).toBe(5);
    expect(progress.totals.noReport).toBe(6);
    expect(progress.totals.done).toBe(4);
    expect(progress.totals.late).toBe(1);
    expect(progress.updateCount).toBe(7);
  });

  it('computes completion as defined: products capped at 100%, tasks averaged, weighted by budget', () => {
    expect(task('I.1').completion).toBeCloseTo((1 + 5 / 6) / 2, 10);
    expect(task('II.2.a').completion).toBe(1); // 6 of 4 is capped at 100%
    expect(task('II.3.c').completion).toBeCloseTo(3 / 28, 10);
    const weighted = (10 * ((1 + 5 / 6) / 2) + 39 + 466 + 20 + 20 + 220 * (3 / 28)) / 1977;
    expect(progress.totals.completion).toBeCloseTo(weighted, 10);
    expect(progress.sections[0]?.totals.completion).toBeCloseTo((10 * ((1 + 5 / 6) / 2) + 39) / 49, 10);
  });

  it('tracks the money disbursed over time, cumulatively', () => {
    expect(progress.disbursements).toEqual([
      { date: '2022-04-01', total: 5 },
      { date: '2022-05-10', total: 15 },
      { date: '2022-06-20', total: 25 },
      { date: '2022-07-01', total: 491 },
      { date: '2022-08-15', total: 510.5 },
      { date: '2022-09-01', total: 514.75 },
      { date: '2022-10-01', total: 517.25 },
    ]);
  });

  it('lists events linked to lines with sub-lines separately', () => {
    expect(progress.lineEvents.get('II.2')?.map((e) => [e.id, e.past])).toEqual([['tap-huan-thang-12', false]]);
  });
});

describe('deadlines', () => {
  it('inherits the timeframe of the parent line, and uses the plan end when there is none', () => {
    expect(task('II.3.b').deadline).toBe('2022-06-30'); // Quý 1-2
    expect(task('II.1.1.1').timeframe).toBe('Cả năm');
    expect(task('II.2.b').timeframe).toBeUndefined();
    expect(taskDeadline(task('II.2.b').task, fixture.plan.data)).toBe('2022-12-31');
  });
});
