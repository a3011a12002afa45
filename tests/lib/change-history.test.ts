import { describe, expect, it } from 'vitest';
import { changeHistory } from '../../src/lib/change-history.ts';

const published = new Date('2026-11-10T00:00:00Z');
const note = (iso: string, text: string) => ({ date: new Date(iso), note: text });

describe('changeHistory', () => {
  it('has no update when nothing changed after publication', () => {
    expect(changeHistory({ publishedAt: published, changes: [] }).updatedAt).toBeUndefined();
    expect(changeHistory({ publishedAt: published, updatedAt: published, changes: [] }).updatedAt).toBeUndefined();
  });

  it('takes the later of the stated update and the newest note', () => {
    const history = changeHistory({
      publishedAt: published,
      updatedAt: new Date('2026-11-12T00:00:00Z'),
      changes: [note('2026-11-14T03:00:00Z', 'Bổ sung tệp'), note('2026-11-11T00:00:00Z', 'Sửa ngày')],
    });
    expect(history.updatedAt).toEqual(new Date('2026-11-14T03:00:00Z'));
    expect(history.notes.map((n) => n.note)).toEqual(['Bổ sung tệp', 'Sửa ngày']);
  });

  it('shows an update without a known publication date (a seeded document)', () => {
    expect(changeHistory({ changes: [note('2026-11-14T00:00:00Z', 'Bổ sung')] }).updatedAt).toEqual(new Date('2026-11-14T00:00:00Z'));
  });
});
