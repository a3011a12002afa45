/** API v1: page 1 of the articles index (documented in src/schemas/api/v1.ts and docs/syndication.md). */
import { firstIndexPage } from '../../_responses/api.ts';

export const GET = firstIndexPage('article');
