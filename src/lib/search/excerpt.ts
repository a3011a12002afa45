/**
 * A result's excerpt, cut from the page's text (Pagefind's fragment
 * `content`) around the query rather than taken from Pagefind: its excerpt
 * is centred on the densest run of matched tokens, prefixes included, so for
 * "can dong ho" it may show "Hỗ … động" and not the phrase, and it starts
 * wherever its window falls. Ours shows the phrase when the page has it (else
 * the window with the most of the query's syllables), starts at a word
 * boundary (after the sentence's punctuation when it is near, otherwise with
 * "…"), and marks the syllables matched. The page builds it as text nodes.
 *
 * Marks follow what was typed. A query without marks matches every spelling
 * ("do luong" marks "đo lường" and "lượng"). A query with marks means its
 * spelling ("đo lường" marks "đo lường", not the "lượng" of "Chất lượng"), and
 * the excerpt centres on the phrase so spelt when the page has it; but a
 * syllable that the excerpt never shows so spelt (a mark mistyped, "đo lương",
 * or a page found only by another spelling) marks its other spellings there,
 * since those are why the page was found and a reader would otherwise see no
 * reason for it.
 */
import { foldMarks, hasMarks } from './encoding.ts';

export interface ExcerptRun {
  text: string;
  marked: boolean;
}

/** Words in an excerpt, and how far back we look for the start of the sentence. */
export const EXCERPT_WORDS = 28;
const SENTENCE_LOOKBACK = 10;
/** Words of context before the match when no sentence start is near. */
const LEAD_IN = 5;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Undoes HTML escaping: named entities above and numeric ones; unknown entities stay as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A token's letters and digits, lower case: "(Cân" → "cân", "409/KH-UBND," → "409/kh-ubnd". */
function exactCore(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').normalize('NFC').toLowerCase();
}

/** The same, folded as Pagefind matches when diacritics are ignored: "(Cân" → "can". */
function core(token: string): string {
  return foldMarks(exactCore(token));
}

type Matcher = (key: string, j: number) => boolean;

/**
 * Which query syllable a token is: a whole syllable, or the start of the last
 * one when the text has no whole match for it (it may still be being typed).
 */
function syllableMatcher(keys: readonly string[], syllables: readonly string[]): Matcher {
  const last = syllables.length - 1;
  const prefixLast = !keys.includes(syllables[last] ?? '');
  return (key, j) => {
    const syllable = syllables[j];
    if (!syllable || !key) return false;
    return key === syllable || (prefixLast && j === last && key.startsWith(syllable));
  };
}

/** The text's tokens and the query's syllables in one spelling (exact or folded), and which token matches which syllable. */
interface Spelling {
  keys: string[];
  wanted: string[];
  matches: Matcher;
}

function spelling(tokens: readonly string[], syllables: readonly string[], key: (token: string) => string): Spelling {
  const keys = tokens.map(key);
  const wanted = syllables.map(key);
  return { keys, wanted, matches: syllableMatcher(keys, wanted) };
}

/** Where the phrase starts, its last syllable possibly still being typed (a prefix); -1 if the text does not have it. */
function phraseAt({ keys, wanted }: Spelling): number {
  const last = wanted.length - 1;
  return keys.findIndex((_, i) => wanted.every((syllable, j) => keys[i + j] === syllable || (j === last && (keys[i + j] ?? '').startsWith(syllable))));
}

/** Where the window with the most distinct syllables starts (the text has no phrase); -1 if none matches. */
function densestAt({ keys, wanted, matches }: Spelling): number {
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < keys.length; i += 1) {
    if (!wanted.some((_, j) => matches(keys[i] ?? '', j))) continue;
    const window = keys.slice(i, i + EXCERPT_WORDS);
    const count = wanted.filter((_, j) => window.some((key) => matches(key, j))).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  return best;
}

/** The token the excerpt starts at: after sentence-ending punctuation shortly before the match (a sentence start), else a few words before it. */
function windowStart(tokens: readonly string[], match: number): { start: number; sentence: boolean } {
  for (let i = match - 1; i >= Math.max(0, match - SENTENCE_LOOKBACK); i -= 1) if (/[.!?…]$/u.test(tokens[i] ?? '')) return { start: i + 1, sentence: true };
  const start = Math.max(0, match - LEAD_IN);
  return { start, sentence: start === 0 };
}

/**
 * The excerpt of `content` (text as stored, entities allowed) for a query's
 * syllables (as typed): plain and marked runs, "…" where text is cut.
 */
export function phraseExcerpt(content: string, syllables: readonly string[]): ExcerptRun[] {
  const tokens = decodeEntities(content).split(/\s+/u).filter(Boolean);
  const typed = syllables.filter((syllable) => core(syllable) !== '');
  const folded = spelling(tokens, typed, core);
  const exact = typed.some(hasMarks) ? spelling(tokens, typed, exactCore) : undefined;
  const exactPhrase = exact ? phraseAt(exact) : -1;
  const phrase = exactPhrase >= 0 ? exactPhrase : phraseAt(folded);
  const match = phrase >= 0 ? phrase : Math.max(0, densestAt(folded));
  const { start, sentence } = windowStart(tokens, match);
  const end = Math.min(tokens.length, start + EXCERPT_WORDS);
  // A syllable typed with marks marks only its spelling, unless the excerpt never shows it so spelt (module comment).
  const spelt = typed.map((_, j) => exact !== undefined && exact.keys.slice(start, end).some((key) => exact.matches(key, j)));
  const matches = (i: number, j: number) => (exact && spelt[j] ? exact.matches(exact.keys[i] ?? '', j) : folded.matches(folded.keys[i] ?? '', j));
  const inPhrase = (i: number) => phrase >= 0 && i >= phrase && i < phrase + typed.length;
  const marked = (i: number) => inPhrase(i) || typed.some((_, j) => matches(i, j));
  const runs: ExcerptRun[] = [];
  const push = (text: string, marked: boolean) => {
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += text;
    else if (text) runs.push({ text, marked });
  };
  if (!sentence) push('… ', false);
  for (let i = start; i < end; i += 1) {
    const token = tokens[i] ?? '';
    if (i > start) push(' ', Boolean(runs.at(-1)?.marked) && marked(i) && marked(i - 1));
    if (!marked(i)) {
      push(token, false);
      continue;
    }
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  }
  if (end < tokens.length) push(' …', false);
  return runs;
}
