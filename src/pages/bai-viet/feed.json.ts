/** JSON Feed 1.1 of bài viết only. */
import type { APIRoute } from 'astro';
import { loadSyndication } from '../../data/syndication.ts';
import { jsonFeedResponse } from '../_responses/feeds.ts';
import { feedChannels } from '../../lib/syndication/feeds.ts';

export const GET: APIRoute = async () => {
  const { site, byType } = await loadSyndication();
  return jsonFeedResponse(feedChannels.articles(site.settings.siteName), byType.article);
};
