/** RSS 2.0 of the news items and articles carrying one tag. */
import { rssResponse, tagFeed, tagFeedPaths } from '../../../data/feed-responses.ts';

export const getStaticPaths = tagFeedPaths;
export const GET = tagFeed(rssResponse);
