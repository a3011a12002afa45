/**
 * Reads a content root into the plain entries validateSite takes (id = file
 * name without extension, file = path as problems name it, data = front matter
 * or YAML as Astro reads it), for tests that check content without a build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import type { SiteEntries, SiteEntry } from '../../src/lib/validation/site.ts';
import { readContentData } from './content-file.ts';

/** Collection name → its folder under the content root. */
export const COLLECTION_FOLDERS: Record<CollectionName, string> = {
  news: CONTENT_FOLDERS.news,
  articles: CONTENT_FOLDERS.articles,
  events: CONTENT_FOLDERS.events,
  plans: CONTENT_FOLDERS.plans,
  tags: CONTENT_FOLDERS.tags,
  settings: CONTENT_FOLDERS.settings,
  progressUpdates: CONTENT_FOLDERS.progressUpdates,
  markets: CONTENT_FOLDERS.markets,
  verificationSessions: CONTENT_FOLDERS.verificationSessions,
  documents: CONTENT_FOLDERS.documents,
  questions: CONTENT_FOLDERS.questions,
};

/** Collections of Markdown files (the others are YAML), as src/content.config.ts globs them. */
const MARKDOWN = new Set(['news', 'articles', 'events']);

export type AllSiteEntries = Record<CollectionName, SiteEntry[]>;
const NAMES = Object.keys(COLLECTION_FOLDERS) as CollectionName[];

function filesOf(dir: string, markdown: boolean): string[] {
  try {
    return readdirSync(dir).filter((file) => (markdown ? /\.mdx?$/ : /\.ya?ml$/).test(file)).sort();
  } catch {
    return [];
  }
}

/** Every entry under `root`, files named `${label}/<folder>/<name>`. */
export function readSiteEntries(root: string, label: string): AllSiteEntries {
  const result = {} as AllSiteEntries;
  for (const name of NAMES) {
    const folder = COLLECTION_FOLDERS[name];
    result[name] = filesOf(join(root, folder), MARKDOWN.has(name)).map((file) => ({
      id: file.replace(/\.[^.]+$/, ''),
      file: `${label}/${folder}/${file}`,
      data: readContentData(join(root, folder, file)),
    }));
  }
  return result;
}

/** Two sets of entries as one (fixtures over the real content). */
export function mergeSiteEntries(a: AllSiteEntries, b: SiteEntries): AllSiteEntries {
  const result = {} as AllSiteEntries;
  for (const name of NAMES) result[name] = [...a[name], ...(b[name] ?? [])];
  return result;
}
