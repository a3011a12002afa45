/**
 * RSS 2.0 options for @astrojs/rss from syndicated items. What plain RSS 2.0
 * lacks comes from the usual namespaces: content:encoded for the full HTML,
 * dc:creator for a byline that is not an email address (RSS <author> must be
 * one), atom:link rel="self" and atom:updated for edits, and Media RSS for the
 * cover's size, credit and description (its alt text, inside media:content
 * so that it describes the picture, not the item). The cover's alt text and
 * credit also open the full HTML as a <figure>, for readers that ignore Media
 * RSS. When a WebSub hub is configured, the channel names it (rel="hub").
 */
import type { RSSOptions } from '@astrojs/rss';
import type { FeedChannel } from './feeds.ts';
import type { FeedItem } from './item.ts';

export const RSS_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/** Text escaped for an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * @astrojs/rss re-parses customData and turns number-like text into numbers
 * ("123e45" comes out as "1.23e+47"): a uid that looks like a number would
 * silently lose its GUID, so refuse it instead.
 */
function assertTextSurvives(value: string, what: string): string {
  if (/^\s*([-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?|0x[0-9a-f]+)\s*$/i.test(value)) {
    throw new Error(`${what} "${value}" looks like a number, which RSS generation would rewrite; give it at least one letter`);
  }
  return value;
}

/** The newest change among the items: when the channel's content last changed. */
export function lastChange(items: readonly FeedItem[], fallback: Date): Date {
  const times = items.map((item) => (item.updatedAt ?? item.publishedAt).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : fallback;
}

/** Category then tag labels, each once (a tag may be named like the category). */
export function categoryLabels(item: FeedItem): string[] {
  return [...new Set([...(item.category ? [item.category.label] : []), ...item.tags.map((tag) => tag.label)])];
}

function mediaContent(item: FeedItem): string {
  const cover = item.cover;
  if (!cover) return '';
  const size = [cover.width && `width="${cover.width}"`, cover.height && `height="${cover.height}"`, cover.length && `fileSize="${cover.length}"`].filter(Boolean).join(' ');
  return (
    `<media:content url="${escapeXml(cover.url)}" type="${escapeXml(cover.type ?? '')}" medium="image" ${size}>` +
    `<media:description type="plain">${escapeXml(assertTextSurvives(cover.alt, `alt text of ${item.url}`))}</media:description>` +
    (cover.credit ? `<media:credit>${escapeXml(assertTextSurvives(cover.credit, `credit of ${item.url}`))}</media:credit>` : '') +
    `</media:content>`
  );
}

/** The item's HTML for content:encoded: the cover as a figure with its alt and credit, then the body. */
export function rssContent(item: FeedItem): string {
  const cover = item.cover;
  if (!cover) return item.html;
  const size = cover.width && cover.height ? ` width="${cover.width}" height="${cover.height}"` : '';
  const caption = cover.credit ? `<figcaption>Ảnh: ${escapeXml(cover.credit)}</figcaption>` : '';
  return `<figure><img src="${escapeXml(cover.url)}" alt="${escapeXml(cover.alt)}"${size}>${caption}</figure>\n${item.html}`;
}

function itemCustomData(item: FeedItem): string {
  return [
    `<guid isPermaLink="false">${escapeXml(assertTextSurvives(item.id, `uid of ${item.url}`))}</guid>`,
    `<dc:creator>${escapeXml(item.author)}</dc:creator>`,
    item.updatedAt ? `<atom:updated>${item.updatedAt.toISOString()}</atom:updated>` : '',
    mediaContent(item),
  ].join('');
}

export interface RssContext {
  site: URL;
  /** The build moment: lastBuildDate of an empty feed. */
  now: Date;
  /** The WebSub hub subscribers are told to use (WEBSUB_HUB), if any. */
  hub?: string | undefined;
}

export function rssOptions(channel: FeedChannel, items: readonly FeedItem[], context: RssContext): RSSOptions {
  const self = new URL(channel.rssPath, context.site).href;
  return {
    title: channel.title,
    description: channel.description,
    site: new URL(channel.pagePath, context.site).href,
    xmlns: RSS_NAMESPACES,
    customData: [
      '<language>vi</language>',
      `<lastBuildDate>${lastChange(items, context.now).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
      context.hub ? `<atom:link href="${escapeXml(context.hub)}" rel="hub"/>` : '',
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      // RSS readers take <description> as HTML: escape the summary so a literal "<" stays text.
      description: escapeXml(item.summary),
      pubDate: item.publishedAt,
      content: rssContent(item),
      categories: categoryLabels(item),
      ...(item.cover?.type && item.cover.length ? { enclosure: { url: item.cover.url, type: item.cover.type, length: item.cover.length } } : {}),
      customData: itemCustomData(item),
    })),
  };
}
