/**
 * The preSave hook: a new entry gets its own stable uid (also when it was
 * duplicated from another entry, whose uid it must not share); blank optional
 * values are dropped (clean.ts); the original file is handed to the writer
 * (formats.ts). Saving a published event keeps its calendar bookkeeping
 * (SEQUENCE, LAST-MODIFIED) up to date (src/lib/events/revision.ts).
 */
import type { CMS, CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { parseFrontMatter, parseYaml } from '../formats/preserving.ts';
import { reviseEvent } from '../../src/lib/events/revision.ts';
import { dropBlankOptionals } from './clean.ts';
import { rememberOriginal } from './formats.ts';

interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}

function fieldsOf(collection: CmsCollection | undefined): CmsField[] {
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

export function registerHooks(cms: CMS, config: CmsConfig, fromJS: (value: unknown) => unknown): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: ImmutableLike }) => {
      const collection = config.collections.find((item) => item.name === entry.get('collection'));
      const fields = fieldsOf(collection);
      const raw = entry.get('newRecord') ? '' : String(entry.get('raw') ?? '');
      let data = dropBlankOptionals(fields, (entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>, parseOriginal(collection, raw));
      if (entry.get('newRecord') && fields.some((field) => field.name === 'uid')) data = { ...data, uid: crypto.randomUUID() };
      if (collection?.name === 'events') data = reviseEvent(raw ? parseOriginal(collection, raw) : undefined, data, new Date(), defaultsOf(fields));
      rememberOriginal(raw, data);
      return fromJS(data);
    },
  });
}
