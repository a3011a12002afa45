/** Publishing rules, pagination, navigation and listings. */
import { describe, expect, it } from 'vitest';
import { buildMoment, isPublic, publicEntries } from '../../src/lib/publishing.ts';
import { pageParam, pageUrl, paginate, paginatedPaths } from '../../src/lib/pagination.ts';
import { currentNavItem } from '../../src/lib/navigation.ts';
import { orPending } from '../../src/lib/format/pending.ts';
import { mergedListing, tagCounts } from '../../src/lib/listing.ts';
import { contentDir } from '../../src/lib/content-folders.ts';

const at = (iso: string) => new Date(iso);
const item = (id: string, publishedAt: string, draft = false) => ({ id, data: { draft, publishedAt: at(publishedAt) } });

describe('publishing', () => {
  const now = at('2025-05-20T12:00:00+07:00');
  it('hides drafts and items dated after now', () => {
    expect(isPublic({ draft: false, publishedAt: at('2025-05-20T08:00:00+07:00') }, now)).toBe(true);
    expect(isPublic({ draft: true, publishedAt: at('2025-01-01') }, now)).toBe(false);
    expect(isPublic({ draft: false, publishedAt: at('2025-05-20T13:00:00+07:00') }, now)).toBe(false);
  });
  it('lists public entries newest first, ties by id', () => {
    const entries = [item('b', '2025-01-02'), item('a', '2025-01-02'), item('c', '2025-03-01'), item('d', '2025-04-01', true), item('e', '2026-01-01')];
    expect(publicEntries(entries, now).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
  it('takes the build moment from BUILD_DATE, else the clock', () => {
    expect(buildMoment({ BUILD_DATE: '2025-05-20' }).toISOString()).toBe('2025-05-20T05:00:00.000Z');
    expect(buildMoment({ BUILD_DATE: '2025-05-20T08:00:00+07:00' }).toISOString()).toBe('2025-05-20T01:00:00.000Z');
    expect(buildMoment({}, () => at('2024-01-01T00:00:00Z')).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(() => buildMoment({ BUILD_DATE: 'tomorrow' })).toThrow(/BUILD_DATE "tomorrow" is not a date/);
  });
});

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

describe('navigation', () => {
  it('marks the section a path belongs to', () => {
    expect(currentNavItem('/')?.label).toBe('Trang chủ');
    expect(currentNavItem('/tin-tuc/abc/')?.label).toBe('Tin tức');
    expect(currentNavItem('/ke-hoach/2022')?.label).toBe('Kế hoạch');
    expect(currentNavItem('/khong-co/')).toBeUndefined();
  });
  it('shows "đang cập nhật" for unknown contact values', () => {
    expect(orPending('')).toBe('đang cập nhật');
    expect(orPending('  ')).toBe('đang cập nhật');
    expect(orPending('0204 123')).toBe('0204 123');
  });
});

describe('listings', () => {
  const pub = (id: string, date: string, tags: string[], category?: 'doanh-nghiep') => ({
    id,
    data: { title: id, summary: 's', publishedAt: at(date), tags, ...(category ? { category } : {}) },
  });
  it('merges news and articles newest first with their kind', () => {
    const merged = mergedListing([pub('tin-a', '2025-01-01', ['x'])], [pub('bai-b', '2025-02-01', ['x', 'y'], 'doanh-nghiep')]);
    expect(merged.map((m) => [m.href, m.kicker])).toEqual([
      ['/bai-viet/bai-b/', 'Doanh nghiệp'],
      ['/tin-tuc/tin-a/', 'Tin tức'],
    ]);
    expect([...tagCounts(merged)]).toEqual([
      ['x', 2],
      ['y', 1],
    ]);
  });
});

describe('content folder', () => {
  it('is content/ unless CONTENT_DIR says otherwise', () => {
    expect(contentDir({})).toBe('content');
    expect(contentDir({ CONTENT_DIR: '/tmp/corpus/' })).toBe('/tmp/corpus');
  });
});
