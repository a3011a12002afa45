/**
 * Checks progress updates, markets and verification sessions against the
 * plans and each other: known tasks and markets, dates within the plan's
 * period, products the task has, no quantity added to a product counted from
 * content, and a note whenever a task goes above its target or its budget.
 * (Negative numbers are rejected by the schemas.)
 */
import type { PlanData, TaskData } from '../../schemas/plan.ts';
import type { ProgressUpdateData } from '../../schemas/progress-update.ts';
import type { MarketData, VerificationSessionData } from '../../schemas/market.ts';
import type { TaskRef } from '../../schemas/shared.ts';
import { COUNTED_FROM } from '../../schemas/plan.ts';
import { slugify } from '../slug.ts';
import { chronological, planPeriod, productTimeline } from '../plan/counting.ts';
import { leafTasks, parentCode, sumMillions } from '../plan/tree.ts';
import type { ContentFile } from './references.ts';
import { MESSAGES } from './messages.ts';
import type { Problem } from './problem.ts';

export interface ProgressIndex {
  /** Plan id → its data. */
  plans: ReadonlyMap<string, Pick<PlanData, 'tasks' | 'period'>>;
  newsIds: ReadonlySet<string>;
  articleIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  marketIds: ReadonlySet<string>;
}

type Resolved = { task: TaskData; plan: Pick<PlanData, 'tasks' | 'period'> };

/** The task a reference names, or the problem with it (unknown plan, unknown task, a line with sub-lines). */
function resolveTask(ref: TaskRef, index: ProgressIndex, file: string): Resolved | Problem {
  const plan = index.plans.get(ref.plan);
  if (!plan) return { file, field: 'task.plan', message: MESSAGES.notAPlan(ref.plan) };
  const task = plan.tasks.find((t) => t.code === ref.task);
  if (!task) return { file, field: 'task.task', message: MESSAGES.notATask(ref.task, ref.plan) };
  if (!leafTasks(plan).includes(task)) {
    const children = plan.tasks.filter((t) => parentCode(t.code) === task.code).map((t) => t.code);
    return { file, field: 'task.task', message: MESSAGES.taskHasSubLines(ref.task, children) };
  }
  return { task, plan };
}

function outsidePeriod(date: string, plan: Pick<PlanData, 'period'>): string | undefined {
  const period = planPeriod(plan);
  if (date >= period.start && date <= period.end) return undefined;
  return MESSAGES.outsidePeriod(date, period.start, period.end);
}

function updateProblems(update: ContentFile<ProgressUpdateData>, index: ProgressIndex): Problem[] {
  const { file, data } = update;
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const references: [keyof ProgressUpdateData['evidence'] & ('news' | 'articles' | 'events'), ReadonlySet<string>, (id: string) => string][] = [
    ['news', index.newsIds, MESSAGES.notANews],
    ['articles', index.articleIds, MESSAGES.notAnArticle],
    ['events', index.eventIds, MESSAGES.notAnEvent],
  ];
  for (const [field, ids, missing] of references) {
    data.evidence[field].forEach((id, i) => {
      if (!ids.has(id)) add(`evidence.${field}[${i}]`, missing(id));
    });
  }
  const resolved = resolveTask(data.task, index, file);
  if ('message' in resolved) return [resolved, ...problems];
  const { task, plan } = resolved;
  const outside = outsidePeriod(data.date, plan);
  if (outside) add('date', outside);
  const units = task.products.map((p) => p.unit);
  const unknownUnit = (unit: string) => MESSAGES.notAProduct(unit, task.code, units);
  data.achieved.forEach((entry, i) => {
    const product = task.products.find((p) => p.unit === entry.unit);
    if (!product) add(`achieved[${i}].unit`, unknownUnit(entry.unit));
    else if (product.countedFrom) {
      add(`achieved[${i}]`, MESSAGES.countedFromContent(entry.unit, COUNTED_FROM[product.countedFrom]));
    }
  });
  data.overrides.forEach((entry, i) => {
    if (!units.includes(entry.unit)) add(`overrides[${i}].unit`, unknownUnit(entry.unit));
    else if (data.achieved.some((a) => a.unit === entry.unit)) {
      add(`overrides[${i}].unit`, MESSAGES.addedAndOverridden(entry.unit));
    }
  });
  return problems;
}

/** Over-target and over-budget checks need the task's whole history: the update that crosses the line must explain it. */
function historyProblems(updates: readonly ContentFile<ProgressUpdateData>[], task: TaskData): Problem[] {
  const problems: Problem[] = [];
  const ordered = chronological(updates);
  const byId = new Map(ordered.map((u) => [u.id, u]));
  for (const product of task.products) {
    const timeline = productTimeline(product, ordered, 0);
    let before = timeline.base;
    for (const step of timeline.steps) {
      const update = byId.get(step.update);
      if (update && step.total > product.quantity && before <= product.quantity && update.data.note === '') {
        const list = step.kind === 'override' ? update.data.overrides : update.data.achieved;
        const field = step.kind === 'override' ? 'total' : 'quantity';
        const i = list.findIndex((entry) => entry.unit === product.unit);
        problems.push({
          file: update.file,
          field: `${step.kind === 'override' ? 'overrides' : 'achieved'}[${i}].${field}`,
          message: MESSAGES.aboveTarget(product.unit, step.total, product.quantity),
        });
      }
      before = step.total;
    }
  }
  if (task.budget === undefined) return problems;
  let spent = 0;
  for (const update of ordered) {
    const after = sumMillions([spent, update.data.disbursed]);
    if (after > task.budget && spent <= task.budget && update.data.note === '') {
      problems.push({
        file: update.file,
        field: 'disbursed',
        message: MESSAGES.aboveBudget(task.code, after, task.budget),
      });
    }
    spent = after;
  }
  return problems;
}

export function validateProgressUpdates(updates: readonly ContentFile<ProgressUpdateData>[], index: ProgressIndex): Problem[] {
  const problems = updates.flatMap((update) => updateProblems(update, index));
  const byTask = new Map<string, { task: TaskData; updates: ContentFile<ProgressUpdateData>[] }>();
  for (const update of updates) {
    const resolved = resolveTask(update.data.task, index, update.file);
    if ('message' in resolved) continue;
    const key = `${update.data.task.plan}\u0000${update.data.task.task}`;
    const group = byTask.get(key) ?? { task: resolved.task, updates: [] };
    group.updates.push(update);
    byTask.set(key, group);
  }
  for (const { task, updates: group } of byTask.values()) problems.push(...historyProblems(group, task));
  return problems;
}

export function validateSessions(sessions: readonly ContentFile<VerificationSessionData>[], index: ProgressIndex): Problem[] {
  return sessions.flatMap(({ file, data }) => {
    const problems: Problem[] = [];
    const add = (field: string, message: string) => problems.push({ file, field, message });
    if (!index.marketIds.has(data.market)) add('market', MESSAGES.notAMarket(data.market));
    const resolved = resolveTask(data.task, index, file);
    if ('message' in resolved) problems.push(resolved);
    else {
      if (!resolved.task.products.some((p) => p.countedFrom === 'markets')) {
        add('task.task', MESSAGES.noMarketProduct(data.task.task));
      }
      const outside = outsidePeriod(data.date, resolved.plan);
      if (outside) add('date', outside);
    }
    const seen = new Set<string>();
    data.results.forEach((result, i) => {
      if (seen.has(result.instrument)) add(`results[${i}].instrument`, MESSAGES.instrumentTwice(result.instrument));
      seen.add(result.instrument);
      if (result.passed + result.failed !== result.verified) {
        add(`results[${i}]`, MESSAGES.resultsDoNotAddUp(result.passed, result.failed, result.verified));
      }
    });
    return problems;
  });
}

/** Communes and former districts name the finder's pages: two spellings that give the same address would merge or hide markets. */
export function validateMarkets(markets: readonly ContentFile<MarketData>[]): Problem[] {
  const spelling = new Map<string, { name: string; file: string }>();
  return markets.flatMap(({ file, data }): Problem[] =>
    (['commune', 'formerDistrict'] as const).flatMap((field): Problem[] => {
      const name = data[field];
      if (name === undefined) return [];
      const slug = `${field}:${slugify(name)}`;
      if (slugify(name) === '') return [{ file, field, message: MESSAGES.areaWithoutLetters(name) }];
      const first = spelling.get(slug);
      if (!first) spelling.set(slug, { name, file });
      else if (first.name !== name) return [{ file, field, message: MESSAGES.areaSpelling(name, first.name, first.file) }];
      return [];
    }),
  );
}
