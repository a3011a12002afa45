/**
 * The plan-progress fixture (tests/fixtures/plan-progress/) read and parsed
 * with the site's own schemas, the way the build does, for unit tests of
 * src/lib/plan/ without a build. News and articles are filtered to what is
 * public on the given day, as src/data/site.ts does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { planSchema, type PlanData } from '../../src/schemas/plan.ts';
import { progressUpdateSchema } from '../../src/schemas/progress-update.ts';
import { marketSchema, verificationSessionSchema } from '../../src/schemas/market.ts';
import { articleSchema, newsSchema } from '../../src/schemas/publication.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';
import { publicEntries } from '../../src/lib/publishing.ts';
import { vietnamInstant, type CivilDate } from '../../src/lib/dates.ts';
import type { Entry, ProgressSources } from '../../src/lib/plan/counting.ts';
import type { ProgressIndex } from '../../src/lib/validation/progress.ts';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/plan-progress');
/** The day the fixture describes (its BUILD_DATE). */
export const FIXTURE_TODAY = '2022-11-30' as CivilDate;

function readData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (/\.ya?ml$/.test(path)) return parse(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${path}: no front matter`);
  return parse(match[1] ?? '');
}

/** Every entry of a fixture folder, parsed by its schema; ids are file names without extension, as Astro's glob loader makes them. */
export function fixtureEntries<S extends z.ZodType>(folder: string, schema: S): (Entry<z.infer<S>> & { file: string })[] {
  const dir = join(FIXTURE_DIR, folder);
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|mdx?)$/.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.[^.]+$/, ''), file: `tests/fixtures/plan-progress/${folder}/${name}`, data: schema.parse(readData(join(dir, name))) }));
}

const image = () => z.string();

export interface Fixture {
  plan: Entry<PlanData>;
  plans: Entry<PlanData>[];
  sources: ProgressSources;
  index: ProgressIndex;
  updates: ReturnType<typeof fixtureEntries<typeof progressUpdateSchema>>;
  markets: ReturnType<typeof fixtureEntries<typeof marketSchema>>;
  sessions: ReturnType<typeof fixtureEntries<typeof verificationSessionSchema>>;
}

export function loadFixture(today: CivilDate = FIXTURE_TODAY): Fixture {
  const now = vietnamInstant(today, '12:00');
  // 2022.yaml (the real plan) first; 2023.yaml is a second, invented plan.
  const plans = fixtureEntries(CONTENT_FOLDERS.plans, planSchema);
  const [plan] = plans;
  if (!plan) throw new Error('fixture has no plan');
  const news = fixtureEntries(CONTENT_FOLDERS.news, newsSchema(image));
  const articles = fixtureEntries(CONTENT_FOLDERS.articles, articleSchema(image));
  const events = fixtureEntries(CONTENT_FOLDERS.events, eventSchema);
  const updates = fixtureEntries(CONTENT_FOLDERS.progressUpdates, progressUpdateSchema);
  const markets = fixtureEntries(CONTENT_FOLDERS.markets, marketSchema);
  const sessions = fixtureEntries(CONTENT_FOLDERS.verificationSessions, verificationSessionSchema);
  return {
    plan,
    plans,
    updates,
    markets,
    sessions,
    sources: {
      updates,
      news: publicEntries(news, now),
      articles: publicEntries(articles, now),
      events: events.filter((e) => !e.data.draft),
      markets,
      sessions,
    },
    index: {
      plans: new Map(plans.map((p) => [p.id, p.data])),
      newsIds: new Set(news.map((e) => e.id)),
      articleIds: new Set(articles.map((e) => e.id)),
      eventIds: new Set(events.map((e) => e.id)),
      marketIds: new Set(markets.map((e) => e.id)),
    },
  };
}
