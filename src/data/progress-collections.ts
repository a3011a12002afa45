/**
 * The progress collections (updates, markets, verification sessions), loaded
 * and checked for src/data/site.ts. They are empty until work is reported:
 * an empty folder is read as no entries, without Astro's empty-collection warning.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_FOLDERS, contentDir, fileOf } from '../lib/content-folders.ts';
import { hasDataFiles } from './optional-glob.ts';
import type { Problem } from '../lib/validation/problem.ts';
import type { ProgressSources } from '../lib/plan/counting.ts';
import { validateMarkets, validateProgressUpdates, validateSessions, type ProgressIndex } from '../lib/validation/progress.ts';

export type ProgressUpdateEntry = CollectionEntry<'progressUpdates'>;
export type MarketEntry = CollectionEntry<'markets'>;
export type VerificationSessionEntry = CollectionEntry<'verificationSessions'>;

export interface ProgressContent {
  progressUpdates: ProgressUpdateEntry[];
  markets: MarketEntry[];
  verificationSessions: VerificationSessionEntry[];
}

const present = (folder: string): boolean => hasDataFiles(`${contentDir()}/${folder}`);

/** Loads the progress collections and checks them against the plans and the other content. */
export async function loadProgressContent(index: Omit<ProgressIndex, 'marketIds'>): Promise<ProgressContent & { problems: Problem[] }> {
  const [progressUpdates, markets, verificationSessions] = await Promise.all([
    present(CONTENT_FOLDERS.progressUpdates) ? getCollection('progressUpdates') : [],
    present(CONTENT_FOLDERS.markets) ? getCollection('markets') : [],
    present(CONTENT_FOLDERS.verificationSessions) ? getCollection('verificationSessions') : [],
  ]);
  const fullIndex: ProgressIndex = { ...index, marketIds: new Set(markets.map((m) => m.id)) };
  const problems = [
    ...validateProgressUpdates(
      progressUpdates.map((e) => ({ id: e.id, file: fileOf(e, CONTENT_FOLDERS.progressUpdates), data: e.data })),
      fullIndex,
    ),
    ...validateMarkets(markets.map((e) => ({ id: e.id, file: fileOf(e, CONTENT_FOLDERS.markets), data: e.data }))),
    ...validateSessions(
      verificationSessions.map((e) => ({ id: e.id, file: fileOf(e, CONTENT_FOLDERS.verificationSessions), data: e.data })),
      fullIndex,
    ),
  ];
  return { progressUpdates, markets, verificationSessions, problems };
}

/** What the progress of a plan is computed from, as the site publishes it (public news and articles, non-draft events). */
export function progressSources(site: ProgressContent & { news: ProgressSources['news']; articles: ProgressSources['articles']; events: ProgressSources['events'] }): ProgressSources {
  return {
    updates: site.progressUpdates,
    news: site.news,
    articles: site.articles,
    events: site.events,
    markets: site.markets,
    sessions: site.verificationSessions,
  };
}
