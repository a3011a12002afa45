/**
 * Loading Pagefind's browser API (written by the build into /pagefind/) on
 * demand, and the part of it we use. Pagefind ships no types for this module;
 * these follow its documented JS API (pagefind.app/docs/api/).
 *
 * Two indexes, one script (src/lib/search/bundles.ts): the summary index is
 * opened with the script, the full text only when a search needs it, each as
 * a Pagefind instance of its own (its own metadata, chunks and WebAssembly).
 * Both run on the page's thread (noWorker): Pagefind's worker is a second
 * copy of its search code, 12 KB more and one more round trip before the
 * first query on a slow line (measured in README, "Search").
 */
import { FULL_TEXT_BUNDLE, SUMMARY_BUNDLE } from '../../lib/search/bundles.ts';
import { CACHE_TAG_ATTRIBUTE } from '../../lib/search/preload.ts';
import type { SearchScope } from '../../lib/search/scope.ts';
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
}

interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker?: boolean; metaCacheTag?: string }) => PagefindApi;
}

let runtime: Promise<PagefindModule> | undefined;
const instances = new Map<SearchScope, Promise<PagefindApi>>();
const BASE_PATHS: Record<SearchScope, string> = { summary: SUMMARY_BUNDLE, full: FULL_TEXT_BUNDLE };

/**
 * The summary index's entry as the page's head preloaded it (preload.ts):
 * Pagefind asks for exactly that URL when given its tag. None under the dev
 * server, which has no index, nor for the full text (Pagefind's own
 * cache-busting then).
 */
function cacheTag(scope: SearchScope): { metaCacheTag?: string } {
  const tag = scope === 'summary' ? document.querySelector(`link[${CACHE_TAG_ATTRIBUTE}]`)?.getAttribute(CACHE_TAG_ATTRIBUTE) : null;
  return tag ? { metaCacheTag: tag } : {};
}

/** Pagefind opened on one index, loaded once, the first time anything asks. */
export function loadPagefind(scope: SearchScope): Promise<PagefindApi> {
  let loading = instances.get(scope);
  if (!loading) {
    loading = (async () => {
      runtime ??= import(/* @vite-ignore */ `${FULL_TEXT_BUNDLE}pagefind.js`) as Promise<PagefindModule>;
      const api = (await runtime).createInstance({ basePath: BASE_PATHS[scope], noWorker: true, ...cacheTag(scope) });
      await api.init();
      return api;
    })().catch((error: unknown) => {
      runtime = undefined; // let the next attempt try again
      instances.delete(scope);
      throw error;
    });
    instances.set(scope, loading);
  }
  return loading;
}
