/**
 * The one place pages get content from: loads every collection, runs the
 * checks of validateSite (src/lib/validation/), and hands back only what the public
 * may see. A problem stops the build with one line per file and field.
 */
import { readdirSync, statSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { CONTENT_FOLDERS, contentDir } from '../lib/content-folders.ts';
import { buildMoment, publicEntries } from '../lib/publishing.ts';
import { toCivilDate, type CivilDate } from '../lib/dates.ts';
import { contentRevision } from '../lib/content-revision.ts';
import { ContentError, contentErrorProblems, type Problem } from '../lib/validation/problem.ts';
import { SETTINGS_ID, validateSite } from '../lib/validation/site.ts';
import type { SettingsData } from '../schemas/settings.ts';
import { loadCollections, siteEntries, type Collections } from './collections.ts';
import type { ProgressContent } from './progress-collections.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type EventEntry = CollectionEntry<'events'>;
export type PlanEntry = CollectionEntry<'plans'>;
export type TagEntry = CollectionEntry<'tags'>;
export type DocumentEntry = CollectionEntry<'documents'>;
export type QuestionEntry = CollectionEntry<'questions'>;

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
  /** The documents register (văn bản), drafts and items dated in the future left out. */
  documents: DocumentEntry[];
  /** Answered questions (hỏi đáp), drafts left out, newest answer first. */
  questions: QuestionEntry[];
  /** Size in bytes of every uploaded attachment, by site path ("/tep/x.pdf"). */
  attachmentSizes: Map<string, number>;
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

/** Every file in the attachments folder (content/tep/) and its size, by the site path it is served at. */
function attachmentSizes(): Map<string, number> {
  const dir = `${contentDir()}/${CONTENT_FOLDERS.attachments}`;
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'README.md');
  } catch {
    return new Map();
  }
  return new Map(names.map((name) => [`/${CONTENT_FOLDERS.attachments}/${name}`, statSync(`${dir}/${name}`).size]));
}

let checked: { revision: string; problems: Problem[] } | undefined;

/**
 * validateSite's problems with the content, checked again only when the
 * content changed: under `astro dev` an item page loads the site three times
 * per request, and checking every entry was most of its time.
 */
function problemsOf(collections: Collections, attachments: Map<string, number>): Problem[] {
  const revision = contentRevision(collections, attachments);
  if (checked?.revision !== revision) {
    checked = { revision, problems: validateSite(siteEntries(collections), { contentRoot: contentDir(), attachments: new Set(attachments.keys()) }) };
  }
  return checked.problems;
}

async function load(): Promise<SiteContent> {
  const collections = await loadCollections();
  const attachments = attachmentSizes();
  const problems = problemsOf(collections, attachments);
  const { news, articles, events, plans, tags, settings } = collections;
  const siteSettings = settings.find((entry) => entry.id === SETTINGS_ID);
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
    progressUpdates: collections.progressUpdates,
    markets: collections.markets,
    verificationSessions: collections.verificationSessions,
    documents: collections.documents.filter((document) => !document.data.draft && (!document.data.publishedAt || document.data.publishedAt.getTime() <= now.getTime())),
    questions: collections.questions.filter((question) => !question.data.draft).sort((a, b) => b.data.answeredAt.localeCompare(a.data.answeredAt) || a.id.localeCompare(b.id)),
    attachmentSizes: attachments,
  };
}

/** Site content for this build, loaded and checked once. */
export const loadSite = cachedInBuild(load);

/**
 * A route's getStaticPaths. Astro calls it to match a request before the
 * middleware runs, so under `astro dev` a ContentError thrown there (content
 * with problems) would answer Astro's English stack trace. Under dev such a
 * route therefore gives no paths: the request falls through to 404.astro,
 * whose loadSite() throws inside the middleware, which answers the Vietnamese
 * problem page (src/middleware.ts). Astro clears its paths when content
 * changes, so the page is back once the problem is fixed. In a build the error
 * stops the build as before.
 */
export function pathsOf<A extends unknown[], R>(paths: (...args: A) => Promise<R[]>): (...args: A) => Promise<R[]> {
  return async (...args) => {
    try {
      return await paths(...args);
    } catch (error) {
      if (import.meta.env.DEV && contentErrorProblems(error)) return [];
      throw error;
    }
  };
}
