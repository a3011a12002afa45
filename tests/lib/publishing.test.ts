/** src/lib/publishing.ts: what is public on a given moment (drafts, future-dated items). */
import { describe, expect, it } from 'vitest';
import { buildMoment, isPublic, publicEntries } from '../../src/lib/publishing.ts';

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
