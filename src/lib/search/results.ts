/**
 * A Pagefind result as the search page shows it, read once: the index's "đ"
 * spelling (encoding.ts) undone for every text field in one place, the
 * metadata line's parts (never an empty part, so never a dangling "·"), and
 * the excerpt around the query.
 */
import { fromIndexText } from './encoding.ts';
import { phraseExcerpt, type ExcerptRun } from './excerpt.ts';
import { searchTypeLabel } from './facets.ts';

/** The part of a Pagefind fragment we read (its JS API's `result.data()`). */
export interface PagefindFragment {
  url: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface ShownResult {
  url: string;
  title: string;
  /** The metadata line's parts, e.g. ["Tin tức", "21/11/2026"]; empty when nothing is known. */
  meta: string[];
  excerpt: ExcerptRun[];
}

/** Text of a field in index spelling, trimmed; "" when absent. */
function field(value: string | undefined): string {
  return fromIndexText(value ?? '').trim();
}

export function readResult(fragment: PagefindFragment, syllables: readonly string[]): ShownResult {
  const type = fragment.filters.type?.[0] ?? '';
  return {
    url: fragment.url,
    title: field(fragment.meta.title) || fragment.url,
    meta: [searchTypeLabel(type), field(fragment.meta.date)].filter(Boolean),
    excerpt: phraseExcerpt(fromIndexText(fragment.content), syllables),
  };
}

/** The metadata line as shown: its parts joined by " · ". */
export function metaLine(result: ShownResult): string {
  return result.meta.join(' · ');
}
