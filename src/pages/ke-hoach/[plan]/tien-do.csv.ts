/** A plan's progress as CSV (UTF-8 with BOM, for Excel): /ke-hoach/<plan>/tien-do.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type PlanEntry } from '../../../data/site.ts';
import { progressSources } from '../../../data/progress.ts';
import { planProgress } from '../../../lib/plan/progress.ts';
import { progressCsv } from '../../../lib/plan/export.ts';

export const getStaticPaths = (async () => {
  const { plans } = await loadSite();
  return plans.map((plan) => ({ params: { plan: plan.id }, props: { plan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: PlanEntry }> = async ({ props }) => {
  const site = await loadSite();
  const csv = progressCsv(planProgress(props.plan, progressSources(site), site.today));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
