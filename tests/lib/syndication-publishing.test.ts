/** Scheduling as feeds and the API see it: an item dated D appears from midnight of D in Vietnam. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { isPublic } from '../../src/lib/publishing.ts';
import { publishedAtField } from '../../src/schemas/shared.ts';
import { readContentData } from '../../src/lib/content-data.ts';

const read = (yaml: string) => z.object({ publishedAt: publishedAtField }).parse(readContentData(yaml, 'item.yaml')).publishedAt;

describe('publishedAt', () => {
  it('reads an unquoted YAML date as text, then as midnight in Vietnam', () => {
    expect(readContentData('publishedAt: 2026-12-25', 'item.yaml')).toEqual({ publishedAt: '2026-12-25' });
    expect(read('publishedAt: 2026-12-25').toISOString()).toBe('2026-12-24T17:00:00.000Z');
    expect(read('publishedAt: "2026-12-25"').toISOString()).toBe('2026-12-24T17:00:00.000Z');
  });

  it('keeps a date and time as written, a time without offset being Vietnam time', () => {
    expect(read('publishedAt: 2026-12-25T08:30:00+07:00').toISOString()).toBe('2026-12-25T01:30:00.000Z');
    expect(read('publishedAt: 2026-12-25T01:30:00.000Z').toISOString()).toBe('2026-12-25T01:30:00.000Z');
    expect(read('publishedAt: 2026-12-25T08:30:00').toISOString()).toBe('2026-12-25T01:30:00.000Z');
    expect(read('publishedAt: 2026-12-25 08:30').toISOString()).toBe('2026-12-25T01:30:00.000Z');
  });

  it('publishes a future-dated item from the first minute of its day in Vietnam', () => {
    const item = { draft: false, publishedAt: read('publishedAt: 2026-12-25') };
    expect(isPublic(item, new Date('2026-12-24T23:59:00+07:00'))).toBe(false);
    expect(isPublic(item, new Date('2026-12-25T00:05:00+07:00'))).toBe(true);
    expect(isPublic({ ...item, draft: true }, new Date('2027-01-01T00:00:00+07:00'))).toBe(false);
  });
});
