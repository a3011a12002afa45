/**
 * The one transformation between Vietnamese text and what goes into the
 * Pagefind index, so that "đồng" and "dong" find each other.
 *
 * Pagefind (since 1.5) folds diacritics by Unicode decomposition (NFD) and
 * drops the combining marks, keeping each original form so exact matches rank
 * higher. That folds every Vietnamese tone and vowel mark, but not "đ": U+0111
 * has no decomposition, so "dong" never finds "đồng" and "do luong" never finds
 * "đo lường". We write "đ" as "d" followed by U+0369 (COMBINING LATIN SMALL
 * LETTER D) in what we index and in what we search for. Pagefind then folds
 * "d\u0369" to "d" like any other mark, keeps "d\u0369ồng" as the exact form
 * (the mark is alphabetic, so its word splitter keeps it), and ranks it as an
 * exact match for "đồng". Verified against Pagefind 1.6 in Chromium by
 * tests/e2e/search.test.ts. Everything read back from the index goes through
 * fromIndexText before anyone sees it.
 */
const D_MARK = '\u0369';

/** Text as indexed and searched: NFC (keyboards may send decomposed tones), "đ" spelt "d" + mark. */
export function toIndexText(text: string): string {
  return text.normalize('NFC').replace(/đ/g, `d${D_MARK}`).replace(/Đ/g, `D${D_MARK}`);
}

/** Text read back from the index (titles, excerpts, meta), with its "đ" restored. */
export function fromIndexText(text: string): string {
  return text.replace(/d\u0369/g, 'đ').replace(/D\u0369/g, 'Đ');
}


/**
 * Text as Pagefind compares it when diacritics are ignored: no tone or vowel
 * marks, "đ" as "d", lower case. Used to find a query's syllables in a
 * result's text for its excerpt and to tell whether a query has marks at all.
 */
export function foldMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Whether the text has any Vietnamese mark (tone, vowel mark or "đ"): then its exact spelling is meant. */
export function hasMarks(text: string): boolean {
  return foldMarks(text) !== text.normalize('NFC').toLowerCase();
}
