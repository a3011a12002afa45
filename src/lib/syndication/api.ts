/**
 * The machine API, version 1: what /api/v1/ serves, built from syndicated
 * items. The shapes and the stability promise are in src/schemas/api/v1.ts.
 */
import type { ApiImage, ApiIndex, ApiItem, ApiSummary } from '../../schemas/api/v1.ts';
import { paginate } from '../pagination.ts';
import type { ItemType, SyndicatedImage, SyndicatedItem } from './item.ts';

export const API_VERSION = 'v1' as const;
export const API_BASE = `/api/${API_VERSION}/`;
/** Items per page of an index. */
export const API_PAGE_SIZE = 50;

/** URL segment of each type: /api/v1/news.json, /api/v1/articles.json. */
export const API_COLLECTIONS: Record<ItemType, string> = { news: 'news', article: 'articles' };

export const apiPaths = {
  index: (type: ItemType, page = 1) => (page <= 1 ? `${API_BASE}${API_COLLECTIONS[type]}.json` : `${API_BASE}${API_COLLECTIONS[type]}/page/${page}.json`),
  item: (type: ItemType, id: string) => `${API_BASE}${API_COLLECTIONS[type]}/${id}.json`,
  schema: (name: 'index' | 'item' | 'json-feed') => `${API_BASE}schema/${name}.json`,
};

function apiImage(image: SyndicatedImage): ApiImage {
  return {
    url: image.url,
    alt: image.alt,
    credit: image.credit ?? null,
    width: image.width ?? null,
    height: image.height ?? null,
    type: image.type ?? null,
    length: image.length ?? null,
  };
}

export function apiSummary(item: SyndicatedItem, site: URL): ApiSummary {
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    summary: item.summary,
    publishedAt: item.publishedAt.toISOString(),
    updatedAt: item.updatedAt?.toISOString() ?? null,
    url: item.url,
    apiUrl: new URL(apiPaths.item(item.type, item.id), site).href,
    category: item.category ? { id: item.category.id, label: item.category.label } : null,
    tags: item.tags.map((tag) => ({ id: tag.id, label: tag.label })),
    image: item.cover ? apiImage(item.cover) : null,
  };
}

export function apiItem(item: SyndicatedItem, site: URL): ApiItem {
  return {
    apiVersion: API_VERSION,
    ...apiSummary(item, site),
    author: item.author,
    html: item.html,
    text: item.text,
    images: item.images.map(apiImage),
    changes: item.changes.map((change) => ({ date: change.date.toISOString(), note: change.note })),
    relatedEvents: item.relatedEvents.map((event) => ({ ...event, end: event.end ?? null })),
    relatedTasks: item.relatedTasks,
  };
}

/** Every page of a type's index (page 1 even when there are no items). */
export function apiIndexPages(type: ItemType, items: readonly SyndicatedItem[], site: URL, pageSize = API_PAGE_SIZE): ApiIndex[] {
  const abs = (path: string) => new URL(path, site).href;
  return paginate(items, pageSize).map((page) => ({
    apiVersion: API_VERSION,
    type,
    page: page.number,
    pageCount: page.total,
    pageSize,
    totalItems: items.length,
    self: abs(apiPaths.index(type, page.number)),
    prev: page.number > 1 ? abs(apiPaths.index(type, page.number - 1)) : null,
    next: page.number < page.total ? abs(apiPaths.index(type, page.number + 1)) : null,
    items: page.items.map((item) => apiSummary(item, site)),
  }));
}
