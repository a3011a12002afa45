/**
 * validateSite: every rule content must meet, over every collection at once.
 * The one entry point the build (src/data/site.ts), the CMS before a save
 * (admin/app/validate.ts) and the unit tests call: schemas first (one problem
 * per field, in the Vietnamese of messages.ts), then the rules across files
 * (plan sums and words, code nesting, event times, references, unique uids,
 * progress updates, markets and sessions, the documents register and Q&A)
 * over the entries that passed.
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../../schemas/collections.ts';
import { CONTENT_FOLDERS } from '../content-folders.ts';
import { validateEvent } from './event.ts';
import { MESSAGES } from './messages.ts';
import { validatePlan } from './plan.ts';
import type { Problem } from './problem.ts';
import { validateMarkets, validateProgressUpdates, validateSessions } from './progress.ts';
import { validateReferences, type ContentFile } from './references.ts';
import { validateDocument, validateQuestion } from './documents.ts';
import { parseEntry } from './schema.ts';

/** One entry as a plain value: its id (file name without extension), its file, its data (raw or already parsed). */
export interface SiteEntry {
  id: string;
  file: string;
  data: unknown;
}

/** Every collection's entries; a missing collection is read as empty. */
export type SiteEntries = Partial<Record<CollectionName, readonly SiteEntry[]>>;

/** The id of the one settings entry (content/cai-dat/trang-web.yaml). */
export const SETTINGS_ID = 'trang-web';

/**
 * A picture is named: a path (the CMS, the tests) or what Astro's image()
 * made of it (the build). Whether the file exists Astro checks itself.
 */
const namedImage = () => z.custom<unknown>((value) => (typeof value === 'string' ? value.trim() !== '' : typeof value === 'object' && value !== null), { error: MESSAGES.required });
const SCHEMAS = collectionSchemas(namedImage);

type Parsed<N extends CollectionName> = ContentFile<z.output<(typeof SCHEMAS)[N]>>;

export interface ValidateOptions {
  /** The content root problem files are named under ("content"; CONTENT_DIR in fixture builds). */
  contentRoot?: string;
  /** Site paths of the uploaded attachments ("/tep/x.pdf"), when known (the build); the CMS uploads with the save. */
  attachments?: ReadonlySet<string>;
}

export function validateSite(collections: SiteEntries, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const parse = <N extends CollectionName>(name: N): Parsed<N>[] =>
    (collections[name] ?? []).flatMap((entry) => {
      const result = parseEntry(SCHEMAS[name], entry.data, entry.file);
      if ('problems' in result) {
        problems.push(...result.problems);
        return [];
      }
      return [{ id: entry.id, file: entry.file, data: result.data } as Parsed<N>];
    });
  const ids = (name: CollectionName) => new Set((collections[name] ?? []).map((entry) => entry.id));

  const news = parse('news');
  const articles = parse('articles');
  const events = parse('events');
  const plans = parse('plans');
  parse('tags');
  parse('settings');
  const updates = parse('progressUpdates');
  const markets = parse('markets');
  const sessions = parse('verificationSessions');
  const documents = parse('documents');
  const questions = parse('questions');

  for (const plan of plans) problems.push(...validatePlan(plan.data, plan.file));
  for (const event of events) problems.push(...validateEvent(event.data, event.file));
  const references = {
    planTasks: new Map(plans.map((plan) => [plan.id, new Set(plan.data.tasks.map((task) => task.code))])),
    tagIds: ids('tags'),
    eventIds: ids('events'),
  };
  problems.push(...validateReferences([...news, ...articles, ...events, ...documents], references));
  const register = { ...references, documentIds: ids('documents'), newsIds: ids('news'), attachments: options.attachments };
  for (const document of documents) problems.push(...validateDocument(document, register));
  for (const question of questions) problems.push(...validateQuestion(question, register));
  const progressIndex = {
    plans: new Map(plans.map((plan) => [plan.id, plan.data])),
    newsIds: ids('news'),
    articleIds: ids('articles'),
    eventIds: ids('events'),
    marketIds: ids('markets'),
  };
  problems.push(
    ...validateProgressUpdates(updates, progressIndex),
    ...validateMarkets(markets),
    ...validateSessions(sessions, progressIndex),
  );
  if (!(collections.settings ?? []).some((entry) => entry.id === SETTINGS_ID)) {
    problems.push({ file: `${options.contentRoot ?? 'content'}/${CONTENT_FOLDERS.settings}/${SETTINGS_ID}.yaml`, field: '(tệp)', message: MESSAGES.settingsMissing });
  }
  return problems;
}
