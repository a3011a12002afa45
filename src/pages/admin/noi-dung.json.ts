/**
 * /admin/noi-dung.json: every content entry as { id, file, data } by
 * collection (no Markdown bodies), the "content index" the CMS checks a save
 * against with validateSite (admin/app/validate.ts). It reads the collections
 * without checking them, so that content with a problem never stops the CMS
 * from opening. Under `npm run dev` (loopback only) it is content/ as it is
 * now, drafts included; in a build it is what the public may see of the
 * content the site was built from (src/lib/cms-index.ts: no drafts, no
 * future-dated items, images as paths). Not linked from anywhere, not indexed.
 */
import type { APIRoute } from 'astro';
import { loadCollections, siteEntries } from '../../data/collections.ts';
import { originalImagePath } from '../../data/image-masters.ts';
import { publicContentIndex } from '../../lib/cms-index.ts';
import { buildMoment } from '../../lib/publishing.ts';
import { jsonResponse } from '../_responses/http.ts';

export const GET: APIRoute = async () => {
  const entries = siteEntries(await loadCollections());
  return jsonResponse(publicContentIndex(entries, buildMoment(), process.cwd(), import.meta.env.DEV, originalImagePath));
};
