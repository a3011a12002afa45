/** robots.txt: everything public may be crawled; the CMS may not. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/syndication/crawling.ts';

export const GET: APIRoute = () => new Response(robotsTxt(new URL(import.meta.env.SITE)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
