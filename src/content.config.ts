/**
 * Content collections: every file under content/ (or CONTENT_DIR, used by
 * tests and benchmarks) and the schema it must follow. The schemas live in
 * src/schemas/ and are the single source of truth for the CMS too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { collectionSchemas } from './schemas/collections.ts';
import { CONTENT_FOLDERS, contentDir } from './lib/content-folders.ts';
import { optionalGlob } from './data/optional-glob.ts';
import { withClearErrors } from './data/content-errors.ts';
import { throughTheDoor } from './data/content-door.ts';

const base = (folder: string) => `${contentDir()}/${folder}`;
/** The schemas by collection; news and articles, which have images, are made again below with Astro's image(). */
const schemas = collectionSchemas(() => z.never());

// retainBody: false: pages, feeds and the API use the rendered body only, so
// the raw Markdown is not kept in the content store (and the server bundle).

// throughTheDoor: data read with dates as written and text every output can carry.
// withClearErrors: a file Astro refuses fails the build with one line naming file and field.
export const collections = withClearErrors(throughTheDoor({
  news: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base(CONTENT_FOLDERS.news), retainBody: false }),
    schema: ({ image }) => collectionSchemas(image).news,
  }),
  articles: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base(CONTENT_FOLDERS.articles), retainBody: false }),
    schema: ({ image }) => collectionSchemas(image).articles,
  }),
  events: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base(CONTENT_FOLDERS.events), retainBody: false }),
    schema: schemas.events,
  }),
  plans: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base(CONTENT_FOLDERS.plans) }),
    schema: schemas.plans,
  }),
  tags: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base(CONTENT_FOLDERS.tags) }),
    schema: schemas.tags,
  }),
  settings: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base(CONTENT_FOLDERS.settings) }),
    schema: schemas.settings,
  }),
  progressUpdates: defineCollection({
    loader: optionalGlob(base(CONTENT_FOLDERS.progressUpdates)),
    schema: schemas.progressUpdates,
  }),
  markets: defineCollection({
    loader: optionalGlob(base(CONTENT_FOLDERS.markets)),
    schema: schemas.markets,
  }),
  verificationSessions: defineCollection({
    loader: optionalGlob(base(CONTENT_FOLDERS.verificationSessions)),
    schema: schemas.verificationSessions,
  }),
  documents: defineCollection({
    loader: optionalGlob(base(CONTENT_FOLDERS.documents)),
    schema: schemas.documents,
  }),
  questions: defineCollection({
    loader: optionalGlob(base(CONTENT_FOLDERS.questions)),
    schema: schemas.questions,
  }),
}));
