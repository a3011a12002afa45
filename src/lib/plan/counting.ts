/**
 * Counting a product's achieved quantity: from content where the product is
 * content (news, articles, events, verified markets), else from what progress
 * updates report; overrides in updates replace either. Each content item and
 * each market counts once, whatever the number of links or sessions.
 */
import type { CountedFrom, PlanData, ProductData } from '../../schemas/plan.ts';
import type { ProgressUpdateData } from '../../schemas/progress-update.ts';
import type { MarketData, VerificationSessionData } from '../../schemas/market.ts';
import type { TaskRef } from '../../schemas/shared.ts';
import { lastDayOfMonth, toCivilDate, type CivilDate } from '../dates.ts';
import { firstOccurrence, hasTakenPlace, occurrenceInYear, type Schedulable } from '../events/occurrence.ts';
import { urls } from '../urls.ts';
import { sumMillions } from './tree.ts';

/** Any content entry: its id (file name) and its data. */
export interface Entry<D> {
  id: string;
  data: D;
}

export interface LinkedPublication {
  title: string;
  publishedAt: Date;
  relatedTasks: readonly TaskRef[];
}

export interface LinkedEvent extends Schedulable {
  title: string;
  relatedTasks: readonly TaskRef[];
}

/** Everything progress is computed from; news, articles and events already filtered to what is public. */
export interface ProgressSources {
  updates: readonly Entry<ProgressUpdateData>[];
  news: readonly Entry<LinkedPublication>[];
  articles: readonly Entry<LinkedPublication>[];
  events: readonly Entry<LinkedEvent>[];
  markets: readonly Entry<MarketData>[];
  sessions: readonly Entry<VerificationSessionData>[];
}

/** A content item counted toward a product. */
export interface CountedItem {
  id: string;
  title: string;
  /** The day it was published, took place, or (a market) was first verified. */
  date: CivilDate;
  href: string;
}

/** First and last day of a plan's period ("2022-02" – "2022-12" → 01/02/2022 – 31/12/2022). */
export function planPeriod(plan: Pick<PlanData, 'period'>): { start: CivilDate; end: CivilDate } {
  const [endYear, endMonth] = plan.period.end.split('-').map(Number) as [number, number];
  return { start: `${plan.period.start}-01` as CivilDate, end: lastDayOfMonth(endYear, endMonth) };
}

const within = (day: string, span: { start: string; end: string }): boolean => day >= span.start && day <= span.end;

export function refersTo(refs: readonly TaskRef[], plan: string, task: string): boolean {
  return refs.some((ref) => ref.plan === plan && ref.task === task);
}

/** The occurrence of an event that falls within a span, if any (yearly observances: the first one inside). */
export function occurrenceWithin(event: Schedulable, span: { start: CivilDate; end: CivilDate }) {
  if (event.recurrence === 'none') {
    const once = firstOccurrence(event);
    return within(once.start, span) ? once : undefined;
  }
  const first = Number(span.start.slice(0, 4));
  const last = Number(span.end.slice(0, 4));
  for (let year = first; year <= last; year += 1) {
    const occurrence = occurrenceInYear(event, year);
    if (occurrence && within(occurrence.start, span)) return occurrence;
  }
  return undefined;
}

/**
 * The content items a product counts: linked to the task and published (news,
 * articles) or finished (events) within the plan's period and by `today`;
 * markets with at least one session for the task in that period, each once.
 */
export function countedItems(
  source: CountedFrom,
  ref: { plan: string; task: string },
  period: { start: CivilDate; end: CivilDate },
  sources: ProgressSources,
  today: CivilDate,
): CountedItem[] {
  const upTo = { start: period.start, end: today < period.end ? today : period.end };
  const publications = (entries: readonly Entry<LinkedPublication>[], href: (id: string) => string) =>
    entries
      .filter((entry) => refersTo(entry.data.relatedTasks, ref.plan, ref.task))
      .map((entry) => ({ id: entry.id, title: entry.data.title, date: toCivilDate(entry.data.publishedAt), href: href(entry.id) }))
      .filter((item) => within(item.date, upTo));
  switch (source) {
    case 'news':
      return byDate(publications(sources.news, urls.news));
    case 'articles':
      return byDate(publications(sources.articles, urls.article));
    case 'events':
      return byDate(
        sources.events.flatMap((entry) => {
          if (!refersTo(entry.data.relatedTasks, ref.plan, ref.task)) return [];
          const occurrence = occurrenceWithin(entry.data, period);
          if (!occurrence || !hasTakenPlace(occurrence, today)) return [];
          return [{ id: entry.id, title: entry.data.title, date: occurrence.start, href: urls.event(entry.id) }];
        }),
      );
    case 'markets': {
      const firstVerified = new Map<string, CivilDate>();
      for (const session of sources.sessions) {
        const { task, market, date } = session.data;
        if (task.plan !== ref.plan || task.task !== ref.task || !within(date, upTo)) continue;
        const known = firstVerified.get(market);
        if (known === undefined || date < known) firstVerified.set(market, date as CivilDate);
      }
      return byDate(
        [...firstVerified].flatMap(([id, date]) => {
          const market = sources.markets.find((entry) => entry.id === id);
          return market ? [{ id, title: market.data.name, date, href: urls.market(id) }] : [];
        }),
      );
    }
  }
}

function byDate(items: CountedItem[]): CountedItem[] {
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Updates in the order they happened: by date, then file name. */
export function chronological<T extends Entry<{ date: string }>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}

/** One update's effect on a product's count, and the count right after it. */
export interface ProductStep {
  update: string;
  date: string;
  kind: 'added' | 'override';
  /** What the update adds, or the total it sets. */
  value: number;
  total: number;
  explanation?: string;
}

export interface ProductTimeline {
  /** The count before any update: the content count, or 0 for self-reported products. */
  base: number;
  steps: ProductStep[];
  /** The achieved count now. */
  total: number;
  /** The override in force, if any. */
  override?: ProductStep;
}

/**
 * How a product's count evolves through the updates of its task (in
 * chronological order): quantities add up, an override replaces the count so
 * far (content count included), later quantities add to it. Quantities for a
 * product counted from content are ignored (validation rejects them), so the
 * same work is never counted both from content and from an update.
 */
export function productTimeline(product: ProductData, updates: readonly Entry<ProgressUpdateData>[], contentCount: number): ProductTimeline {
  const base = product.countedFrom ? contentCount : 0;
  let total = base;
  let override: ProductStep | undefined;
  const steps: ProductStep[] = [];
  for (const update of updates) {
    const set = update.data.overrides.find((entry) => entry.unit === product.unit);
    if (set) {
      total = set.total;
      override = { update: update.id, date: update.data.date, kind: 'override', value: set.total, total, explanation: set.explanation };
      steps.push(override);
      continue;
    }
    if (product.countedFrom) continue;
    const added = update.data.achieved.filter((entry) => entry.unit === product.unit);
    if (added.length === 0) continue;
    const value = sumMillions(added.map((entry) => entry.quantity));
    total = sumMillions([total, value]);
    steps.push({ update: update.id, date: update.data.date, kind: 'added', value, total });
  }
  return { base, steps, total, ...(override ? { override } : {}) };
}
