/**
 * Loading Pagefind's browser API (written by the build into /pagefind/) on
 * demand, and the part of it we use. Pagefind ships no types for this module;
 * these follow its documented JS API (pagefind.app/docs/api/).
 */
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

/** Where the build puts Pagefind's bundle (src/integrations/pagefind.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';

let loading: Promise<PagefindApi> | undefined;

/** Pagefind, loaded once, the first time anything asks. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    await api.init();
    return api;
  })().catch((error: unknown) => {
    loading = undefined; // let the next attempt try again
    throw error;
  });
  return loading;
}
