/**
 * The preSave hook: a new entry gets its own stable uid (also when it was
 * duplicated from another entry, whose uid it must not share); blank optional
 * values are dropped (clean.ts); the original file is handed to the writer
 * (formats.ts). Saving a published event keeps its calendar bookkeeping
 * (SEQUENCE, LAST-MODIFIED) up to date (src/lib/events/revision.ts). Text and
 * times are normalised first (normalise.ts); a new entry gets its file name
 * from the project's slugify (FILE_SLUG_KEY in collections/shared.ts).
 * dataToSave is also what validate.ts checks before a save.
 */
import type { CMS, CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { parseFrontMatter, parseYaml } from '../formats/preserving.ts';
import { reviseEvent } from '../../src/lib/events/revision.ts';
import { slugify } from '../../src/lib/slug.ts';
import { FILE_SLUG_KEY, projectSlug } from '../collections/shared.ts';
import { dropBlankOptionals } from './clean.ts';
import { normaliseEntry } from './normalise.ts';
import { fileData, rememberOriginal } from './formats.ts';

export interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}

export function fieldsOf(collection: CmsCollection | undefined): CmsField[] {
  return collection?.fields ?? collection?.files?.[0]?.fields ?? [];
}

/** Field → its default, for the fields that have one. */
function defaultsOf(fields: readonly CmsField[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => 'default' in field).map((field) => [field.name, (field as { default?: unknown }).default]));
}

function parseOriginal(collection: CmsCollection | undefined, raw: string): Record<string, unknown> {
  if (!raw) return {};
  try {
    return collection?.format === 'frontmatter-preserving' ? parseFrontMatter(raw) : parseYaml(raw);
  } catch {
    return {};
  }
}

/** The entry's original file text ('' for a new entry). */
export function rawOf(entry: ImmutableLike): string {
  return entry.get('newRecord') ? '' : String(entry.get('raw') ?? '');
}

/** The data a save writes for this entry at `now` (without the uid a new entry is given). */
export function dataToSave(collection: CmsCollection | undefined, entry: ImmutableLike, now: Date): Record<string, unknown> {
  const fields = fieldsOf(collection);
  const raw = rawOf(entry);
  // A file name given at an earlier save of this form is not data.
  const edited = fileData((entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>);
  const data = normaliseEntry(fields, dropBlankOptionals(fields, edited, parseOriginal(collection, raw)));
  return collection?.name === 'events' ? reviseEvent(raw ? parseOriginal(collection, raw) : undefined, data, now, defaultsOf(fields)) : data;
}

/** Whether a save gives this entry a new uid (a new entry of a collection with uids). */
export function getsNewUid(collection: CmsCollection | undefined, entry: ImmutableLike): boolean {
  return Boolean(entry.get('newRecord')) && fieldsOf(collection).some((field) => field.name === 'uid');
}

/**
 * A new entry of a collection named by projectSlug gets its file name in
 * FILE_SLUG_KEY: slugify (src/lib/slug.ts) of its identifier field as saved
 * (NFC). Decap fills the slug template after preSave, from the data it returns.
 */
export function withFileSlug(collection: CmsCollection | undefined, entry: ImmutableLike, data: Record<string, unknown>): Record<string, unknown> {
  if (!entry.get('newRecord') || collection?.slug !== projectSlug) return data;
  return { ...data, [FILE_SLUG_KEY]: slugify(String(data[collection.identifier_field ?? 'title'] ?? '')) };
}

export function registerHooks(cms: CMS, config: CmsConfig, fromJS: (value: unknown) => unknown): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: ImmutableLike }) => {
      const collection = config.collections.find((item) => item.name === entry.get('collection'));
      let data = dataToSave(collection, entry, new Date());
      if (getsNewUid(collection, entry)) data = { ...data, uid: crypto.randomUUID() };
      data = withFileSlug(collection, entry, data);
      rememberOriginal(rawOf(entry), data);
      return fromJS(data);
    },
  });
}
