/** Checks an event's dates make sense together. */
import type { EventData } from '../../schemas/event.ts';
import type { Problem } from './problem.ts';

export function validateEvent(event: EventData, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const startHasTime = event.start.includes('T');
  if (event.allDay && startHasTime) add('start', 'has a time of day but the event is all-day (allDay: true)');
  if (!event.allDay && !startHasTime) add('start', 'needs a time of day ("YYYY-MM-DDTHH:mm") unless the event is all-day');
  if (event.end !== undefined) {
    if (event.end.includes('T') !== startHasTime) add('end', 'must have a time of day exactly when start has one');
    else if (event.end < event.start) add('end', `${event.end} is before the start ${event.start}`);
  }
  if (event.recurrence === 'yearly' && !event.allDay) add('recurrence', 'yearly observances must be all-day events');
  if (event.sequence > 0 && !event.updatedAt) add('updatedAt', `is missing: sequence is ${event.sequence}, so say when the event last changed`);
  return problems;
}
