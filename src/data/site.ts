/**
 * The one place pages get content from: loads every collection, runs the
 * cross-file checks (src/lib/validation/), and hands back only what the public
 * may see. A problem stops the build with one line per file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_FOLDERS, contentDir, fileOf } from '../lib/content-folders.ts';
import { buildMoment, publicEntries } from '../lib/publishing.ts';
import { toCivilDate, type CivilDate } from '../lib/dates.ts';
import { ContentError, type Problem } from '../lib/validation/problem.ts';
import { validatePlan } from '../lib/validation/plan.ts';
import { validateEvent } from '../lib/validation/event.ts';
import { validateReferences, type ReferenceIndex } from '../lib/validation/references.ts';
import type { SettingsData } from '../schemas/settings.ts';
import { loadProgressContent, type ProgressContent } from './progress-collections.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type EventEntry = CollectionEntry<'events'>;
export type PlanEntry = CollectionEntry<'plans'>;
export type TagEntry = CollectionEntry<'tags'>;

export interface SiteContent extends ProgressContent {
  /** The moment this build is for (BUILD_DATE or now) and its day in Vietnam. */
  now: Date;
  today: CivilDate;
  news: NewsEntry[];
  articles: ArticleEntry[];
  events: EventEntry[];
  plans: PlanEntry[];
  tags: Map<string, TagEntry>;
  settings: SettingsData;
}

/** The site's absolute base URL (astro.config.mjs `site`, from SITE_URL). */
export function siteUrl(): URL {
  return new URL(import.meta.env.SITE);
}

/** Tag labels by tag id. */
export function tagLabels(site: Pick<SiteContent, 'tags'>): Map<string, string> {
  return new Map([...site.tags].map(([id, tag]) => [id, tag.data.label]));
}

/**
 * A loader run once per build and shared by every page; under `astro dev` it
 * runs on every call, so an edited file shows on the next request.
 */
export function cachedInBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    cached ??= load();
    return cached;
  };
}

async function load(): Promise<SiteContent> {
  const [news, articles, events, plans, tags, settings] = await Promise.all([
    getCollection('news'),
    getCollection('articles'),
    getCollection('events'),
    getCollection('plans'),
    getCollection('tags'),
    getCollection('settings'),
  ]);

  const index: ReferenceIndex = {
    planTasks: new Map(plans.map((plan) => [plan.id, new Set(plan.data.tasks.map((task) => task.code))])),
    tagIds: new Set(tags.map((tag) => tag.id)),
    eventIds: new Set(events.map((event) => event.id)),
  };
  const problems: Problem[] = [
    ...plans.flatMap((plan) => validatePlan(plan.data, fileOf(plan, CONTENT_FOLDERS.plans))),
    ...events.flatMap((event) => validateEvent(event.data, fileOf(event, CONTENT_FOLDERS.events))),
    ...validateReferences(
      [
        ...news.map((e) => ({ id: e.id, file: fileOf(e, CONTENT_FOLDERS.news), data: e.data })),
        ...articles.map((e) => ({ id: e.id, file: fileOf(e, CONTENT_FOLDERS.articles), data: e.data })),
        ...events.map((e) => ({ id: e.id, file: fileOf(e, CONTENT_FOLDERS.events), data: e.data })),
      ],
      index,
    ),
  ];
  const progress = await loadProgressContent({
    plans: new Map(plans.map((plan) => [plan.id, plan.data])),
    newsIds: new Set(news.map((e) => e.id)),
    articleIds: new Set(articles.map((e) => e.id)),
    eventIds: new Set(events.map((e) => e.id)),
  });
  problems.push(...progress.problems);
  const settingsFile = `${contentDir()}/${CONTENT_FOLDERS.settings}/trang-web.yaml`;
  const siteSettings = settings.find((entry) => entry.id === 'trang-web');
  if (!siteSettings) problems.push({ file: settingsFile, field: '(file)', message: 'is missing: the site settings are required' });
  if (problems.length > 0 || !siteSettings) throw new ContentError(problems);

  const now = buildMoment();
  return {
    now,
    today: toCivilDate(now),
    news: publicEntries(news, now),
    articles: publicEntries(articles, now),
    events: events.filter((event) => !event.data.draft),
    plans: [...plans].sort((a, b) => b.data.period.start.localeCompare(a.data.period.start)),
    tags: new Map(tags.map((tag) => [tag.id, tag])),
    settings: siteSettings.data,
    progressUpdates: progress.progressUpdates,
    markets: progress.markets,
    verificationSessions: progress.verificationSessions,
  };
}

/** Site content for this build, loaded and checked once. */
export const loadSite = cachedInBuild(load);
