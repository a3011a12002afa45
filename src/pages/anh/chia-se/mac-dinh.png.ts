/** The default share card, drawn at build time for pages without a picture of their own. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { defaultCardFile } from '../../../data/share-images.ts';
import { binaryResponse } from '../../_responses/http.ts';

export const GET: APIRoute = async () => {
  const { settings } = await loadSite();
  const card = await defaultCardFile(settings.siteName, settings.tagline, settings.organisation);
  return binaryResponse(card.bytes, card.type);
};
