import { describe, expect, it } from 'vitest';
import { indexCost, shareOutIndexes } from '../../../src/lib/search/index-lanes.ts';

describe('shareOutIndexes', () => {
  it('gives every index to one service when there is one, in the order given', () => {
    expect(shareOutIndexes([1, 50, 40, 30], 1)).toEqual([[0, 1, 2, 3]]);
  });

  it('puts each index, largest first, on the service handed the fewest bytes so far, keeping the order given within a service', () => {
    // Summary (10), then years of 50, 40, 30 and 20: 50 | 40; 30 joins the 40 (70), 20 the 50 (70); 10 the first of two equal (80 | 70).
    expect(shareOutIndexes([10, 50, 40, 30, 20], 2)).toEqual([
      [0, 1, 4],
      [2, 3],
    ]);
  });

  it('starts no more services than there are indexes, and one with none at all', () => {
    expect(shareOutIndexes([5, 7], 4)).toEqual([[1], [0]]);
    expect(shareOutIndexes([], 2)).toEqual([[]]);
  });

  it('shares equal indexes out in the order given', () => {
    expect(shareOutIndexes([3, 3, 3, 3], 2)).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('counts the work a service has begun with: the summary, built on the first while the pages are read', () => {
    // The first has begun with 60: years of 50, 40, 30 and 20 go 50 | 40 on the second (90), then 30 and 20 on the first (110).
    expect(shareOutIndexes([50, 40, 30, 20], 2, [60])).toEqual([
      [2, 3],
      [0, 1],
    ]);
    // With nothing to share out, the first still has its own; one year goes beside it, not after it.
    expect(shareOutIndexes([], 2, [60])).toEqual([[]]);
    expect(shareOutIndexes([50], 2, [60])).toEqual([[], [0]]);
    expect(() => shareOutIndexes([1], 1, [5, 5])).toThrow('work begun on 2 of 1 Pagefind services');
  });

  it('costs an index by its characters and, beside them, its pages', () => {
    expect(indexCost(0, 0)).toBe(0);
    // 10,000 short summaries weigh about what 2,500 full pages with twice their characters in all do.
    expect(indexCost(10_000_000, 10_000)).toBeGreaterThan(indexCost(20_000_000, 2_500) * 0.85);
    expect(indexCost(10_000_000, 10_000)).toBeLessThan(indexCost(20_000_000, 2_500));
  });

  it('refuses a number of services that is not a whole number of at least one', () => {
    expect(() => shareOutIndexes([1], 0)).toThrow('0 is not a number of Pagefind services');
    expect(() => shareOutIndexes([1], 1.5)).toThrow('1.5 is not a number of Pagefind services');
  });
});
