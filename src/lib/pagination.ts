/** Splits a list into numbered pages: page 1 at the list's own URL, then /trang/2/, /trang/3/… */
export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
}

export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a positive whole number, got ${pageSize}`);
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * pageSize, (i + 1) * pageSize), number: i + 1, total }));
}

/** URL of a page of the list at `base` ("/tin-tuc/"): page 1 is the base itself. */
export function pageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}trang/${number}/`;
}

/** The rest parameter of a paginated route ([...page].astro): undefined for page 1, "trang/N" after. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `trang/${number}`;
}

/** getStaticPaths entries for a paginated list. */
export function paginatedPaths<T>(items: readonly T[], pageSize: number) {
  return paginate(items, pageSize).map((page) => ({ params: { page: pageParam(page.number) }, props: { page } }));
}

/** Items per list page. */
export const PAGE_SIZE = 12;
