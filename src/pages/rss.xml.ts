/** RSS 2.0 of every news item and article. */
import type { APIRoute } from 'astro';
import { loadSyndication } from '../data/syndication.ts';
import { rssResponse } from './_responses/feeds.ts';
import { feedChannels } from '../lib/syndication/feeds.ts';

export const GET: APIRoute = async () => {
  const { site, items } = await loadSyndication();
  return rssResponse(feedChannels.all(site.settings.siteName), items);
};
