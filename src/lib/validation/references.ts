/**
 * Cross-references between content files: tags, plan tasks and events that an
 * item names must exist, and every item's stable uid must be unique.
 */
import type { TaskRef } from '../../schemas/shared.ts';
import { MESSAGES } from './messages.ts';
import type { Problem } from './problem.ts';

/** Any content entry: where it lives, its id (file name) and its data. */
export interface ContentFile<D> {
  id: string;
  file: string;
  data: D;
}

export interface ReferenceIndex {
  /** Plan id → the task codes of that plan. */
  planTasks: ReadonlyMap<string, ReadonlySet<string>>;
  tagIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
}

interface Referencing {
  uid: string;
  tags?: readonly string[];
  relatedTasks?: readonly TaskRef[];
  relatedEvents?: readonly string[];
}

export function taskRefProblems(refs: readonly TaskRef[], index: ReferenceIndex, file: string, field = 'relatedTasks'): Problem[] {
  return refs.flatMap((ref, i): Problem[] => {
    const tasks = index.planTasks.get(ref.plan);
    if (!tasks) return [{ file, field: `${field}[${i}].plan`, message: MESSAGES.notAPlan(ref.plan) }];
    if (!tasks.has(ref.task)) {
      return [{ file, field: `${field}[${i}].task`, message: MESSAGES.notATask(ref.task, ref.plan) }];
    }
    return [];
  });
}

export function validateReferences(entries: readonly ContentFile<Referencing>[], index: ReferenceIndex): Problem[] {
  const problems: Problem[] = [];
  const uidOwner = new Map<string, string>();
  for (const { file, data } of entries) {
    (data.tags ?? []).forEach((tag, i) => {
      if (!index.tagIds.has(tag)) problems.push({ file, field: `tags[${i}]`, message: MESSAGES.notATag(tag) });
    });
    (data.relatedEvents ?? []).forEach((event, i) => {
      if (!index.eventIds.has(event)) {
        problems.push({ file, field: `relatedEvents[${i}]`, message: MESSAGES.notAnEvent(event) });
      }
    });
    problems.push(...taskRefProblems(data.relatedTasks ?? [], index, file));
    const owner = uidOwner.get(data.uid);
    if (owner) problems.push({ file, field: 'uid', message: MESSAGES.uidTaken(data.uid, owner) });
    else uidOwner.set(data.uid, file);
  }
  return problems;
}
