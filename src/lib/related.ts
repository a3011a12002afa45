/** What an item's page lists beside its body: its tags, and the plan tasks and events it reports on. */
import type { PlanData } from '../schemas/plan.ts';
import type { TaskRef } from '../schemas/shared.ts';
import { taskLinks, type TaskLink } from './plan/task-links.ts';
import { urls } from './urls.ts';

export interface Relations {
  tags: { id: string; label: string }[];
  tasks: TaskLink[];
  events: { title: string; href: string }[];
}

export function relationsOf(
  data: { tags: readonly string[]; relatedTasks: readonly TaskRef[]; relatedEvents: readonly string[] },
  site: {
    tags: ReadonlyMap<string, { data: { label: string } }>;
    plans: readonly { id: string; data: Pick<PlanData, 'shortTitle' | 'tasks'> }[];
    events: readonly { id: string; data: { title: string } }[];
  },
): Relations {
  return {
    tags: data.tags.flatMap((id) => {
      const tag = site.tags.get(id);
      return tag ? [{ id, label: tag.data.label }] : [];
    }),
    tasks: taskLinks(data.relatedTasks, site.plans),
    events: site.events.filter((event) => data.relatedEvents.includes(event.id)).map((event) => ({ title: event.data.title, href: urls.event(event.id) })),
  };
}
