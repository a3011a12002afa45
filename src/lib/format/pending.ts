/** What a page shows for a fact not known yet (a contact the source does not give): never an invented value. */

/** Shown wherever a contact field is not known yet. */
export const PENDING = 'đang cập nhật';

export function orPending(value: string | undefined): string {
  return value && value.trim() ? value : PENDING;
}
