/**
 * What the public may see: drafts never, items dated in the future not until
 * their date (the daily rebuild publishes them). Lists are newest first.
 */
export interface Publishable {
  draft: boolean;
  publishedAt: Date;
  updatedAt?: Date | undefined;
}

export function isPublic(item: Publishable, now: Date): boolean {
  return !item.draft && item.publishedAt.getTime() <= now.getTime();
}

/** Public entries, newest first (ties broken by id so the order is stable). */
export function publicEntries<T extends { id: string; data: Publishable }>(entries: readonly T[], now: Date): T[] {
  return entries
    .filter((entry) => isPublic(entry.data, now))
    .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
}

/** The moment the site is built for: BUILD_DATE (ISO date or date-time) when set, else now. */
export function buildMoment(env: Record<string, string | undefined> = process.env, clock: () => Date = () => new Date()): Date {
  const fixed = env.BUILD_DATE;
  if (!fixed) return clock();
  const moment = new Date(/^\d{4}-\d{2}-\d{2}$/.test(fixed) ? `${fixed}T12:00:00+07:00` : fixed);
  if (Number.isNaN(moment.getTime())) throw new Error(`BUILD_DATE "${fixed}" is not a date (use YYYY-MM-DD)`);
  return moment;
}
