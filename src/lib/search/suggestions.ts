/**
 * What to try when a search finds nothing: drop the filters, drop words, or
 * browse by topic. Each suggestion is a link, so it also works as a shared URL.
 */
import { urls } from '../urls.ts';
import { hasFilters, searchQueryString, type SearchState } from './state.ts';

export interface Suggestion {
  label: string;
  href: string;
}

export function noResultSuggestions(state: SearchState, searchPath: string): Suggestion[] {
  const suggestions: Suggestion[] = [];
  if (hasFilters(state) && state.q) {
    suggestions.push({ label: `Tìm “${state.q}” trong mọi loại nội dung, mọi năm, mọi chủ đề`, href: `${searchPath}${searchQueryString({ q: state.q })}` });
  }
  const words = state.q.split(' ').filter(Boolean);
  if (words.length > 1) {
    const shorter = words.slice(0, -1).join(' ');
    suggestions.push({ label: `Tìm với ít từ hơn: “${shorter}”`, href: `${searchPath}${searchQueryString({ ...state, q: shorter })}` });
  }
  suggestions.push({ label: 'Xem tất cả chủ đề', href: urls.tagList() });
  return suggestions;
}
