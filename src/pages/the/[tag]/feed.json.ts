/** JSON Feed 1.1 of the news items and articles carrying one tag. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSyndication } from '../../../data/syndication.ts';
import { jsonFeedResponse } from '../../../data/feed-responses.ts';
import { feedChannels } from '../../../lib/syndication/feeds.ts';

export const getStaticPaths = (async () => {
  const { site } = await loadSyndication();
  return [...site.tags.values()].map((tag) => ({ params: { tag: tag.id }, props: { label: tag.data.label } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ label: string }, { tag: string }> = async ({ params, props }) => {
  const { site, items } = await loadSyndication();
  return jsonFeedResponse(feedChannels.tag(site.settings.siteName, params.tag, props.label), items.filter((item) => item.tags.some((tag) => tag.id === params.tag)));
};
