/**
 * One news item or article as we syndicate it: the single shape that the RSS
 * feeds, the JSON Feeds and the API are all made from, so the three can never
 * disagree. Built from an entry plus what the build computed for it (its
 * rendered body, its share image), with every URL absolute.
 */
import { ARTICLE_CATEGORIES, type ArticleCategory } from '../../schemas/publication.ts';
import type { ChangeNote, TaskRef } from '../../schemas/shared.ts';
import type { PlanData } from '../../schemas/plan.ts';
import { taskLinks } from '../plan/task-links.ts';
import { changeHistory } from '../change-history.ts';
import { urls } from '../urls.ts';
import { syndicatedBody, type SyndicatedBody } from './html.ts';

/** The two syndicated content types; these names are part of the API. */
export type ItemType = 'news' | 'article';
/** What a feed may carry: news and articles, and the documents of the register (their own feed only). */
export type FeedItemType = ItemType | 'document';

/** A picture as machines get it: where, what it shows, who owns it. */
export interface SyndicatedImage {
  url: string;
  alt: string;
  credit?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  /** MIME type and size in bytes, when we know the exact file (the cover). */
  type?: string | undefined;
  length?: number | undefined;
}

/** What an item's page head needs (share card, JSON-LD): the entry and its cover, never its body. */
export interface ItemMeta {
  /** The entry's uid: never changes, whatever happens to title or file name. */
  id: string;
  type: ItemType;
  /** Absolute URL of the item's page. */
  url: string;
  title: string;
  summary: string;
  publishedAt: Date;
  /** Set only when the item was edited after publication (its stated update or newest change note). */
  updatedAt?: Date | undefined;
  /** Public change notes, newest first (minor fixes are never recorded). */
  changes: ChangeNote[];
  author: string;
  category?: { id: string; label: string; url: string } | undefined;
  tags: { id: string; label: string; url: string }[];
  cover?: SyndicatedImage | undefined;
}

export interface SyndicatedItem extends ItemMeta {
  /** Body HTML with absolute URLs. */
  html: string;
  /** Body as plain text. */
  text: string;
  /** Cover first, then the pictures of the body. */
  images: SyndicatedImage[];
  /** Events the item reports on; id is the event's uid. */
  relatedEvents: { id: string; title: string; url: string; start: string; end?: string | undefined }[];
  relatedTasks: { plan: string; planTitle: string; task: string; title: string; url: string }[];
}

/** What an entry contributes: the collection entry's id and data. */
export interface PublicationInput {
  id: string;
  type: ItemType;
  data: {
    uid: string;
    title: string;
    summary: string;
    publishedAt: Date;
    updatedAt?: Date | undefined;
    changes: ChangeNote[];
    author: string;
    tags: string[];
    relatedTasks: TaskRef[];
    relatedEvents: string[];
    category?: ArticleCategory | undefined;
    cover?: { alt: string; credit?: string | undefined } | undefined;
  };
}

/** What the build knows around an entry, enough for its head. */
export interface MetaContext {
  /** The site's absolute base URL. */
  site: URL;
  /** The cover's share file (src/lib/syndication/share-image.ts), when the entry has a cover. */
  coverFile?: { path: string; type: string; length: number; width: number; height: number } | undefined;
  tagLabels: ReadonlyMap<string, string>;
}

/** What the build knows around an entry, enough for its feeds and API. */
export interface ItemContext extends MetaContext {
  /** The body rendered to HTML (site-relative URLs are fine: they are made absolute here). */
  bodyHtml: string;
  /** How a body becomes what feeds carry: syndicatedBody, or the same through the build cache (src/lib/syndication/body-cache.ts). */
  bodyOf?: ((html: string, base: URL) => SyndicatedBody) | undefined;
  events: readonly { id: string; data: { uid: string; title: string; start: string; end?: string | undefined } }[];
  plans: readonly { id: string; data: Pick<PlanData, 'shortTitle' | 'tasks'> }[];
}

export const itemPath = (type: ItemType, id: string): string => (type === 'news' ? urls.news(id) : urls.article(id));

export function itemMeta(entry: PublicationInput, context: MetaContext): ItemMeta {
  const { data } = entry;
  const abs = (path: string) => new URL(path, context.site).href;
  const cover: SyndicatedImage | undefined =
    data.cover && context.coverFile
      ? {
          url: abs(context.coverFile.path),
          alt: data.cover.alt,
          credit: data.cover.credit,
          width: context.coverFile.width,
          height: context.coverFile.height,
          type: context.coverFile.type,
          length: context.coverFile.length,
        }
      : undefined;
  const history = changeHistory(data);
  return {
    id: data.uid,
    type: entry.type,
    url: abs(itemPath(entry.type, entry.id)),
    title: data.title,
    summary: data.summary,
    publishedAt: data.publishedAt,
    updatedAt: history.updatedAt,
    changes: history.notes,
    author: data.author,
    category: data.category ? { id: data.category, label: ARTICLE_CATEGORIES[data.category], url: abs(urls.category(data.category)) } : undefined,
    tags: data.tags.map((id) => ({ id, label: context.tagLabels.get(id) ?? id, url: abs(urls.tag(id)) })),
    cover,
  };
}

export function syndicatedItem(entry: PublicationInput, context: ItemContext): SyndicatedItem {
  const meta = itemMeta(entry, context);
  const { data } = entry;
  const abs = (path: string) => new URL(path, context.site).href;
  // Relative URLs in a body are written relative to the item's own page.
  const body = (context.bodyOf ?? syndicatedBody)(context.bodyHtml, new URL(meta.url));
  return {
    ...meta,
    html: body.html,
    text: body.text,
    images: [...(meta.cover ? [meta.cover] : []), ...body.images],
    relatedEvents: data.relatedEvents.flatMap((id) => {
      const event = context.events.find((candidate) => candidate.id === id);
      return event ? [{ id: event.data.uid, title: event.data.title, url: abs(urls.event(id)), start: event.data.start, end: event.data.end }] : [];
    }),
    relatedTasks: taskLinks(data.relatedTasks, context.plans).map((task) => ({
      plan: task.plan,
      planTitle: task.planTitle,
      task: task.code,
      title: task.title,
      url: abs(task.href),
    })),
  };
}

/** What a feed entry needs: a syndicated item, or a document of the register (src/lib/documents/feed.ts). */
export type FeedItem = Omit<SyndicatedItem, 'type' | 'images' | 'relatedEvents' | 'relatedTasks'> & { type: FeedItemType };

/** Items newest first by publication (ties by id), as every feed lists them. */
export function newestFirst<T extends FeedItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id));
}
