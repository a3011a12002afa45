/**
 * Each task's deadline as an all-day item of the calendar feed, linking back
 * to the task's page, so that subscribers see what the plan promised and when.
 */
import type { PlanData } from '../../schemas/plan.ts';
import type { CivilDate } from '../dates.ts';
import { urls } from '../urls.ts';
import type { Entry } from './counting.ts';
import { taskDeadline } from './progress.ts';
import { leafTasks } from './tree.ts';

/** One all-day calendar item. */
export interface AllDayItem {
  /** Stable iCalendar UID: the plan and the task code never change. */
  uid: string;
  title: string;
  description: string;
  day: CivilDate;
  /** Site path of the page it links back to. */
  path: string;
}

export function taskDeadlineItems(plans: readonly Entry<PlanData>[]): AllDayItem[] {
  return plans.flatMap((plan) =>
    leafTasks(plan.data).map((task) => ({
      uid: `han-nhiem-vu-${plan.id}-${task.code}@do-luong-bac-giang`,
      title: `Hạn nhiệm vụ ${task.code} (${plan.data.shortTitle})`,
      description: task.title,
      day: taskDeadline(task, plan.data),
      path: urls.taskPage(plan.id, task.code),
    })),
  );
}
