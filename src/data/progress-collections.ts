/**
 * The progress collections (updates, markets, verification sessions), loaded
 * for src/data/site.ts. They are empty until work is reported:
 * an empty folder is read as no entries, without Astro's empty-collection warning.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_FOLDERS, contentDir } from '../lib/content-folders.ts';
import { hasDataFiles } from './optional-glob.ts';
import type { ProgressSources } from '../lib/plan/counting.ts';

export type ProgressUpdateEntry = CollectionEntry<'progressUpdates'>;
export type MarketEntry = CollectionEntry<'markets'>;
export type VerificationSessionEntry = CollectionEntry<'verificationSessions'>;

export interface ProgressContent {
  progressUpdates: ProgressUpdateEntry[];
  markets: MarketEntry[];
  verificationSessions: VerificationSessionEntry[];
}

const present = (folder: string): boolean => hasDataFiles(`${contentDir()}/${folder}`);

/** Loads the progress collections (checked with the rest by validateSite in site.ts). */
export async function loadProgressContent(): Promise<ProgressContent> {
  const [progressUpdates, markets, verificationSessions] = await Promise.all([
    present(CONTENT_FOLDERS.progressUpdates) ? getCollection('progressUpdates') : [],
    present(CONTENT_FOLDERS.markets) ? getCollection('markets') : [],
    present(CONTENT_FOLDERS.verificationSessions) ? getCollection('verificationSessions') : [],
  ]);
  return { progressUpdates, markets, verificationSessions };
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
