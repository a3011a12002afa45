/**
 * What feeds and the API syndicate: every public news item and article
 * rendered to HTML once per build and turned into a SyndicatedItem
 * (src/lib/syndication/item.ts). Drafts and items dated in the future never get
 * here, because loadSite() already left them out. A page's head needs only its
 * own item's metadata (itemHead), never this whole set.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { cachedInBuild, loadSite, siteUrl, tagLabels, type ArticleEntry, type NewsEntry, type SiteContent } from './site.ts';
import { itemMeta, newestFirst, syndicatedItem, type ItemMeta, type ItemType, type SyndicatedItem } from '../lib/syndication/item.ts';
import { BODY_CACHE_FILE, bodyCacheText, cachedBodies, readBodyCache, transformFingerprint } from '../lib/syndication/body-cache.ts';
import { buildCacheDir } from '../lib/build-cache.ts';
import { writeCacheFile } from './cache-files.ts';
import transformSource from '../lib/syndication/html.ts?raw';
import { entryCoverShare } from './share-images.ts';

export interface Syndication {
  site: SiteContent;
  /** News and articles together, newest first. */
  items: SyndicatedItem[];
  byType: Record<ItemType, SyndicatedItem[]>;
  /** The cover share files to write, by the uid of their item (sharePaths.cover). */
  coverFiles: Map<string, Uint8Array<ArrayBuffer>>;
}

const BODY_CACHE = resolve(buildCacheDir(process.env), BODY_CACHE_FILE);
const readText = (path: string) => readFile(path, 'utf8').catch(() => undefined);

/** The fingerprint of the body transform: its source, bundled with this code, and the project's lockfile. */
async function fingerprint(): Promise<string> {
  return transformFingerprint(transformSource, (await readText(resolve('package-lock.json'))) ?? '');
}

async function load(): Promise<Syndication> {
  const started = performance.now();
  // The cache file is read while the site loads: every route waits for this.
  const [site, stamp, earlier] = await Promise.all([loadSite(), fingerprint(), readText(BODY_CACHE)]);
  const bodies = cachedBodies(readBodyCache(earlier, stamp));
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const coverFiles = new Map<string, Uint8Array<ArrayBuffer>>();
  const context = { site: siteUrl(), tagLabels: tagLabels(site), events: site.events, plans: site.plans };

  let rendered = 0;
  async function toItem(entry: NewsEntry | ArticleEntry, type: ItemType): Promise<SyndicatedItem> {
    rendered += 1;
    const { Content } = await render(entry);
    const bodyHtml = await container.renderToString(Content);
    const cover = await entryCoverShare(entry);
    if (cover) coverFiles.set(entry.data.uid, cover.bytes);
    return syndicatedItem({ id: entry.id, type, data: entry.data }, { ...context, bodyHtml, bodyOf: bodies.body, coverFile: cover?.meta });
  }

  const news = await Promise.all(site.news.map((entry) => toItem(entry, 'news')));
  const articles = await Promise.all(site.articles.map((entry) => toItem(entry, 'article')));
  if (bodies.changed) await writeCacheFile(BODY_CACHE, bodyCacheText(stamp, bodies.used), 'syndication', 'the next build parses every body again');
  // Said once per build (per request under astro dev): tests/build/rendering-once.test.ts
  // holds feeds and the API to one render per body, and item pages to none, and
  // a warm build to no parse.
  console.info(
    `syndication: rendered ${rendered} bodies for feeds and the API in ${((performance.now() - started) / 1000).toFixed(2)} s (${bodies.parsed} parsed, ${rendered - bodies.parsed} from the build cache)`,
  );
  return {
    site,
    items: newestFirst([...news, ...articles]),
    byType: { news: newestFirst(news), article: newestFirst(articles) },
    coverFiles,
  };
}

/** Syndicated items for this build, rendered once. */
export const loadSyndication = cachedInBuild(load);

/** What one item's page head says about it: its own entry and cover share file, never a body. */
export async function itemHead(entry: NewsEntry | ArticleEntry, type: ItemType): Promise<ItemMeta> {
  const site = await loadSite();
  const cover = await entryCoverShare(entry);
  return itemMeta({ id: entry.id, type, data: entry.data }, { site: siteUrl(), tagLabels: tagLabels(site), coverFile: cover?.meta });
}
