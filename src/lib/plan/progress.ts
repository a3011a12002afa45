/**
 * A plan's progress as of a day: per task (the lines without sub-lines) the
 * target and achieved count of each product, money planned and disbursed,
 * status with late detection, and history; per section and for the plan, the
 * totals and the overall completion.
 *
 * Completion (mức độ hoàn thành) is defined as:
 * - a product: achieved ÷ target, at most 100%;
 * - a task: the mean of its products (a task without products: 100% once its
 *   status is "hoàn thành", else 0%);
 * - a section or the plan: the mean of its tasks weighted by their planned
 *   budget (a plain mean when no task has a budget).
 */
import type { PlanData, ProductData, TaskData } from '../../schemas/plan.ts';
import type { ProgressUpdateData } from '../../schemas/progress-update.ts';
import type { CivilDate } from '../dates.ts';
import { taskStatus, type StatusResult } from './status.ts';
import { timeframeSpan, type Timeframe } from './timeframe.ts';
import { leafTasks, parentCode, planTree, sectionCode, sumMillions } from './tree.ts';
import {
  chronological,
  countedItems,
  occurrenceWithin,
  planPeriod,
  productTimeline,
  refersTo,
  type CountedItem,
  type Entry,
  type ProductTimeline,
  type ProgressSources,
} from './counting.ts';
import { urls } from '../urls.ts';
import { firstOccurrence, hasTakenPlace } from '../events/occurrence.ts';

export interface ProductProgress {
  product: ProductData;
  target: number;
  achieved: number;
  /** achieved ÷ target, at most 1 (1 when the target is 0). */
  ratio: number;
  /** Content counted toward it (empty for self-reported products). */
  items: CountedItem[];
  timeline: ProductTimeline;
}

/** An event linked to a line of the plan, with the day it takes place in the plan's period. */
export interface TaskEvent {
  id: string;
  title: string;
  href: string;
  /** First day of its occurrence in the plan's period, or its own first day. */
  date: CivilDate;
  /** Whether it has taken place by the report day. */
  past: boolean;
}

/** A task's progress; its status fields (status, reported, finished, late…) follow the rules of status.ts. */
export interface TaskProgress extends StatusResult {
  task: TaskData;
  section: string;
  products: ProductProgress[];
  /** Planned budget, millions of đồng (0 when the line has none). */
  budget: number;
  disbursed: number;
  /** Its timeframe, or else its nearest parent line's. */
  timeframe: Timeframe | undefined;
  /** Last day of that timeframe, else the plan's end. */
  deadline: CivilDate;
  completion: number;
  /** Its updates, oldest first. */
  history: Entry<ProgressUpdateData>[];
  events: TaskEvent[];
}

export interface Totals {
  budget: number;
  disbursed: number;
  completion: number;
  tasks: number;
  /** Tasks with at least one progress update. */
  reported: number;
  /** Tasks shown as "chưa có báo cáo". */
  noReport: number;
  /** Tasks finished, on time or late. */
  done: number;
  /** Tasks "chậm tiến độ". */
  late: number;
}

export interface SectionProgress {
  code: string;
  title: string;
  tasks: TaskProgress[];
  totals: Totals;
}

export interface PlanProgress {
  plan: string;
  /** The report day. */
  today: CivilDate;
  period: { start: CivilDate; end: CivilDate };
  sections: SectionProgress[];
  totals: Totals;
  /** Progress by task code. */
  tasks: Map<string, TaskProgress>;
  /** Events linked to lines that are not tasks (lines with sub-lines), by code. */
  lineEvents: Map<string, TaskEvent[]>;
  /** Number of progress updates for this plan. */
  updateCount: number;
  /** Cumulative disbursement after each day with an update. */
  disbursements: { date: CivilDate; total: number }[];
}

/** The timeframe a line follows: its own, else its nearest parent's. */
function effectiveTimeframe(code: string, tasks: readonly TaskData[]): Timeframe | undefined {
  for (let at: string | undefined = code; at !== undefined; at = parentCode(at)) {
    const task = tasks.find((t) => t.code === at);
    if (task?.timeframe) return task.timeframe;
  }
  return undefined;
}

/** The day a task must be done by: its timeframe's end in the plan's year, else the plan's end. */
export function taskDeadline(task: TaskData, plan: Pick<PlanData, 'tasks' | 'period'>): CivilDate {
  const timeframe = effectiveTimeframe(task.code, plan.tasks);
  const period = planPeriod(plan);
  return timeframe ? timeframeSpan(timeframe, Number(period.start.slice(0, 4))).end : period.end;
}

function ratio(achieved: number, target: number): number {
  return target === 0 ? 1 : Math.min(achieved / target, 1);
}

function taskEvents(planId: string, code: string, period: { start: CivilDate; end: CivilDate }, sources: ProgressSources, today: CivilDate): TaskEvent[] {
  return sources.events
    .filter((event) => refersTo(event.data.relatedTasks, planId, code))
    .map((event) => {
      const occurrence = occurrenceWithin(event.data, period) ?? firstOccurrence(event.data);
      return { id: event.id, title: event.data.title, href: urls.event(event.id), date: occurrence.start, past: hasTakenPlace(occurrence, today) };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function taskProgress(plan: Entry<PlanData>, task: TaskData, sources: ProgressSources, today: CivilDate): TaskProgress {
  const period = planPeriod(plan.data);
  const ref = { plan: plan.id, task: task.code };
  const history = chronological(sources.updates.filter((u) => u.data.task.plan === plan.id && u.data.task.task === task.code));
  const products = task.products.map((product): ProductProgress => {
    const items = product.countedFrom ? countedItems(product.countedFrom, ref, period, sources, today) : [];
    const timeline = productTimeline(product, history, items.length);
    return { product, target: product.quantity, achieved: timeline.total, ratio: ratio(timeline.total, product.quantity), items, timeline };
  });
  const disbursed = sumMillions(history.map((u) => u.data.disbursed));
  const metByContent = products.length > 0 && products.every((p) => p.product.countedFrom !== undefined && p.achieved >= p.target);
  const deadline = taskDeadline(task, plan.data);
  const status = taskStatus({ history: history.map((u) => u.data), metByContent, deadline, today });
  const completion =
    products.length > 0 ? products.reduce((sum, p) => sum + p.ratio, 0) / products.length : status.finished ? 1 : 0;
  return {
    task,
    section: sectionCode(task.code),
    products,
    budget: task.budget ?? 0,
    disbursed,
    ...status,
    timeframe: effectiveTimeframe(task.code, plan.data.tasks),
    deadline,
    completion,
    history,
    events: taskEvents(plan.id, task.code, period, sources, today),
  };
}

/** Totals over tasks; completion weighted by planned budget. */
function totalsOf(tasks: readonly TaskProgress[], budget = sumMillions(tasks.map((t) => t.budget))): Totals {
  const weights = tasks.map((t) => t.budget);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const completion =
    tasks.length === 0
      ? 0
      : weightSum > 0
        ? tasks.reduce((sum, t, i) => sum + t.completion * (weights[i] ?? 0), 0) / weightSum
        : tasks.reduce((sum, t) => sum + t.completion, 0) / tasks.length;
  return {
    budget,
    disbursed: sumMillions(tasks.map((t) => t.disbursed)),
    completion,
    tasks: tasks.length,
    reported: tasks.filter((t) => t.reported).length,
    noReport: tasks.filter((t) => t.status === 'chua-co-bao-cao').length,
    done: tasks.filter((t) => t.finished).length,
    late: tasks.filter((t) => t.late).length,
  };
}

export function planProgress(plan: Entry<PlanData>, sources: ProgressSources, today: CivilDate): PlanProgress {
  const period = planPeriod(plan.data);
  const tasks = new Map(leafTasks(plan.data).map((task) => [task.code, taskProgress(plan, task, sources, today)]));
  const tree = planTree(plan.data);
  const sections = tree.map((section): SectionProgress => {
    const inSection = [...tasks.values()].filter((t) => t.section === section.section.code);
    return { code: section.section.code, title: section.section.title, tasks: inSection, totals: totalsOf(inSection, section.budget) };
  });
  const lineEvents = new Map(
    plan.data.tasks
      .filter((task) => !tasks.has(task.code))
      .map((task) => [task.code, taskEvents(plan.id, task.code, period, sources, today)] as const)
      .filter(([, events]) => events.length > 0),
  );
  const updates = chronological(sources.updates.filter((u) => u.data.task.plan === plan.id));
  const disbursements: { date: CivilDate; total: number }[] = [];
  let running = 0;
  for (const update of updates) {
    if (update.data.disbursed === 0) continue;
    running = sumMillions([running, update.data.disbursed]);
    const date = update.data.date as CivilDate;
    if (disbursements.at(-1)?.date === date) disbursements.pop();
    disbursements.push({ date, total: running });
  }
  return {
    plan: plan.id,
    today,
    period,
    sections,
    totals: totalsOf([...tasks.values()], sumMillions(sections.map((s) => s.totals.budget))),
    tasks,
    lineEvents,
    updateCount: updates.length,
    disbursements,
  };
}
