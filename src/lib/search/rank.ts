/**
 * Exact-diacritic matches first. Pagefind matches across diacritics and gives
 * exact forms a bonus (ranking.diacriticSimilarity), but a bonus can lose to
 * term frequency: "đo" can rank a page about "do" (because) above one about
 * "đo lường". So each search runs twice, once with exactDiacritics, and the
 * exact results lead in their own order, followed by the rest in theirs.
 */
export interface Ranked {
  id: string;
}

export function exactFirst<T extends Ranked>(exact: readonly T[], all: readonly T[]): T[] {
  const seen = new Set(exact.map((result) => result.id));
  return [...exact, ...all.filter((result) => !seen.has(result.id))];
}
