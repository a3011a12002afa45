/** The event fields the calendar relies on: sequence and updatedAt, checked by the schema and validateEvent. */
import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/event.ts';
import { validateEvent } from '../../../src/lib/validation/event.ts';

const base = { uid: 'fixture-event-x', title: 'Hội nghị', summary: 'Tóm tắt.', kind: 'hoi-nghi', start: '2025-11-20T08:00', end: '2025-11-20T11:30', allDay: false };

describe('event revisions', () => {
  it('defaults sequence to 0 and reads updatedAt as an instant in Vietnam', () => {
    const event = eventSchema.parse({ ...base, updatedAt: '2025-04-02' });
    expect(event.sequence).toBe(0);
    expect(event.updatedAt?.toISOString()).toBe('2025-04-01T17:00:00.000Z');
  });

  it('rejects a negative or fractional sequence', () => {
    expect(eventSchema.safeParse({ ...base, sequence: -1 }).error?.issues[0]?.message).toBe('không được là số âm');
    expect(eventSchema.safeParse({ ...base, sequence: 1.5 }).error?.issues[0]?.message).toBe('phải là số nguyên');
  });

  it('asks when the event changed once its sequence is raised', () => {
    const edited = eventSchema.parse({ ...base, sequence: 2 });
    expect(validateEvent(edited, 'content/su-kien/hoi-nghi.md')).toEqual([
      { file: 'content/su-kien/hoi-nghi.md', field: 'updatedAt', message: 'chưa có: sự kiện đã đổi lịch 2 lần, hãy ghi thời điểm thay đổi gần nhất' },
    ]);
    expect(validateEvent(eventSchema.parse({ ...base, sequence: 2, updatedAt: '2025-04-02T09:00:00+07:00' }), 'x.md')).toEqual([]);
  });
});
