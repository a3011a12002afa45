/** RSS 2.0 of bài viết only. */
import type { APIRoute } from 'astro';
import { loadSyndication } from '../../data/syndication.ts';
import { rssResponse } from '../_responses/feeds.ts';
import { feedChannels } from '../../lib/syndication/feeds.ts';

export const GET: APIRoute = async () => {
  const { site, byType } = await loadSyndication();
  return rssResponse(feedChannels.articles(site.settings.siteName), byType.article);
};
