/**
 * Revisions of a published event, so that calendars which already imported it
 * pick up a change without anyone keeping count by hand.
 *
 * RFC 5545 §3.8.7.4: SEQUENCE rises each time the organiser makes a
 * "significant revision" (start, end, recurrence, place, status); §3.8.7.3:
 * LAST-MODIFIED is when the event's information last changed. The CMS calls
 * `reviseEvent` before every save (admin/app/hooks.ts); editors never edit
 * `sequence` or `updatedAt` themselves. Drafts and new events are not
 * revisions: nobody can have imported them yet.
 */
import { vietnamTimestamp } from '../dates.ts';

/** The fields whose change makes a significant revision (RFC 5545 §3.8.7.4). */
export const SCHEDULE_FIELDS = ['start', 'end', 'allDay', 'recurrence', 'location', 'status'] as const;

/** An event's front matter as the CMS holds it (plain values) plus its body. */
export type EventRecord = Record<string, unknown> & { sequence?: unknown; updatedAt?: unknown; draft?: unknown };

const BOOKKEEPING = new Set(['sequence', 'updatedAt']);

/** Equal as data: key order and absent-versus-undefined do not matter. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null, sortKeys) === JSON.stringify(b ?? null, sortKeys);
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  }
  return value;
}

/**
 * The event to save, with `sequence` and `updatedAt` kept up to date.
 *
 * - `before`: the event as published (parsed from the file before the edit), or
 *   `undefined` for a new event.
 * - `after`: the event the editor is saving.
 * - `now`: the moment of the save.
 * - `defaults`: field → value a field has when absent (the CMS fields'
 *   defaults, from the schema), so that a default Decap fills in is no change.
 *
 * When `before` was published (not a draft) and anything but the bookkeeping
 * fields changed, `updatedAt` becomes `now` (Vietnam time, with offset); when a
 * schedule field changed too, `sequence` becomes `before.sequence + 1`.
 * Otherwise `after` comes back with `before`'s bookkeeping values, so a hand
 * edit of them in the form cannot lower SEQUENCE. Never throws.
 */
export function reviseEvent(before: EventRecord | undefined, after: EventRecord, now: Date, defaults: Readonly<Record<string, unknown>> = {}): EventRecord {
  if (!before || before.draft === true) return after;
  const read = (record: EventRecord, key: string) => record[key] ?? defaults[key];
  const previousSequence = typeof before.sequence === 'number' && Number.isInteger(before.sequence) ? before.sequence : 0;
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !BOOKKEEPING.has(key) && !same(read(before, key), read(after, key)));
  const kept: EventRecord = { ...after, sequence: previousSequence };
  if (before.updatedAt === undefined) delete kept.updatedAt;
  else kept.updatedAt = before.updatedAt;
  if (changed.length === 0) return kept;
  const significant = changed.some((key) => (SCHEDULE_FIELDS as readonly string[]).includes(key));
  return { ...kept, updatedAt: vietnamTimestamp(now), sequence: significant ? previousSequence + 1 : previousSequence };
}
