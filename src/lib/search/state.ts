/**
 * A search as it lives in the URL, so it can be shared and works without
 * JavaScript: /tim-kiem/?q=can+dong+ho&loai=tin-tuc&nam=2022&the=cho, and
 * &toan-van=1 once the reader asked for the full text ("Tìm trong toàn văn":
 * its newest years first) or &toan-van=tat-ca for every year ("Tìm cả các năm
 * trước", src/lib/search/scope.ts), so reload, back and a shared link keep it.
 * Parameter names are Vietnamese without diacritics, like our paths.
 */
import { isSearchType, type SearchType } from './facets.ts';
import { normaliseQuery } from './query.ts';
import type { FullTextReach } from './scope.ts';

export interface SearchState {
  q: string;
  type?: SearchType;
  year?: string;
  tag?: string;
  /** The reader asked for the full text rather than titles and summaries first: its newest years, or every year. */
  fullText?: FullTextReach;
}

export const SEARCH_PARAMS = { q: 'q', type: 'loai', year: 'nam', tag: 'the', fullText: 'toan-van' } as const;

/** The full-text parameter's values. */
const FULL_TEXT_VALUES: Record<FullTextReach, string> = { recent: '1', all: 'tat-ca' };
const YEAR = /^\d{4}$/;
const TAG_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Reads a search from a query string; values that could not be ours are dropped. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: SearchState = { q: normaliseQuery(params.get(SEARCH_PARAMS.q) ?? '') };
  const type = params.get(SEARCH_PARAMS.type) ?? '';
  const year = params.get(SEARCH_PARAMS.year) ?? '';
  const tag = params.get(SEARCH_PARAMS.tag) ?? '';
  if (isSearchType(type)) state.type = type;
  if (YEAR.test(year)) state.year = year;
  if (TAG_ID.test(tag)) state.tag = tag;
  const fullText = params.get(SEARCH_PARAMS.fullText);
  for (const [reach, value] of Object.entries(FULL_TEXT_VALUES)) if (fullText === value) state.fullText = reach as FullTextReach;
  return state;
}

/** The query string for a search ("?q=…&loai=…"), or "" for an empty one. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set(SEARCH_PARAMS.q, state.q);
  if (state.type) params.set(SEARCH_PARAMS.type, state.type);
  if (state.year) params.set(SEARCH_PARAMS.year, state.year);
  if (state.tag) params.set(SEARCH_PARAMS.tag, state.tag);
  if (state.fullText) params.set(SEARCH_PARAMS.fullText, FULL_TEXT_VALUES[state.fullText]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filters option for a search's chosen filters. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return {
    ...(state.type ? { type: state.type } : {}),
    ...(state.year ? { year: state.year } : {}),
    ...(state.tag ? { tag: state.tag } : {}),
  };
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.type || state.year || state.tag);
}
