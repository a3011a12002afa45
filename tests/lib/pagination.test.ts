/** src/lib/pagination.ts: pages of a list and their URLs. */
import { describe, expect, it } from 'vitest';
import { pageParam, pageUrl, paginate, paginatedPaths } from '../../src/lib/pagination.ts';

describe('pagination', () => {
  it('splits into pages and keeps one empty page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.number, p.items, p.total])).toEqual([
      [1, [1, 2], 3],
      [2, [3, 4], 3],
      [3, [5], 3],
    ]);
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1 }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
  it('puts page 1 at the list URL and later pages under trang/N/', () => {
    expect(pageUrl('/tin-tuc/', 1)).toBe('/tin-tuc/');
    expect(pageUrl('/tin-tuc/', 3)).toBe('/tin-tuc/trang/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('trang/2');
    expect(paginatedPaths(['a', 'b', 'c'], 2).map((p) => p.params.page)).toEqual([undefined, 'trang/2']);
  });
});
