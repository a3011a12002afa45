/**
 * /admin/noi-dung.json: every content entry as { id, file, data } by
 * collection (no Markdown bodies), the "content index" the CMS checks a save
 * against with validateSite (admin/app/validate.ts). It reads the collections
 * without checking them, so that content with a problem never stops the CMS
 * from opening. In a build it is the content the site was built from; under
 * `npm run dev`, content/ as it is now. Not linked from anywhere, not indexed.
 */
import type { APIRoute } from 'astro';
import { loadCollections, siteEntries } from '../../data/collections.ts';
import { jsonResponse } from '../_responses/http.ts';

export const GET: APIRoute = async () => jsonResponse(siteEntries(await loadCollections()));
