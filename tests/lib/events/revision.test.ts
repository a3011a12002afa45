import { describe, expect, it } from 'vitest';
import { reviseEvent } from '../../../src/lib/events/revision.ts';
import { readWallClock, vietnamTimestamp } from '../../../src/lib/dates.ts';

const now = new Date('2026-11-29T14:40:05Z');
const published = {
  uid: 'a1b2c3d4-0000-4000-8000-000000000001',
  title: 'Hội nghị về đo lường',
  summary: 'Tóm tắt.',
  kind: 'hoi-nghi',
  start: '2027-05-21T08:00',
  allDay: false,
  location: 'Hội trường Sở KH&CN',
  sequence: 2,
  updatedAt: '2027-04-01',
  draft: false,
  body: 'Nội dung.\n',
};
const defaults = { status: 'confirmed', allDay: true, recurrence: 'none', sequence: 0, draft: false };

describe('vietnamTimestamp', () => {
  it('writes the instant as Vietnam wall-clock time with its offset, to the minute content accepts', () => {
    expect(vietnamTimestamp(now)).toBe('2026-11-29T21:40+07:00');
    expect(vietnamTimestamp(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01T00:30+07:00');
    expect(new Date(vietnamTimestamp(now)).getTime()).toBe(Math.floor(now.getTime() / 60_000) * 60_000);
    expect(readWallClock(vietnamTimestamp(now))).toEqual({ date: '2026-11-29', time: '21:40' });
  });
});

describe('reviseEvent', () => {
  it.each([
    ['start', { start: '2027-05-21T09:00' }],
    ['end', { end: '2027-05-21T11:00' }],
    ['location', { location: 'Nhà văn hoá' }],
    ['allDay', { allDay: true, start: '2027-05-21' }],
    ['recurrence', { recurrence: 'yearly' }],
    ['status', { status: 'cancelled' }],
  ])('raises SEQUENCE and sets LAST-MODIFIED when a published event changes its %s', (_field, change) => {
    expect(reviseEvent(published, { ...published, ...change }, now, defaults)).toMatchObject({ ...change, sequence: 3, updatedAt: '2026-11-29T21:40+07:00' });
  });

  it('sets LAST-MODIFIED but keeps SEQUENCE when only the wording changes', () => {
    expect(reviseEvent(published, { ...published, title: 'Hội nghị đo lường năm 2027' }, now, defaults)).toMatchObject({ sequence: 2, updatedAt: '2026-11-29T21:40+07:00' });
    expect(reviseEvent(published, { ...published, body: 'Nội dung mới.\n' }, now, defaults)).toMatchObject({ sequence: 2, updatedAt: '2026-11-29T21:40+07:00' });
  });

  it('changes nothing when nothing changed, also when a default is filled in', () => {
    expect(reviseEvent(published, { ...published }, now, defaults)).toEqual(published);
    expect(reviseEvent(published, { ...published, status: 'confirmed', recurrence: 'none' }, now, defaults)).toEqual({ ...published, status: 'confirmed', recurrence: 'none' });
  });

  it('starts counting at 0 for an event published without bookkeeping', () => {
    const { sequence: _s, updatedAt: _u, ...bare } = published;
    expect(reviseEvent(bare, { ...bare, location: 'Nơi khác' }, now, defaults)).toMatchObject({ sequence: 1, updatedAt: '2026-11-29T21:40+07:00' });
    const unchanged = reviseEvent(bare, { ...bare }, now, defaults);
    expect(unchanged).toMatchObject({ sequence: 0 });
    expect(unchanged).not.toHaveProperty('updatedAt');
  });

  it('leaves new events and drafts alone: no calendar can hold them yet', () => {
    const draft = { ...published, draft: true, sequence: 0, updatedAt: undefined };
    expect(reviseEvent(undefined, published, now, defaults)).toBe(published);
    const edited = { ...draft, location: 'Nơi khác', draft: false };
    expect(reviseEvent(draft, edited, now, defaults)).toBe(edited);
  });

  it('never lets the form lower or fake the bookkeeping of a published event', () => {
    expect(reviseEvent(published, { ...published, sequence: 0, updatedAt: '2000-01-01' }, now, defaults)).toEqual(published);
    expect(reviseEvent(published, { ...published, sequence: 0, location: 'Nơi khác' }, now, defaults)).toMatchObject({ sequence: 3 });
  });
});
