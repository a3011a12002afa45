/** The JSON Schemas of API v1 and of our JSON Feeds, published for consumers to validate against. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../_responses/http.ts';
import { apiJsonSchemas } from '../../../../schemas/api/v1.ts';
import jsonFeedSchema from '../../../../schemas/api/json-feed-1.1.schema.json';

const schemas: Record<string, unknown> = { ...apiJsonSchemas(), 'json-feed': jsonFeedSchema };

export function getStaticPaths() {
  return Object.keys(schemas).map((name) => ({ params: { name } }));
}

export const GET: APIRoute<Record<string, never>, { name: string }> = ({ params }) => jsonResponse(schemas[params.name], 'application/schema+json');
