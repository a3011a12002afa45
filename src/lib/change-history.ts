/**
 * Public change history: the first-published and last-updated dates and the
 * change notes an item shows on its page and in feeds and the API. The last
 * update is the latest of the stated updatedAt and the newest change note, and
 * counts only when it is later than the publication (a fix made before
 * anyone could read the item is not an update).
 */
import type { ChangeNote } from '../schemas/shared.ts';

export interface ChangeHistoryInput {
  publishedAt?: Date | undefined;
  updatedAt?: Date | undefined;
  changes: readonly ChangeNote[];
}

export interface ChangeHistory {
  publishedAt?: Date | undefined;
  /** Set only when the item changed after it was published. */
  updatedAt?: Date | undefined;
  /** Change notes, newest first. */
  notes: ChangeNote[];
}

export function changeHistory(input: ChangeHistoryInput): ChangeHistory {
  const notes = [...input.changes].sort((a, b) => b.date.getTime() - a.date.getTime());
  const candidates = [input.updatedAt, notes[0]?.date].filter((date): date is Date => date !== undefined);
  const latest = candidates.length > 0 ? new Date(Math.max(...candidates.map((date) => date.getTime()))) : undefined;
  const updatedAt = latest && (!input.publishedAt || latest.getTime() > input.publishedAt.getTime()) ? latest : undefined;
  return { publishedAt: input.publishedAt, updatedAt, notes };
}
