import { describe, expect, it } from 'vitest';
import { shareOutIndexes } from '../../../src/lib/search/index-lanes.ts';

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

  it('refuses a number of services that is not a whole number of at least one', () => {
    expect(() => shareOutIndexes([1], 0)).toThrow('0 is not a number of Pagefind services');
    expect(() => shareOutIndexes([1], 1.5)).toThrow('1.5 is not a number of Pagefind services');
  });
});
