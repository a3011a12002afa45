/** src/lib/listing.ts: news and articles in one list, tag counts. */
import { describe, expect, it } from 'vitest';
import { mergedListing, tagCounts } from '../../src/lib/listing.ts';

const at = (iso: string) => new Date(iso);

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
