/** A plan's progress as CSV (UTF-8 with BOM, for Excel): /ke-hoach/<plan>/tien-do.csv. */
import type { APIRoute } from 'astro';
import type { PlanEntry } from '../../../data/site.ts';
import { planPaths, progressOf } from '../../../data/plan-pages.ts';
import { progressCsv } from '../../../lib/plan/export.ts';
import { csvResponse } from '../../_responses/http.ts';

export const getStaticPaths = planPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = async ({ props }) => csvResponse(progressCsv(await progressOf(props.plan)));
