/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from syndicated items:
 * the same items as the RSS feeds, for readers that prefer JSON. What JSON
 * Feed has no field for (the cover's alt text and credit, the item type and
 * category) travels in the "_bac_giang" extension object, as the spec allows
 * for keys starting with an underscore; so do the public change notes. A
 * configured WebSub hub is listed in "hubs" (JSON Feed 1.1 §hubs).
 */
import type { FeedChannel } from './feeds.ts';
import type { FeedItem, FeedItemType } from './item.ts';
import { categoryLabels } from './rss.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  content_text: string;
  summary: string;
  image?: string;
  date_published: string;
  date_modified?: string;
  authors: { name: string }[];
  tags: string[];
  language: 'vi';
  attachments?: { url: string; mime_type: string; title: string; size_in_bytes: number }[];
  _bac_giang: {
    about: string;
    type: FeedItemType;
    category?: { id: string; label: string };
    image?: { alt: string; credit?: string };
    /** Public change notes, newest first: date (ISO 8601) and note. */
    changes: { date: string; note: string }[];
  };
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: 'vi';
  favicon: string;
  authors: { name: string; url: string }[];
  hubs?: { type: 'WebSub'; url: string }[];
  items: JsonFeedItem[];
}

export interface JsonFeedContext {
  site: URL;
  /** Who publishes the site (settings.organisation). */
  publisher: string;
  /** The press page, where the extension is documented. */
  aboutPath: string;
  /** The WebSub hub subscribers are told to use (WEBSUB_HUB), if any. */
  hub?: string | undefined;
}

export function jsonFeedItem(item: FeedItem, about: string): JsonFeedItem {
  const cover = item.cover;
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    content_html: item.html,
    content_text: item.text,
    summary: item.summary,
    ...(cover ? { image: cover.url } : {}),
    date_published: item.publishedAt.toISOString(),
    ...(item.updatedAt ? { date_modified: item.updatedAt.toISOString() } : {}),
    authors: [{ name: item.author }],
    tags: categoryLabels(item),
    language: 'vi',
    ...(cover?.type && cover.length ? { attachments: [{ url: cover.url, mime_type: cover.type, title: cover.alt, size_in_bytes: cover.length }] } : {}),
    _bac_giang: {
      about,
      type: item.type,
      ...(item.category ? { category: { id: item.category.id, label: item.category.label } } : {}),
      ...(cover ? { image: { alt: cover.alt, ...(cover.credit ? { credit: cover.credit } : {}) } } : {}),
      changes: item.changes.map((change) => ({ date: change.date.toISOString(), note: change.note })),
    },
  };
}

export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[], context: JsonFeedContext): JsonFeed {
  const abs = (path: string) => new URL(path, context.site).href;
  return {
    version: JSON_FEED_VERSION,
    title: channel.title,
    description: channel.description,
    home_page_url: abs(channel.pagePath),
    feed_url: abs(channel.jsonPath),
    language: 'vi',
    favicon: abs('/favicon.svg'),
    authors: [{ name: context.publisher, url: abs('/') }],
    ...(context.hub ? { hubs: [{ type: 'WebSub' as const, url: context.hub }] } : {}),
    items: items.map((item) => jsonFeedItem(item, abs(context.aboutPath))),
  };
}
