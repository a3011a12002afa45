/** A plan's progress as JSON: /ke-hoach/<plan>/tien-do.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type PlanEntry } from '../../../data/site.ts';
import { progressSources } from '../../../data/progress.ts';
import { planProgress } from '../../../lib/plan/progress.ts';
import { progressJson } from '../../../lib/plan/export.ts';

export const getStaticPaths = (async () => {
  const { plans } = await loadSite();
  return plans.map((plan) => ({ params: { plan: plan.id }, props: { plan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = async ({ props }) => {
  const site = await loadSite();
  const json = progressJson(props.plan, planProgress(props.plan, progressSources(site), site.today));
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
