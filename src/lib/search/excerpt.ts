/**
 * A result's excerpt, cut from the page's text (Pagefind's fragment
 * `content`) around the query rather than taken from Pagefind: its excerpt
 * is centred on the densest run of matched tokens, prefixes included, so for
 * "can dong ho" it may show "Hỗ … động" and not the phrase, and it starts
 * wherever its window falls. Ours shows the phrase when the page has it (else
 * the window with the most of the query's syllables), starts at a word
 * boundary (after the sentence's punctuation when it is near, otherwise with
 * "…"), and marks the syllables matched. The page builds it as text nodes.
 */
import { foldMarks } from './encoding.ts';

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

/** A token's letters and digits, folded: "(Cân" → "can", "409/KH-UBND," → "409/kh-ubnd". */
function core(token: string): string {
  return foldMarks(token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

/**
 * Which query syllable a token is: a whole syllable, or the start of the last
 * one when the text has no whole match for it (it may still be being typed).
 */
function syllableMatcher(keys: readonly string[], syllables: readonly string[]): (key: string, j: number) => boolean {
  const last = syllables.length - 1;
  const prefixLast = !keys.includes(syllables[last] ?? '');
  return (key, j) => {
    const syllable = syllables[j];
    if (!syllable || !key) return false;
    return key === syllable || (prefixLast && j === last && key.startsWith(syllable));
  };
}

type Matcher = (key: string, j: number) => boolean;

/** Where the excerpt's match starts: the phrase's first occurrence, else the window with the most distinct syllables. */
/** Where the phrase starts, its last syllable possibly still being typed (a prefix); -1 if the text does not have it. */
function phraseAt(keys: readonly string[], syllables: readonly string[]): number {
  const last = syllables.length - 1;
  return keys.findIndex((_, i) => syllables.every((syllable, j) => keys[i + j] === syllable || (j === last && (keys[i + j] ?? '').startsWith(syllable))));
}

function matchStart(keys: readonly string[], syllables: readonly string[], matches: Matcher): number {
  const phrase = phraseAt(keys, syllables);
  if (phrase >= 0) return phrase;
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < keys.length; i += 1) {
    if (!syllables.some((_, j) => matches(keys[i] ?? '', j))) continue;
    const window = keys.slice(i, i + EXCERPT_WORDS);
    const count = syllables.filter((_, j) => window.some((key) => matches(key, j))).length;
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
  const keys = tokens.map(core);
  const wanted = syllables.map(core).filter(Boolean);
  const matcher = syllableMatcher(keys, wanted);
  const phrase = phraseAt(keys, wanted);
  const inPhrase = (i: number) => phrase >= 0 && i >= phrase && i < phrase + wanted.length;
  const marked = (i: number) => inPhrase(i) || wanted.some((_, j) => matcher(keys[i] ?? '', j));
  const match = Math.max(0, matchStart(keys, wanted, matcher));
  const { start, sentence } = windowStart(tokens, match);
  const end = Math.min(tokens.length, start + EXCERPT_WORDS);
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
