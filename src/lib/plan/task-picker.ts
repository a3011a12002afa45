/**
 * Finding a plan task by what an editor types in the CMS's task picker: a
 * code ("II.3.c", "ii.3") or a few words of its title, with or without marks
 * ("kiem dinh can", "chợ"). Vietnamese words are runs of one-syllable tokens,
 * so words match whole syllables and in order (a phrase), except the last one
 * while it is still being typed; exact marks rank above folded ones, so "chợ"
 * (market) finds the market task before "cho" (for).
 */
import { slugify } from '../slug.ts';

/** One task as the picker offers it. */
export interface PickableTask {
  /** Plan id (file name), e.g. "2022". */
  plan: string;
  /** The plan's short title, e.g. "Kế hoạch năm 2022". */
  planTitle: string;
  /** Appendix code, e.g. "II.3.c". */
  code: string;
  title: string;
}

/** "II.3.c – Hỗ trợ kiểm định cân… (Kế hoạch năm 2022)": what the picker shows for a task, chosen or offered. */
export function taskLabel(task: PickableTask): string {
  return `${task.code} – ${task.title} (${task.planTitle})`;
}

/** Whole syllables, lower case, NFC, marks kept ("Cân, chợ" → "-cân-chợ-"). */
const exactSyllables = (text: string): string => `-${text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-')}-`;
/** Whole syllables without marks, đ → d, as in URL slugs ("Cân, chợ" → "-can-cho-"). */
const foldedSyllables = (text: string): string => `-${slugify(text)}-`;

const CODE = /^[ivx]+(?:\.[0-9a-z]+)*\.?$/i;

/**
 * How well `task` answers `query` (lower is better), or undefined for no match:
 * 0 code, 1 the phrase with its marks, 2 the phrase without marks, 3 the phrase
 * with its last syllable still being typed, 4 every syllable somewhere.
 */
function tier(task: PickableTask, query: string): number | undefined {
  if (CODE.test(query) && `${task.code.toLowerCase()}.`.startsWith(query.toLowerCase().replace(/\.?$/, '.'))) return 0;
  if (CODE.test(query) && task.code.toLowerCase().startsWith(query.toLowerCase())) return 0;
  const exact = exactSyllables(query);
  if (exact === '--') return undefined;
  if (exactSyllables(task.title).includes(exact)) return 1;
  const folded = foldedSyllables(query);
  const title = foldedSyllables(task.title);
  if (title.includes(folded)) return 2;
  if (title.includes(folded.slice(0, -1))) return 3;
  const words = folded.split('-').filter(Boolean);
  if (words.every((word) => title.includes(`-${word}-`))) return 4;
  return undefined;
}

/**
 * The tasks that answer `query`, best first: by tier, then where in the title
 * the phrase stands (earlier first), then in appendix order. An empty query
 * gives every task in appendix order. Pure; never throws.
 */
export function rankTasks(tasks: readonly PickableTask[], query: string): PickableTask[] {
  const text = query.normalize('NFC').trim();
  if (!text) return [...tasks];
  const position = (task: PickableTask) => {
    const at = foldedSyllables(task.title).indexOf(foldedSyllables(text).slice(0, -1));
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return tasks
    .map((task, order) => ({ task, order, tier: tier(task, text) }))
    .filter((item): item is { task: PickableTask; order: number; tier: number } => item.tier !== undefined)
    .sort((a, b) => a.tier - b.tier || position(a.task) - position(b.task) || a.order - b.order)
    .map((item) => item.task);
}
