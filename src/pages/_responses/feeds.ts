/** The HTTP responses of feed endpoints: one RSS and one JSON Feed per channel, newest items first. */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { loadSyndication } from '../../data/syndication.ts';
import { pathsOf, siteUrl } from '../../data/site.ts';
import { jsonResponse } from './http.ts';
import { FEED_ITEM_LIMIT, feedChannels, type FeedChannel } from '../../lib/syndication/feeds.ts';
import { jsonFeed } from '../../lib/syndication/json-feed.ts';
import { rssOptions } from '../../lib/syndication/rss.ts';
import type { FeedItem } from '../../lib/syndication/item.ts';
import { urls } from '../../lib/urls.ts';

/** The WebSub hub feeds advertise (rel="hub"), when the deployment has one: WEBSUB_HUB. */
const hub = () => process.env.WEBSUB_HUB || undefined;

export async function rssResponse(channel: FeedChannel, items: readonly FeedItem[]): Promise<Response> {
  const { site } = await loadSyndication();
  const response = await rss(rssOptions(channel, items.slice(0, FEED_ITEM_LIMIT), { site: siteUrl(), now: site.now, hub: hub() }));
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
}

export async function jsonFeedResponse(channel: FeedChannel, items: readonly FeedItem[]): Promise<Response> {
  const { site } = await loadSyndication();
  const feed = jsonFeed(channel, items.slice(0, FEED_ITEM_LIMIT), { site: siteUrl(), publisher: site.settings.organisation, aboutPath: urls.press(), hub: hub() });
  return jsonResponse(feed, 'application/feed+json');
}

/** One feed per tag (/the/{tag}/rss.xml, /the/{tag}/feed.json), tag pages or not. */
export const tagFeedPaths = pathsOf(async () => {
  const { site } = await loadSyndication();
  return [...site.tags.values()].map((tag) => ({ params: { tag: tag.id }, props: { label: tag.data.label } }));
});

/** The endpoint of a tag's feed in one format: the items carrying the tag. */
export const tagFeed =
  (respond: typeof rssResponse): APIRoute<{ label: string }, { tag: string }> =>
  async ({ params, props }) => {
    const { site, items } = await loadSyndication();
    return respond(feedChannels.tag(site.settings.siteName, params.tag, props.label), items.filter((item) => item.tags.some((tag) => tag.id === params.tag)));
  };
