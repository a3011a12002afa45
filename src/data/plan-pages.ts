/** What the plan pages and their downloads share: one route per plan, and a plan's progress as of this build. */
import { loadSite, pathsOf, type PlanEntry } from './site.ts';
import { progressSources } from './progress-collections.ts';
import { planProgress, type PlanProgress } from '../lib/plan/progress.ts';

/** getStaticPaths of every per-plan route: /ke-hoach/<plan>/… */
export const planPaths = pathsOf(async (): Promise<{ params: { plan: string }; props: { plan: PlanEntry } }[]> => {
  const { plans } = await loadSite();
  return plans.map((plan) => ({ params: { plan: plan.id }, props: { plan } }));
});

/** The plan's progress on the build day. */
export async function progressOf(plan: PlanEntry): Promise<PlanProgress> {
  const site = await loadSite();
  return planProgress(plan, progressSources(site), site.today);
}
