/** The default share card, drawn at build time for pages without a picture of their own. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { defaultCardFile } from '../../../data/share-images.ts';

export const GET: APIRoute = async () => {
  const { settings } = await loadSite();
  const card = await defaultCardFile(settings.siteName, settings.tagline, settings.organisation);
  return new Response(card.bytes, { headers: { 'Content-Type': card.type } });
};
