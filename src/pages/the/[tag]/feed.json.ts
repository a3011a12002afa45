/** JSON Feed 1.1 of the news items and articles carrying one tag. */
import { jsonFeedResponse, tagFeed, tagFeedPaths } from '../../_responses/feeds.ts';

export const getStaticPaths = tagFeedPaths;
export const GET = tagFeed(jsonFeedResponse);
