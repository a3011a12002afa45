/** RSS 2.0 of tin tức only. */
import type { APIRoute } from 'astro';
import { loadSyndication } from '../../data/syndication.ts';
import { rssResponse } from '../_responses/feeds.ts';
import { feedChannels } from '../../lib/syndication/feeds.ts';

export const GET: APIRoute = async () => {
  const { site, byType } = await loadSyndication();
  return rssResponse(feedChannels.news(site.settings.siteName), byType.news);
};
