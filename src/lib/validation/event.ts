/** Checks an event's dates make sense together. */
import type { EventData } from '../../schemas/event.ts';
import { MESSAGES } from './messages.ts';
import type { Problem } from './problem.ts';

export function validateEvent(event: EventData, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const startHasTime = event.start.includes('T');
  if (event.allDay && startHasTime) add('start', MESSAGES.allDayWithTime);
  if (!event.allDay && !startHasTime) add('start', MESSAGES.timedWithoutTime);
  if (event.end !== undefined) {
    if (event.end.includes('T') !== startHasTime) add('end', MESSAGES.endTimeMismatch);
    else if (event.end < event.start) add('end', MESSAGES.endBeforeStart(event.end, event.start));
  }
  if (event.recurrence === 'yearly' && !event.allDay) add('recurrence', MESSAGES.yearlyNotAllDay);
  if (event.sequence > 0 && !event.updatedAt) add('updatedAt', MESSAGES.sequenceWithoutUpdate(event.sequence));
  return problems;
}
