/** JSON Feed 1.1 of every news item and article. */
import type { APIRoute } from 'astro';
import { loadSyndication } from '../data/syndication.ts';
import { jsonFeedResponse } from './_responses/feeds.ts';
import { feedChannels } from '../lib/syndication/feeds.ts';

export const GET: APIRoute = async () => {
  const { site, items } = await loadSyndication();
  return jsonFeedResponse(feedChannels.all(site.settings.siteName), items);
};
