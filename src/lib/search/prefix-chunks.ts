/**
 * Every word chunk a half-typed syllable may complete to (issue 16: "whole
 * syllables match, except the last one while it is still being typed").
 *
 * Pagefind's browser code loads, for each term of a search, the chunk whose
 * bounds hold the term (`request_indexes` in its pagefind_web/src/lib.rs:
 * first word ≤ term ≤ last word), and matches the term as a prefix of the
 * words loaded. A prefix's words can run on into the next chunks: with the
 * index cut into small chunks (INDEX_CHUNK_LOCATIONS in
 * src/integrations/pagefind-service.ts), "dong h" loads the chunk that holds
 * "h" (its words run "gop…ha") and never sees "hồ" two chunks on, so the
 * phrase half-typed finds nothing. The build therefore publishes, beside each
 * index, where each of its chunks starts (CHUNK_STARTS_FILE: Pagefind's own
 * chunk bounds, from its metadata), and before a search that takes the last
 * syllable as half-typed the page asks Pagefind to load one term inside each
 * chunk that may hold a word starting with it (`prefixChunkProbes`).
 */

/** The file beside each index listing where its word chunks start, in Pagefind's order: a JSON array of strings. */
export const CHUNK_STARTS_FILE = 'chunk-starts.json';

/**
 * Terms that make Pagefind load every chunk that may hold a word starting
 * with `prefix` (index spelling), given where the index's chunks start
 * (`starts`, in order, each chunk running up to the next start): for each
 * such chunk its start, which lies inside it. A chunk may hold such a word
 * when it starts at or before the prefix, or with it, and the next chunk
 * starts after the prefix. Order is that of the chunks; none for an empty
 * prefix or index.
 */
export function prefixChunkProbes(starts: readonly string[], prefix: string): string[] {
  if (prefix === '') return [];
  return starts.filter((start, i) => {
    const next = starts[i + 1];
    return (start <= prefix || start.startsWith(prefix)) && (next === undefined || next > prefix);
  });
}

/** Throws unless `value`, read from `file`, is a list of chunk starts as CHUNK_STARTS_FILE holds them. */
export function checkChunkStarts(value: unknown, file: string): asserts value is string[] {
  if (!Array.isArray(value) || !value.every((start) => typeof start === 'string')) throw new Error(`${file}: expected a JSON array of strings (where each word chunk starts)`);
}
