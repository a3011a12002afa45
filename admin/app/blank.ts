/** What an editor left empty, for the CMS's save clean-up (clean.ts) and its optional-object widget (widgets.ts). */

/**
 * "", null, undefined, or an object whose every member is blank. Decap's
 * widget state (Immutable.js) is read as plain values first.
 * Lists are where the two uses differ, so the caller says: when saving, a
 * list is a value even when empty (`lists: 'filled'`, so "tags: []" stays as
 * the schema's default wrote it); for the optional-object widget, a list of
 * blanks is blank (`lists: 'blank-when-empty'`), because Decap gives an
 * untouched object empty lists and its members must not be validated then.
 */
export function isBlank(value: unknown, options: { lists: 'filled' | 'blank-when-empty' }): boolean {
  const plain = value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
  if (plain === '' || plain === null || plain === undefined) return true;
  if (Array.isArray(plain) && options.lists === 'filled') return false;
  if (typeof plain === 'object') return Object.values(plain as object).every((member) => isBlank(member, options));
  return false;
}
