/** Plan products counted from verified markets ("28 chợ"), with how many are reached: the market finder's headline. */
import type { PlanData } from '../../schemas/plan.ts';
import type { CivilDate } from '../dates.ts';
import type { Entry, ProgressSources } from './counting.ts';
import { taskProgress } from './progress.ts';

export interface MarketTarget {
  plan: string;
  planTitle: string;
  code: string;
  unit: string;
  target: number;
  achieved: number;
}

export function marketTargets(plans: readonly Entry<PlanData>[], sources: ProgressSources, today: CivilDate): MarketTarget[] {
  return plans.flatMap((plan) =>
    plan.data.tasks
      .filter((task) => task.products.some((product) => product.countedFrom === 'markets'))
      .flatMap((task) =>
        taskProgress(plan, task, sources, today)
          .products.filter((p) => p.product.countedFrom === 'markets')
          .map((p) => ({ plan: plan.id, planTitle: plan.data.shortTitle, code: task.code, unit: p.product.unit, target: p.target, achieved: p.achieved })),
      ),
  );
}
