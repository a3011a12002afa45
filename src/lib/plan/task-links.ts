/** Resolves task references ({ plan, task }) to what a reader sees and where it links. */
import type { PlanData } from '../../schemas/plan.ts';
import type { TaskRef } from '../../schemas/shared.ts';
import { urls } from '../urls.ts';

export interface TaskLink {
  plan: string;
  planTitle: string;
  code: string;
  title: string;
  href: string;
}

export function taskLinks(refs: readonly TaskRef[], plans: readonly { id: string; data: Pick<PlanData, 'shortTitle' | 'tasks'> }[]): TaskLink[] {
  return refs.flatMap((ref) => {
    const plan = plans.find((p) => p.id === ref.plan);
    const task = plan?.data.tasks.find((t) => t.code === ref.task);
    if (!plan || !task) return [];
    return [{ plan: plan.id, planTitle: plan.data.shortTitle, code: task.code, title: task.title, href: urls.task(plan.id, task.code) }];
  });
}
