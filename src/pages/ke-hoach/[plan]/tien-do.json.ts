/** A plan's progress as JSON: /ke-hoach/<plan>/tien-do.json. */
import type { APIRoute } from 'astro';
import type { PlanEntry } from '../../../data/site.ts';
import { planPaths, progressOf } from '../../../data/plan-pages.ts';
import { progressJson } from '../../../lib/plan/export.ts';
import { jsonResponse } from '../../_responses/http.ts';

export const getStaticPaths = planPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = async ({ props }) => jsonResponse(progressJson(props.plan, await progressOf(props.plan)));
