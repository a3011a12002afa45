/**
 * Every feed the site publishes, named once: the feeds' own endpoints, the
 * <link rel="alternate"> tags in page heads and the press page all read this
 * catalogue, so a feed cannot be announced without existing or the reverse.
 */
import { urls } from '../urls.ts';

export interface FeedChannel {
  /** Feed title as readers show it. */
  title: string;
  description: string;
  /** Site path of the page the feed mirrors (its <link>). */
  pagePath: string;
  /** Site path of the RSS 2.0 file. */
  rssPath: string;
  /** Site path of the JSON Feed 1.1 file. */
  jsonPath: string;
}

/** "/tin-tuc/" → "/tin-tuc/rss.xml": feeds sit next to the list they mirror. */
function channel(pagePath: string, title: string, description: string): FeedChannel {
  return { title, description, pagePath, rssPath: `${pagePath}rss.xml`, jsonPath: `${pagePath}feed.json` };
}

export const feedChannels = {
  all: (siteName: string) => channel(urls.home(), siteName, `Tin tức và bài viết mới của ${siteName}.`),
  news: (siteName: string) => channel(urls.newsList(), `Tin tức – ${siteName}`, `Tin tức mới của ${siteName}.`),
  articles: (siteName: string) => channel(urls.articleList(), `Bài viết – ${siteName}`, `Bài viết chuyên đề mới của ${siteName}.`),
  documents: (siteName: string) => channel(urls.documentList(), `Văn bản – ${siteName}`, `Văn bản mới trong danh mục văn bản của ${siteName}.`),
  tag: (siteName: string, id: string, label: string) => channel(urls.tag(id), `${label} – ${siteName}`, `Tin tức và bài viết gắn thẻ “${label}” trên ${siteName}.`),
};

/**
 * The feeds a page announces: the whole site's, plus the one of the list it
 * belongs to, plus its tag's when the page is a tag's (passed by that page).
 */
export function feedsForPage(pathname: string, siteName: string, tag?: { id: string; label: string }): FeedChannel[] {
  const feeds = [feedChannels.all(siteName)];
  if (pathname.startsWith(urls.newsList())) feeds.push(feedChannels.news(siteName));
  if (pathname.startsWith(urls.articleList())) feeds.push(feedChannels.articles(siteName));
  if (pathname.startsWith(urls.documentList())) feeds.push(feedChannels.documents(siteName));
  if (tag) feeds.push(feedChannels.tag(siteName, tag.id, tag.label));
  return feeds;
}

/** How many items a feed carries (newest first): enough for any reader to catch up. */
export const FEED_ITEM_LIMIT = 50;
