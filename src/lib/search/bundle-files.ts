/**
 * What the site publishes of each search index Pagefind builds
 * (src/integrations/pagefind.ts): the files its Node API hands back
 * (`getFiles`, paths inside the bundle such as "fragment/vi_….pf_fragment"),
 * placed under the bundle's folder of the site (bundles.ts), less what the
 * site does not use:
 *
 * - Pagefind's ready-made search UIs and its worker, in every bundle: the
 *   site has its own page, which runs Pagefind on the page's thread
 *   (src/scripts/search/pagefind.ts);
 * - the script, `pagefind.js`: one copy for every index, the summary's, moved
 *   up to PAGEFIND_SCRIPT;
 * - a year's WebAssembly: the module is one for every instance of that
 *   script and the page opens the summary's first, so each year's 46.8 KB
 *   copy would be downloaded only to be thrown away. It is published as
 *   Pagefind's "already inflated" marker alone (INFLATED_MARKER), which its
 *   loader reads as an empty file and hands to wasm-bindgen's init, which
 *   returns the module already loaded (README, "Search").
 *
 * Beside them the build adds the list of word chunks, each one's start,
 * size and file (`withWordChunks`), for the search page to load the chunks a
 * half-typed syllable may complete to, and to ask for a query's chunks
 * before Pagefind can (prefix-chunks.ts).
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import { sitePath, PAGEFIND_SCRIPT, SUMMARY_BUNDLE } from './bundles.ts';
import { WORD_CHUNKS_FILE, type WordChunk } from './prefix-chunks.ts';

/** A file of the search index: its path from the site's root ("pagefind/tom-tat/…"), or inside a bundle as Pagefind names it, and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;
const SCRIPT = 'pagefind.js';
const WASM_FILE = /^wasm\.[^/]+\.pagefind$/;

/** How Pagefind's loader recognises a file it need not inflate (the first 12 bytes of every file it writes, once inflated). */
export const INFLATED_MARKER = 'pagefind_dcd';

const ENTRY_FILE = 'pagefind-entry.json';

/**
 * `files` (one index as Pagefind built it, paths inside the bundle) and
 * WORD_CHUNKS_FILE: each of its word chunks, in Pagefind's order, as
 * [start, bytes, hash], for the search page to load the chunks a half-typed
 * syllable may complete to, and to ask for a query's chunks before Pagefind
 * has its metadata (src/lib/search/prefix-chunks.ts). Read from the
 * index's metadata, as Pagefind 1.6 writes it (its
 * pagefind/src/index/index_metadata.rs, chunk_meta in index/mod.rs): the file
 * pagefind-entry.json names for the index's one language, gzip of
 * INFLATED_MARKER and CBOR, whose third element lists the chunks as
 * [from, to, hash], `from` and `to` the shortest starts of the chunk's first
 * and last words that keep the chunks apart, the chunk's file
 * index/<hash>.pf_index. Throws naming the file when the entry, the metadata
 * or a chunk's file is missing or not so (a Pagefind release that changed
 * them).
 */
export function withWordChunks(files: readonly IndexFile[]): IndexFile[] {
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  const entry = byPath.get(ENTRY_FILE);
  if (!entry) throw new Error(`search index: Pagefind wrote no ${ENTRY_FILE}`);
  let languages: { hash: string }[];
  try {
    languages = Object.values((JSON.parse(new TextDecoder().decode(entry)) as { languages: Record<string, { hash: string }> }).languages);
  } catch (error) {
    throw new Error(`search index: ${ENTRY_FILE} is not Pagefind's entry, a JSON object with its languages (${(error as Error).message})`, { cause: error });
  }
  if (languages.length !== 1) throw new Error(`search index: ${ENTRY_FILE} lists ${languages.length} languages; the site indexes one (INDEX_LANGUAGE)`);
  const metaPath = `pagefind.${languages[0]!.hash}.pf_meta`;
  const meta = byPath.get(metaPath);
  if (!meta) throw new Error(`search index: ${ENTRY_FILE} names ${metaPath}, which Pagefind did not write`);
  let chunks: unknown;
  try {
    const inflated = gunzipSync(meta);
    if (new TextDecoder().decode(inflated.subarray(0, INFLATED_MARKER.length)) !== INFLATED_MARKER) throw new Error(`no "${INFLATED_MARKER}" marker`);
    chunks = (decode(inflated.subarray(INFLATED_MARKER.length)) as unknown[])[2];
  } catch (error) {
    throw new Error(`search index: ${metaPath} is not Pagefind's metadata as version 1.6 writes it (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(chunks) || !chunks.every((chunk) => Array.isArray(chunk) && typeof chunk[0] === 'string' && typeof chunk[2] === 'string')) throw new Error(`search index: ${metaPath} has no list of word chunks as Pagefind 1.6 writes it`);
  const listed = (chunks as [string, string, string][]).map(([start, , hash]): WordChunk => {
    const file = byPath.get(`index/${hash}.pf_index`);
    if (!file) throw new Error(`search index: ${metaPath} lists the word chunk index/${hash}.pf_index, which Pagefind did not write`);
    return [start, file.length, hash];
  });
  return [...files, { path: WORD_CHUNKS_FILE, content: new TextEncoder().encode(JSON.stringify(listed)) }];
}

/**
 * The files the site publishes of the bundle `bundle` (SUMMARY_BUNDLE or a
 * yearBundle path) from what Pagefind built (`files`, paths inside the
 * bundle), at paths from the site's root: see the module comment.
 */
export function publishedFiles(bundle: string, files: readonly IndexFile[]): IndexFile[] {
  const summary = bundle === SUMMARY_BUNDLE;
  const folder = `${sitePath(bundle)}/`;
  return files.flatMap((file): IndexFile[] => {
    if (UNUSED.test(file.path)) return [];
    if (file.path === SCRIPT) return summary ? [{ path: sitePath(PAGEFIND_SCRIPT), content: file.content }] : [];
    if (!summary && WASM_FILE.test(file.path)) return [{ path: folder + file.path, content: new TextEncoder().encode(INFLATED_MARKER) }];
    return [{ path: folder + file.path, content: file.content }];
  });
}
