/**
 * How the search indexes are shared out between Pagefind services when the
 * build writes them (src/integrations/pagefind.ts). One service adds and
 * writes one page at a time, on one core (measured: README, "Build cost"),
 * so the indexes (the summary and each year's full text) are built by as many
 * services as there are cores to run them, each in a thread of its own.
 */

/**
 * The indexes of `sizes` (what each is handed, in characters of HTML: what a
 * service spends its time on) shared out between `lanes` services: largest
 * first, each onto the lane handed the fewest characters so far (the
 * longest-processing-time rule), so the lanes end at about the same time.
 * Returns each lane's indexes by position in `sizes`, in the order given
 * there; no more lanes than there are indexes (one when there are none).
 * Throws when `lanes` is not a whole number of at least 1.
 */
export function shareOutIndexes(sizes: readonly number[], lanes: number): number[][] {
  if (!Number.isInteger(lanes) || lanes < 1) throw new Error(`search index: ${lanes} is not a number of Pagefind services`);
  const load = Array.from({ length: Math.min(lanes, Math.max(sizes.length, 1)) }, () => 0);
  const lane = new Array<number>(sizes.length);
  const bySize = sizes.map((size, index) => ({ size, index })).sort((a, b) => b.size - a.size || a.index - b.index);
  for (const { size, index } of bySize) {
    const least = load.indexOf(Math.min(...load));
    lane[index] = least;
    load[least]! += size;
  }
  return load.map((_, n) => sizes.flatMap((_size, index) => (lane[index] === n ? [index] : [])));
}
