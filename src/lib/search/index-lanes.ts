/**
 * How the search indexes are shared out between Pagefind services when the
 * build writes them (src/integrations/pagefind.ts). One service adds and
 * writes one page at a time, on one core (measured: README, "Build cost"),
 * so the indexes are built by as many services as there are cores to run
 * them, each in a thread of its own: the summary by the build's own thread's
 * while the pages are read, then each year's full text by whichever has the
 * least to do.
 */

/**
 * What a page costs a Pagefind service beside its HTML, in characters of
 * HTML that cost the same: about 0.36 ms a page against 0.33 s a million
 * characters, fitted on the 4,000- and 10,000-item builds' steps (README,
 * "Build cost"). It is why the summary index (many small pages) takes about
 * as long as a year's full text with twice its characters.
 */
const PAGE_COST_IN_CHARACTERS = 1000;

/** What an index of `pages` pages and `characters` characters of HTML costs its service, in characters (indexCost ≥ characters). */
export function indexCost(characters: number, pages: number): number {
  return characters + PAGE_COST_IN_CHARACTERS * pages;
}

/** Throws unless `services` is a number of Pagefind services: a whole number of at least 1. */
export function checkServices(services: number): void {
  if (!Number.isInteger(services) || services < 1) throw new Error(`search index: ${services} is not a number of Pagefind services`);
}

/**
 * The indexes of `sizes` (what each costs its service: indexCost) shared out
 * between `lanes` services, some of which may have `begun` with work of
 * their own (what each lane already has, in the same unit; none by
 * default): largest first, each onto the lane with the least so far (the
 * longest-processing-time rule), so the lanes end at about the same time.
 * Returns each lane's indexes by position in `sizes`, in the order given
 * there; no more lanes than there are indexes and lanes begun (one when
 * there are none). Throws when `lanes` is not a whole number of at least 1,
 * or `begun` names more lanes than that.
 */
export function shareOutIndexes(sizes: readonly number[], lanes: number, begun: readonly number[] = []): number[][] {
  checkServices(lanes);
  if (begun.length > lanes) throw new Error(`search index: work begun on ${begun.length} of ${lanes} Pagefind services`);
  const load = Array.from({ length: Math.min(lanes, Math.max(1, begun.length + sizes.length)) }, (_, n) => begun[n] ?? 0);
  const lane = new Array<number>(sizes.length);
  const bySize = sizes.map((size, index) => ({ size, index })).sort((a, b) => b.size - a.size || a.index - b.index);
  for (const { size, index } of bySize) {
    const least = load.indexOf(Math.min(...load));
    lane[index] = least;
    load[least]! += size;
  }
  return load.map((_, n) => sizes.flatMap((_size, index) => (lane[index] === n ? [index] : [])));
}
