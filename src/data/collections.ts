/**
 * Every content collection, loaded once per call, and the same entries as the
 * plain { id, file, data } values validateSite takes. src/data/site.ts checks
 * and publishes them; the CMS's content index (src/pages/admin/noi-dung.json.ts)
 * hands them to the editor's browser, so that a save is checked against the
 * content it refers to.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_FOLDERS, contentDir, fileOf } from '../lib/content-folders.ts';
import { hasDataFiles } from './optional-glob.ts';
import { SETTINGS_ID, type SiteEntry } from '../lib/validation/site.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { loadProgressContent } from './progress-collections.ts';

export type Collections = { [N in CollectionName]: CollectionEntry<N>[] };

export async function loadCollections(): Promise<Collections> {
  // The register and Q&A may be empty (no question answered yet): getCollection would warn about that.
  const present = (folder: string) => hasDataFiles(`${contentDir()}/${folder}`);
  const [news, articles, events, plans, tags, settings, progress, documents, questions] = await Promise.all([
    getCollection('news'),
    getCollection('articles'),
    getCollection('events'),
    getCollection('plans'),
    getCollection('tags'),
    getCollection('settings'),
    loadProgressContent(),
    present(CONTENT_FOLDERS.documents) ? getCollection('documents') : [],
    present(CONTENT_FOLDERS.questions) ? getCollection('questions') : [],
  ]);
  return { news, articles, events, plans, tags, settings, ...progress, documents, questions };
}

/** Each entry as { id, file, data } (data as the schemas parsed it; no Markdown body). */
export function siteEntries(collections: Collections): Record<CollectionName, SiteEntry[]> {
  const names = Object.keys(collections) as CollectionName[];
  return Object.fromEntries(
    names.map((name) => [name, collections[name].map((entry) => ({ id: entry.id, file: fileOf(entry, CONTENT_FOLDERS[name]), data: entry.data }))]),
  ) as Record<CollectionName, SiteEntry[]>;
}

/**
 * The site's name for the CMS page, read without checking the content: a
 * content problem must never keep /admin/ from opening (it is where the editor
 * puts it right).
 */
export async function uncheckedSiteName(): Promise<string | undefined> {
  const settings = await getCollection('settings');
  return settings.find((entry) => entry.id === SETTINGS_ID)?.data.siteName;
}
