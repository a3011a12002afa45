/** RSS 2.0 of the news items and articles carrying one tag. */
import { rssResponse, tagFeed, tagFeedPaths } from '../../_responses/feeds.ts';

export const getStaticPaths = tagFeedPaths;
export const GET = tagFeed(rssResponse);
