/**
 * The word chunks a half-typed syllable may complete to (issue 16: "whole
 * syllables match, except the last one while it is still being typed").
 *
 * Pagefind's browser code loads, for each term of a search, the chunks whose
 * bounds hold the term (`request_indexes` in its pagefind_web/src/lib.rs:
 * from ≤ term ≤ to, the bounds shortened to starts of the chunk's first and
 * last words; for a term no chunk so holds, the chunk whose bounds' starts
 * match its own, so that a word the index holds past a shortened `to`, such
 * as "luong" after "luo", is still found), and matches the term as the start
 * of the words loaded. A prefix's words can run on into the next
 * chunks: with the index cut into small chunks (INDEX_CHUNK_LOCATIONS in
 * src/integrations/pagefind-service.ts), "dong h" loads the chunk that holds
 * "h" (its words run "gop…ha") and never sees "hồ" two chunks on. The build
 * therefore publishes, beside each index, where each of its chunks starts,
 * what it weighs and its file (WORD_CHUNKS_FILE: Pagefind's own bounds, from
 * its metadata; the page also asks for a query's chunk files with it before
 * Pagefind can, `queryWordChunks`), and before each stage of a query's search on an index (only
 * the first downloads anything) the page asks Pagefind to load one term
 * inside each chunk that may hold a word the last syllable starts
 * (`prefixChunkProbes`), up to PREFIX_CHUNK_BYTES. Chunks stay loaded for
 * the page's life, so after a longer query ("kiem tra", then back to
 * "kiem t") a page may match more completions than a fresh load of the same
 * URL would beyond that limit.
 */
import { foldMarks } from './encoding.ts';

/**
 * The file beside each index listing its word chunks in Pagefind's order: a
 * JSON array of [start, bytes, hash] (bytes: the chunk's file as published,
 * gzipped; hash: Pagefind's name for it, the file index/<hash>.pf_index).
 */
export const WORD_CHUNKS_FILE = 'word-chunks.json';

/** A word chunk as WORD_CHUNKS_FILE lists it: where it starts (its first word, or a start of it), its file's size in bytes, and Pagefind's hash naming the file. */
export type WordChunk = [start: string, bytes: number, hash: string];

/**
 * How many bytes of chunk files (gzipped, as WORD_CHUNKS_FILE gives them)
 * the completions of a half-typed syllable may add to one index's search,
 * beyond the chunk the syllable is in. A short prefix starts a large part of
 * a large index: at 10,000 items the words starting with "t" fill 31 chunks
 * of the newest year's full text, 912 KB even as brotli, and "tr" 236 KB,
 * for a query the reader is still typing.
 * Beyond this the completions nearest the prefix in Pagefind's order are
 * loaded (for "t": "ta…", "tai…", … as far as the bytes go), and a letter
 * more brings the rest into reach.
 */
export const PREFIX_CHUNK_BYTES = 64 * 1024;

/**
 * How many bytes of the newest year's chunk files (gzipped, as
 * WORD_CHUNKS_FILE gives them) the search page asks for with a query's first
 * search, before the summary has answered, for the query's syllables: as
 * much as the words of a query the summary seldom answers weigh ("kho khan
 * vuong mac": four chunks, 8.8 KB at 10,000 items; three, 13.7 KB at 1,000),
 * and less than a common word's chunk (44–155 KB at 10,000 items: "hồ",
 * "đồng", "đo", "lường"), which waits for the year's own search, as
 * the summary mostly answers such queries: loading them with the summary's
 * half-typed stage moved "dong ho do n" 478.8 KB instead of 182.7 KB
 * (src/scripts/search/ranked-search.ts; measured: README, "Search").
 */
export const EARLY_CHUNK_BYTES = 16 * 1024;

/**
 * The chunks that may hold a word starting with `prefix` (index spelling, as
 * `probePrefix` gives it), given the index's chunks (`chunks`, in order, each
 * running up to the next one's start). A chunk may hold such a word when it
 * starts at or before the prefix, or with it, and the next chunk starts after
 * the prefix. The first such chunk (the one the prefix falls in, which
 * Pagefind loads for the prefix anyway) always; the next ones in order while
 * their bytes add up to at most `maxBytes` (PREFIX_CHUNK_BYTES). None for an
 * empty prefix or index.
 */
function prefixChunks(chunks: readonly WordChunk[], prefix: string, maxBytes: number): WordChunk[] {
  if (prefix === '') return [];
  const holding = chunks.filter(([start], i) => {
    const next = chunks[i + 1]?.[0];
    return (start <= prefix || start.startsWith(prefix)) && (next === undefined || next > prefix);
  });
  const within: WordChunk[] = [];
  let bytes = 0;
  for (const [i, chunk] of holding.entries()) {
    if (i > 0 && (bytes += chunk[1]) > maxBytes) break;
    within.push(chunk);
  }
  return within;
}

/**
 * Terms that make Pagefind load the chunks that may hold a word starting
 * with `prefix` (prefixChunks, up to `maxBytes`): for each such chunk its
 * start, which lies inside it.
 */
export function prefixChunkProbes(chunks: readonly WordChunk[], prefix: string, maxBytes: number = PREFIX_CHUNK_BYTES): string[] {
  return prefixChunks(chunks, prefix, maxBytes).map(([start]) => start);
}

/**
 * The chunk files a search loads, for the page to ask for them before
 * Pagefind can (its metadata, which bounds the chunks, comes a round trip
 * after the page's script): for each term of `plain` (Pagefind's plain search
 * of the query, its terms taken as Pagefind takes them: marks folded, lower
 * case, punctuation dropped, as `probePrefix` of foldMarks) the chunk it
 * falls in (the one starting at or before it, before the next one's start:
 * Pagefind's `request_indexes` for a word the index holds), and the chunks
 * `prefix` may complete into (prefixChunks, up to `maxBytes`). Each chunk
 * once, in chunk order; none for a term before the first chunk.
 */
export function queryWordChunks(chunks: readonly WordChunk[], plain: string, prefix: string, maxBytes: number = PREFIX_CHUNK_BYTES): WordChunk[] {
  const holding = plain.split(/\s+/).flatMap((typed) => {
    const term = probePrefix(foldMarks(typed));
    if (term === '') return [];
    const after = chunks.findIndex(([start]) => start > term);
    const chunk = chunks[(after === -1 ? chunks.length : after) - 1];
    return chunk ? [chunk] : [];
  });
  const wanted = new Set([...holding, ...prefixChunks(chunks, prefix, maxBytes)]);
  return chunks.filter((chunk) => wanted.has(chunk));
}

/** `chunks` when together they weigh at most `atMostBytes` (gzipped, as WORD_CHUNKS_FILE gives them), else none: a preload asked for whole or not at all (EARLY_CHUNK_BYTES). */
export function withinBytes(chunks: readonly WordChunk[], atMostBytes: number): readonly WordChunk[] {
  return chunks.reduce((sum, [, bytes]) => sum + bytes, 0) <= atMostBytes ? chunks : [];
}

/**
 * A query's last syllable as Pagefind's script compares it with the index's
 * words: marks folded, lower case (`folded`: encoding.ts, foldMarks), and
 * without the punctuation its search drops from a term (dashes, brackets,
 * quotes and other punctuation; connector punctuation such as "_" stays, as
 * Pagefind indexes it): "h," is "h", "kiem-t" is "kiemt".
 */
export function probePrefix(folded: string): string {
  return folded.replace(/[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu, '');
}

/**
 * The prefix the last of a query's `syllables` (as typed) gives the index:
 * its marks folded (encoding.ts, foldMarks), then probePrefix; '' for none.
 */
export function lastSyllablePrefix(syllables: readonly string[]): string {
  return probePrefix(foldMarks(syllables.at(-1) ?? ''));
}

/** Throws unless `value`, read from `file`, lists word chunks as WORD_CHUNKS_FILE holds them. */
export function checkWordChunks(value: unknown, file: string): asserts value is WordChunk[] {
  const isChunk = (chunk: unknown) => Array.isArray(chunk) && chunk.length === 3 && typeof chunk[0] === 'string' && Number.isInteger(chunk[1]) && (chunk[1] as number) >= 0 && typeof chunk[2] === 'string' && /^[\w-]+$/.test(chunk[2]);
  if (!Array.isArray(value) || !value.every(isChunk)) throw new Error(`${file}: expected a JSON array of [start, bytes, hash] (each word chunk's first word, size and file)`);
}
