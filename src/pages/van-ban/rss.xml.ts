/** RSS 2.0 of the documents register. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { documentFeedItems } from '../../data/documents.ts';
import { rssResponse } from '../_responses/feeds.ts';
import { feedChannels } from '../../lib/syndication/feeds.ts';

export const GET: APIRoute = async () => rssResponse(feedChannels.documents((await loadSite()).settings.siteName), await documentFeedItems());
