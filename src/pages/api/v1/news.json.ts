/** API v1: page 1 of the news index (documented in src/schemas/api/v1.ts and docs/api.md). */
import { firstIndexPage } from '../../../data/api-routes.ts';

export const GET = firstIndexPage('news');
