/** src/lib/plan/market-targets.ts: products counted from verified markets, on the plan-progress fixture. */
import { describe, expect, it } from 'vitest';
import { marketTargets } from '../../../src/lib/plan/market-targets.ts';
import { FIXTURE_TODAY, loadFixture } from '../../support/progress-fixture.ts';

describe('marketTargets', () => {
  it('counts each market with a verification session once, against the plan’s target', () => {
    const fixture = loadFixture();
    // Sessions at markets a (twice), b and d; market c has none.
    expect(marketTargets([fixture.plan], fixture.sources, FIXTURE_TODAY)).toEqual([{ plan: '2022', planTitle: fixture.plan.data.shortTitle, code: 'II.3.c', unit: 'chợ', target: 28, achieved: 3 }]);
  });

  it('lists nothing for a plan with no product counted from markets', () => {
    const fixture = loadFixture();
    const tasks = fixture.plan.data.tasks.map((task) => ({ ...task, products: task.products.filter((product) => product.countedFrom !== 'markets') }));
    expect(marketTargets([{ ...fixture.plan, data: { ...fixture.plan.data, tasks } }], fixture.sources, FIXTURE_TODAY)).toEqual([]);
  });
});
