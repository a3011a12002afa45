/**
 * The choices the search form offers for year and tag: the years that have
 * content, newest first, and the tags in Vietnamese alphabetical order.
 */
export interface FilterOption {
  value: string;
  label: string;
}

/** The years some searchable item belongs to (its facets' year). */
export function yearOptions(items: Iterable<{ year: string }>): FilterOption[] {
  return [...new Set([...items].map((item) => item.year))].sort((a, b) => b.localeCompare(a)).map((year) => ({ value: year, label: year }));
}

export function tagOptions(tags: Iterable<{ id: string; label: string }>): FilterOption[] {
  const collator = new Intl.Collator('vi');
  return [...tags].sort((a, b) => collator.compare(a.label, b.label)).map((tag) => ({ value: tag.id, label: tag.label }));
}
