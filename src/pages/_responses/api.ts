/** Static paths and responses of the /api/v1/ endpoints, shared by news and articles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSyndication } from '../../data/syndication.ts';
import { pathsOf, siteUrl } from '../../data/site.ts';
import { jsonResponse } from './http.ts';
import { apiIndexPages, apiItem } from '../../lib/syndication/api.ts';
import type { ItemType } from '../../lib/syndication/item.ts';

async function indexPages(type: ItemType) {
  const { byType } = await loadSyndication();
  return apiIndexPages(type, byType[type], siteUrl());
}

/** Page 1 of a type's index (/api/v1/news.json). */
export const firstIndexPage = (type: ItemType): APIRoute => async () => {
  const [first] = await indexPages(type);
  return jsonResponse(first);
};

/** Pages 2… of a type's index (/api/v1/news/page/2.json). */
export const laterIndexPaths = (type: ItemType): GetStaticPaths => pathsOf(async () =>
  (await indexPages(type)).slice(1).map((page) => ({ params: { page: String(page.page) }, props: { page } })));

export const laterIndexPage: APIRoute = ({ props }) => jsonResponse(props.page);

/** One full record per item (/api/v1/news/{id}.json), id being the uid. */
export const itemPaths = (type: ItemType): GetStaticPaths => pathsOf(async () => {
  const { byType } = await loadSyndication();
  return byType[type].map((item) => ({ params: { id: item.id }, props: { item: apiItem(item, siteUrl()) } }));
});

export const itemRecord: APIRoute = ({ props }) => jsonResponse(props.item);
