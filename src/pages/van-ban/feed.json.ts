/** JSON Feed 1.1 of the documents register. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { documentFeedItems } from '../../data/documents.ts';
import { jsonFeedResponse } from '../_responses/feeds.ts';
import { feedChannels } from '../../lib/syndication/feeds.ts';

export const GET: APIRoute = async () => jsonFeedResponse(feedChannels.documents((await loadSite()).settings.siteName), await documentFeedItems());
