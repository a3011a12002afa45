/** The programme across yearly plans and each task's deadline as a calendar item, on the fixture's two plans. */
import { describe, expect, it } from 'vitest';
import { planProgress } from '../../../src/lib/plan/progress.ts';
import { programmes } from '../../../src/lib/plan/programme.ts';
import { taskDeadlineItems } from '../../../src/lib/plan/deadlines.ts';
import type { CivilDate } from '../../../src/lib/dates.ts';
import { loadFixture } from '../../support/progress-fixture.ts';

const today = '2023-06-30' as CivilDate;
const fixture = loadFixture(today);

describe('programmes', () => {
  it('groups the yearly plans under the plan they carry out, compared year by year', () => {
    const groups = programmes(fixture.plans.map((plan) => ({ plan, progress: planProgress(plan, fixture.sources, today) })));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.basis).toMatch(/^Kế hoạch số 409\/KH-UBND ngày 30\/8\/2021/);
    expect(groups[0]?.years.map((y) => [y.year, y.totals.budget, y.totals.disbursed, y.totals.reported, y.totals.done, y.totals.tasks])).toEqual([
      [2022, 1977, 517.25, 5, 4, 12],
      [2023, 100, 55, 1, 1, 2],
    ]);
  });
});

describe('task deadlines', () => {
  it('gives every task of every plan an all-day item on its deadline, linking to its own page', () => {
    const items = taskDeadlineItems(fixture.plans);
    expect(items).toHaveLength(14);
    expect(items.find((i) => i.uid.includes('2022-II.3.b'))).toMatchObject({ day: '2022-06-30', path: '/ke-hoach/2022/nhiem-vu/ii-3-b/' });
    expect(items.find((i) => i.uid.includes('2023-I.1'))).toMatchObject({ day: '2023-06-30', path: '/ke-hoach/2023/nhiem-vu/i-1/', title: 'Hạn nhiệm vụ I.1 (Kế hoạch năm 2023)' });
    expect(new Set(items.map((i) => i.uid)).size).toBe(items.length);
  });
});
