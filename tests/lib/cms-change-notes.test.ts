import { describe, expect, it } from 'vitest';
import { asksForNote, withChangeNote } from '../../admin/app/change-notes.ts';

describe('the change-notes widget', () => {
  it('asks only when a published entry is edited', () => {
    expect(asksForNote({ newRecord: true, draft: true })).toBe(false);
    expect(asksForNote({ newRecord: false, draft: true })).toBe(false);
    expect(asksForNote({ newRecord: false, draft: false })).toBe(true);
    // Plans and settings have no draft switch: they are always published.
    expect(asksForNote({ newRecord: false, draft: undefined })).toBe(true);
  });


  it('adds the note to the notes as they were, and records nothing for a minor change or a blank note', () => {
    const before = [{ date: '2026-11-01', note: 'Cũ' }];
    const now = new Date('2026-11-29T03:00:00Z');
    expect(withChangeNote(before, '  Sửa số liệu  ', false, now)).toEqual([...before, { date: '2026-11-29T10:00+07:00', note: 'Sửa số liệu' }]);
    expect(withChangeNote(before, 'Sửa số liệu', true, now)).toEqual(before);
    expect(withChangeNote(before, '   ', false, now)).toEqual(before);
  });
});
