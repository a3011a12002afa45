/**
 * What lists show of an item, whatever its type: news and articles mix on tag
 * pages and the home page, so they share one shape.
 */
import type { ImageMetadata } from 'astro';
import { ARTICLE_CATEGORIES, type ArticleCategory } from '../schemas/publication.ts';
import { urls } from './urls.ts';

interface PublicationLike {
  id: string;
  data: {
    title: string;
    summary: string;
    publishedAt: Date;
    tags: string[];
    cover?: { src: ImageMetadata; alt: string; credit?: string | undefined } | undefined;
    category?: ArticleCategory;
  };
}

export interface ListItem {
  href: string;
  title: string;
  summary: string;
  date: Date;
  /** "Tin tức" or the article's category. */
  kicker: string;
  cover?: PublicationLike['data']['cover'];
  tags: string[];
}

export function newsListItem(entry: PublicationLike): ListItem {
  return { href: urls.news(entry.id), title: entry.data.title, summary: entry.data.summary, date: entry.data.publishedAt, kicker: 'Tin tức', cover: entry.data.cover, tags: entry.data.tags };
}

export function articleListItem(entry: PublicationLike): ListItem {
  const kicker = entry.data.category ? ARTICLE_CATEGORIES[entry.data.category] : 'Bài viết';
  return { href: urls.article(entry.id), title: entry.data.title, summary: entry.data.summary, date: entry.data.publishedAt, kicker, cover: entry.data.cover, tags: entry.data.tags };
}

/** News and articles together, newest first. */
export function mergedListing(news: readonly PublicationLike[], articles: readonly PublicationLike[]): ListItem[] {
  return [...news.map(newsListItem), ...articles.map(articleListItem)].sort((a, b) => b.date.getTime() - a.date.getTime() || a.href.localeCompare(b.href));
}

/** How many listed items carry each tag. */
export function tagCounts(items: readonly ListItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const tag of item.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return counts;
}
