/**
 * What feeds, the API and page heads syndicate: every public news item and
 * article rendered to HTML once per build and turned into a SyndicatedItem
 * (src/lib/syndication/item.ts). Drafts and items dated in the future never get
 * here, because loadSite() already left them out.
 */
import type { ImageMetadata } from 'astro';
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { loadSite, type ArticleEntry, type NewsEntry, type SiteContent } from './site.ts';
import { newestFirst, syndicatedItem, type ItemType, type SyndicatedItem } from '../lib/syndication/item.ts';
import { coverShareFile, sharePaths } from '../lib/syndication/share-image.ts';

export interface Syndication {
  site: SiteContent;
  /** News and articles together, newest first. */
  items: SyndicatedItem[];
  byType: Record<ItemType, SyndicatedItem[]>;
  /** Item by the site path of its page ("/tin-tuc/abc/"). */
  byPath: Map<string, SyndicatedItem>;
  /** The cover share files to write, by the uid of their item (sharePaths.cover). */
  coverFiles: Map<string, Uint8Array<ArrayBuffer>>;
}

/**
 * The source file of a content image. Astro keeps it on the image as the
 * non-enumerable `fsPath` (set by its asset pipeline for every imported image)
 * and, on metadata the content layer copied, as `ASTRO_ASSET`
 * (astro/dist/content/runtime-assets.js); neither is public API, so say
 * clearly if a future Astro drops both.
 */
function sourceFile(image: ImageMetadata, file: string): string {
  const { fsPath, ASTRO_ASSET } = image as ImageMetadata & { fsPath?: unknown; ASTRO_ASSET?: unknown };
  const path = typeof fsPath === 'string' ? fsPath : ASTRO_ASSET;
  if (typeof path !== 'string') throw new Error(`${file}: cover.src: cannot find the image's source file (Astro no longer exposes fsPath or ASTRO_ASSET)`);
  return path;
}

async function load(): Promise<Syndication> {
  const site = await loadSite();
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const siteUrl = new URL(import.meta.env.SITE);
  const coverFiles = new Map<string, Uint8Array<ArrayBuffer>>();
  const context = {
    site: siteUrl,
    tagLabels: new Map([...site.tags].map(([id, tag]) => [id, tag.data.label])),
    events: site.events,
    plans: site.plans,
  };

  async function toItem(entry: NewsEntry | ArticleEntry, type: ItemType): Promise<SyndicatedItem> {
    const { Content } = await render(entry);
    const bodyHtml = await container.renderToString(Content);
    const cover = entry.data.cover;
    let coverFile;
    if (cover) {
      const file = await coverShareFile(sourceFile(cover.src, entry.filePath ?? entry.id));
      const path = sharePaths.cover(entry.data.uid);
      coverFiles.set(entry.data.uid, file.bytes);
      coverFile = { path, type: file.type, length: file.bytes.byteLength, width: file.width, height: file.height };
    }
    return syndicatedItem({ id: entry.id, type, data: entry.data }, { ...context, bodyHtml, coverFile });
  }

  const news = await Promise.all(site.news.map((entry) => toItem(entry, 'news')));
  const articles = await Promise.all(site.articles.map((entry) => toItem(entry, 'article')));
  const items = newestFirst([...news, ...articles]);
  return {
    site,
    items,
    byType: { news: newestFirst(news), article: newestFirst(articles) },
    byPath: new Map(items.map((item) => [new URL(item.url).pathname, item])),
    coverFiles,
  };
}

let cached: Promise<Syndication> | undefined;

/** Syndicated items for this build, rendered once. */
export function loadSyndication(): Promise<Syndication> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
