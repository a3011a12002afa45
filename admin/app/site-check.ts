/**
 * The CMS side of validateSite: before a save, the entry as it will be written
 * is checked together with the rest of the content (the content index, see
 * admin/app/validate.ts), by the same function and in the same words as the
 * build. A save is refused when it brings any problem: one in its own file, or
 * a new one in another file (a plan line removed that a news item names).
 * Pure: the browser glue lives in validate.ts.
 */
import { validateSite, type SiteEntries, type SiteEntry } from '../../src/lib/validation/site.ts';
import { sentence } from '../../src/lib/validation/messages.ts';
import { formatProblem, type Problem } from '../../src/lib/validation/problem.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';

/** The entry being saved: its collection, and its id, file and data as they will be written. */
export interface SavedEntry extends SiteEntry {
  collection: CollectionName;
}

/** The index with the saved entry in place of its old version (same file), or added. */
export function withEntry(index: SiteEntries, saved: SavedEntry): SiteEntries {
  const others = (index[saved.collection] ?? []).filter((entry) => entry.file !== saved.file);
  return { ...index, [saved.collection]: [...others, { id: saved.id, file: saved.file, data: saved.data }] };
}

const baselines = new WeakMap<SiteEntries, Set<string>>();

/** The problems saving this entry would leave: all of its own file's, and those it newly causes elsewhere. */
export function saveProblems(index: SiteEntries, saved: SavedEntry): Problem[] {
  let before = baselines.get(index);
  if (!before) {
    before = new Set(validateSite(index).map(formatProblem));
    baselines.set(index, before);
  }
  const known = before;
  return validateSite(withEntry(index, saved)).filter((problem) => problem.file === saved.file || !known.has(formatProblem(problem)));
}

/** A top-level field of the form as the check needs it (a Decap field config). */
export interface FormField {
  name: string;
  label?: string;
  widget?: string;
}

/**
 * How a problem of a field the form does not show (uid, sequence, updatedAt:
 * filled in automatically) is introduced: by its Vietnamese label, never its
 * code name, saying the editor cannot change it here.
 */
function outsideTheForm(fields: readonly FormField[], name: string): string {
  const label = fields.find((field) => field.name === name)?.label ?? 'Dữ liệu ngoài biểu mẫu';
  return `${label} (tự động điền, không sửa được trong biểu mẫu; nếu lỗi còn lặp lại, hãy báo người quản trị trang)`;
}

/**
 * Messages by the top-level field that shows them. A problem inside a list
 * ("tasks[10].budget") shows at the list, saying which item; a problem of a
 * field the form hides, of the whole file or of another file shows at the
 * first field the editor sees, introduced by the hidden field's label or
 * naming the other file.
 */
export function messagesByField(problems: readonly Problem[], file: string, fields: readonly FormField[]): Map<string, string[]> {
  const shown = fields.filter((field) => field.widget !== 'hidden').map((field) => field.name);
  const first = shown[0] ?? '';
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const top = /^[^.[]+/.exec(problem.field)?.[0] ?? '';
    const own = problem.file === file;
    const field = own && shown.includes(top) ? top : first;
    const item = /^[^.[]+\[(\d+)\]/.exec(problem.field)?.[1];
    let message = sentence(problem.message);
    if (!own) message = `Tệp ${problem.file} (${problem.field}): ${problem.message}`;
    else if (top && field !== top) message = `${outsideTheForm(fields, top)}: ${message}`;
    else if (item !== undefined) message = `Dòng thứ ${Number(item) + 1}: ${message}`;
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  return byField;
}
