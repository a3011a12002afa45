/**
 * Events and the plan tasks they serve (an event's relatedTasks), for the plan
 * pages: which events serve a task, and which of them count toward it, for a
 * task whose product is an event (the Q4 conference: "1 hội nghị"). An event
 * counts once, and only once it has taken place.
 */
import type { CivilDate } from '../dates.ts';
import type { TaskRef } from '../../schemas/shared.ts';
import { isOver, shownOccurrence, type Schedulable, type Scheduled } from './occurrence.ts';

interface TaskEvent {
  data: Schedulable & { relatedTasks: readonly TaskRef[] };
}

const serves = (event: TaskEvent, ref: TaskRef): boolean =>
  event.data.relatedTasks.some((task) => task.plan === ref.plan && task.task === ref.task);

/** The events serving a task, each with the occurrence to show (next, or last when over), in date order. */
export function eventsServingTask<T extends TaskEvent>(events: readonly T[], ref: TaskRef, today: CivilDate): Scheduled<T>[] {
  return events
    .filter((event) => serves(event, ref))
    .map((event) => ({ event, occurrence: shownOccurrence(event.data, today) }))
    .sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start));
}

/**
 * The events that count toward a task: one-off events serving it that are
 * over by `today` (a yearly observance is a date, not a product of the task).
 */
export function heldEventsForTask<T extends TaskEvent>(events: readonly T[], ref: TaskRef, today: CivilDate): T[] {
  return events.filter((event) => serves(event, ref) && isOver(event.data, today));
}
