/**
 * What people type, made into what we search for: one line, trimmed, NFC,
 * bounded. Anything is accepted (quotes, markup, very long pastes); it is only
 * ever shown as text, and long input is cut so one paste cannot make the
 * browser fetch a chunk of the index for every word.
 */

/** Longest query we search for, in characters, and most words. */
export const MAX_QUERY_LENGTH = 120;
export const MAX_QUERY_WORDS = 12;

/** Quotation marks people type around words; Pagefind reads '"' as "exact phrase", so we decide where they go (rank.ts). */
const QUOTES = /^["'“”‘’«»]+|["'“”‘’«»]+$/gu;

/** The query as the user meant it: whitespace folded, NFC, at most MAX_QUERY_LENGTH characters. */
export function normaliseQuery(raw: string): string {
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * The syllables searched for, as typed (not yet in index spelling): the
 * normalised query's first MAX_QUERY_WORDS words with a letter or digit,
 * without surrounding quotation marks. Empty when there is nothing to search
 * for (punctuation alone).
 */
export function querySyllables(query: string): string[] {
  return normaliseQuery(query)
    .split(' ')
    .map((word) => word.replace(QUOTES, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_QUERY_WORDS);
}
