/** robots.txt: everything public may be crawled; the CMS may not. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/syndication/crawling.ts';
import { siteUrl } from '../data/site.ts';
import { textResponse } from './_responses/http.ts';

export const GET: APIRoute = () => textResponse(robotsTxt(siteUrl()), 'text/plain');
