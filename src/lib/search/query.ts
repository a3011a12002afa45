/**
 * What people type, made into what we search for: one line, trimmed, NFC,
 * bounded. Anything is accepted (quotes, markup, very long pastes); it is only
 * ever shown as text, and long input is cut so one paste cannot make the
 * browser fetch a chunk of the index for every word.
 */
import { toIndexText } from './encoding.ts';

/** Longest query we search for, in characters, and most words. */
export const MAX_QUERY_LENGTH = 120;
export const MAX_QUERY_WORDS = 12;

/** The query as the user meant it: whitespace folded, NFC, at most MAX_QUERY_LENGTH characters. */
export function normaliseQuery(raw: string): string {
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * The term handed to Pagefind: the normalised query, first MAX_QUERY_WORDS
 * words, in index spelling. Empty when there is nothing to search for
 * (Pagefind drops punctuation itself, so '""' searches for nothing).
 */
export function pagefindTerm(query: string): string {
  const words = normaliseQuery(query).split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
  return toIndexText(words.slice(0, MAX_QUERY_WORDS).join(' '));
}
