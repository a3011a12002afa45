/**
 * Loading Pagefind's browser API (written by the build into /pagefind/) on
 * demand, and the part of it we use. Pagefind ships no types for this module;
 * these follow its documented JS API (pagefind.app/docs/api/).
 *
 * Several indexes, one script (src/lib/search/bundles.ts): the summary index
 * is opened with the script, a year's full text only when a search needs it,
 * each as a Pagefind instance of its own (its own metadata, chunks and
 * fragments). The WebAssembly is the script's one module: the summary's
 * instance loads it, and a year's instance, always opened after it, finds it
 * initialised (its file is only Pagefind's marker: src/lib/search/bundle-files.ts).
 * All run on the page's thread (noWorker): Pagefind's worker is a second
 * copy of its search code, 12 KB more and one more round trip before the
 * first query on a slow line (measured in README, "Search").
 */
import { PAGEFIND_SCRIPT, SUMMARY_BUNDLE } from '../../lib/search/bundles.ts';
import { CACHE_TAG_ATTRIBUTE } from '../../lib/search/preload.ts';
import { checkWordChunks, prefixChunkProbes, queryWordChunks, withinBytes, WORD_CHUNKS_FILE, type WordChunk } from '../../lib/search/prefix-chunks.ts';
import type { PagefindFragment } from '../../lib/search/results.ts';

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions the search matched in the page. */
  words: number[];
  data: () => Promise<PagefindFragment>;
}

export interface PagefindApi {
  options: (options: { exactDiacritics?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  /** Loads the word chunks a search for `term` needs, without searching. */
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
}

interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker?: boolean; metaCacheTag?: string }) => PagefindApi;
}

let runtime: Promise<PagefindModule> | undefined;
/** One instance per bundle path (bundles.ts). */
const instances = new Map<string, Promise<PagefindApi>>();

/**
 * An index's entry as the page's head preloaded it (preload.ts: the
 * summary's and the newest year's): Pagefind asks for exactly that URL when
 * given its tag. None under the dev server, which has no index, nor for the
 * other years (Pagefind's own cache-busting then).
 */
function cacheTag(bundle: string): { metaCacheTag?: string } {
  const tag = document.querySelector(`link[${CACHE_TAG_ATTRIBUTE}][href^="${bundle}pagefind-entry.json?"]`)?.getAttribute(CACHE_TAG_ATTRIBUTE);
  return tag ? { metaCacheTag: tag } : {};
}

/**
 * Pagefind opened on one index (a bundle's path), loaded once, the first time
 * anything asks, and ready to search when this resolves. A year's index waits
 * for the summary's, which brings the WebAssembly they share.
 */
export function loadPagefind(bundle: string): Promise<PagefindApi> {
  let loading = instances.get(bundle);
  if (!loading) {
    // Wanted by its first search (loadQueryChunks); fetched alongside the index's own start-up files.
    void loadWordChunks(bundle);
    // A year's metadata (its hash is the tag) comes down while the summary's WebAssembly, which the year's index waits for, is read.
    const { metaCacheTag } = cacheTag(bundle);
    if (metaCacheTag) preloadIndexFile(`${bundle}pagefind.${metaCacheTag}.pf_meta`);
    loading = (async () => {
      if (bundle !== SUMMARY_BUNDLE) await loadPagefind(SUMMARY_BUNDLE);
      runtime ??= import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<PagefindModule>;
      const api = (await runtime).createInstance({ basePath: bundle, noWorker: true, ...cacheTag(bundle) });
      await api.init();
      // init() resolves once Pagefind has started loading, not once it has its
      // index and WebAssembly; an empty search waits for both (its getPtr) and
      // throws what loading threw. A year's index must not start before the
      // summary's WebAssembly is in: its own file is only the marker.
      await api.search('');
      return api;
    })().catch((error: unknown) => {
      runtime = undefined; // let the next attempt try again
      instances.delete(bundle);
      throw error;
    });
    instances.set(bundle, loading);
  }
  return loading;
}

/** Each index's word chunks (src/lib/search/prefix-chunks.ts), fetched once per page: bundle path → chunks, or undefined when they could not be read. */
const wordChunks = new Map<string, Promise<WordChunk[] | undefined>>();

/**
 * The word chunks of the index at `bundle`, fetched once per page. When they
 * cannot be read (an index built before they were published, or the request
 * failed), the console says so once, and until the page is loaded again a
 * half-typed syllable matches the words Pagefind loads itself, and Pagefind
 * asks for every chunk itself (preloadQueryChunks).
 */
function loadWordChunks(bundle: string): Promise<WordChunk[] | undefined> {
  let chunks = wordChunks.get(bundle);
  if (!chunks) {
    const url = `${bundle}${WORD_CHUNKS_FILE}`;
    chunks = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const value: unknown = await response.json();
        checkWordChunks(value, url);
        return value;
      })
      .catch((error: unknown) => {
        console.warn(`search: a half-typed word may miss some of its completions in ${bundle}, and its chunks come a round trip later:`, error);
        return undefined;
      });
    wordChunks.set(bundle, chunks);
  }
  return chunks;
}

/**
 * Loads into `pagefind` (the index at `bundle`) the word chunks a search
 * needs, in one go: those of `terms` (Pagefind's plain search of the query:
 * its syllables, index spelling), those that may hold a word starting with
 * `prefix` (the last syllable as Pagefind compares it: probePrefix), up to
 * PREFIX_CHUNK_BYTES, so that a half-typed syllable matches its completions
 * and no search of the query runs on fewer words than another
 * (src/lib/search/prefix-chunks.ts); and the chunks of `filters`.
 */
export async function loadQueryChunks(bundle: string, pagefind: PagefindApi, terms: string, prefix: string, filters: Record<string, string>): Promise<void> {
  const chunks = await loadWordChunks(bundle);
  const probes = chunks ? prefixChunkProbes(chunks, prefix) : [];
  await pagefind.preload([terms, ...probes].join(' '), { filters });
}

/**
 * Asks the browser for a file of an index before Pagefind does, with a
 * <link rel="preload"> as the page's head has for the summary's start-up
 * files (src/lib/search/preload.ts), which Pagefind's own fetch of the URL
 * then takes; once per URL.
 */
function preloadIndexFile(href: string): void {
  if (document.querySelector(`link[rel="preload"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/**
 * Asks the browser now for the word chunks of the index at `bundle` that
 * loadQueryChunks will have Pagefind load (queryWordChunks: those of `terms`,
 * Pagefind's plain search of the query, and those `prefix` may complete
 * into), unless together they weigh more than `atMostBytes` (withinBytes).
 * Pagefind can only ask for them once the index's metadata is in and read,
 * after its WebAssembly; the list of chunks is small and comes first, so the
 * chunks come down beside those start-up files rather than a round trip
 * after them (measured: README, "Search").
 * Nothing when that list could not be read: Pagefind then fetches them itself.
 */
export async function preloadQueryChunks(bundle: string, terms: string, prefix: string, atMostBytes = Infinity): Promise<void> {
  const chunks = await loadWordChunks(bundle);
  if (!chunks) return;
  for (const [, , hash] of withinBytes(queryWordChunks(chunks, terms, prefix), atMostBytes)) preloadIndexFile(`${bundle}index/${hash}.pf_index`);
}
