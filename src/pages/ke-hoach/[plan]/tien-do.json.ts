/** A plan's progress as JSON: /ke-hoach/<plan>/tien-do.json. */
import type { APIRoute } from 'astro';
import type { PlanEntry } from '../../../data/site.ts';
import { planPaths, progressOf } from '../../../data/plan-pages.ts';
import { progressJson } from '../../../lib/plan/export.ts';

export const getStaticPaths = planPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = async ({ props }) =>
  new Response(`${JSON.stringify(progressJson(props.plan, await progressOf(props.plan)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
