/**
 * Content collections: every file under content/ (or CONTENT_DIR, used by
 * tests and benchmarks) and the schema it must follow. The schemas live in
 * src/schemas/ and are the single source of truth for the CMS too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, newsSchema } from './schemas/publication.ts';
import { eventSchema } from './schemas/event.ts';
import { planSchema } from './schemas/plan.ts';
import { settingsSchema } from './schemas/settings.ts';
import { tagSchema } from './schemas/tag.ts';
import { progressUpdateSchema } from './schemas/progress-update.ts';
import { marketSchema, verificationSessionSchema } from './schemas/market.ts';
import { CONTENT_FOLDERS, contentDir } from './lib/content-folders.ts';
import { optionalGlob } from './data/optional-glob.ts';
import { withClearErrors } from './lib/validation/content-errors.ts';

const base = (folder: string) => `${contentDir()}/${folder}`;

// withClearErrors: a file Astro refuses fails the build with one line naming file and field.
export const collections = withClearErrors({
  news: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base(CONTENT_FOLDERS.news) }),
    schema: ({ image }) => newsSchema(image),
  }),
  articles: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base(CONTENT_FOLDERS.articles) }),
    schema: ({ image }) => articleSchema(image),
  }),
  events: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base(CONTENT_FOLDERS.events) }),
    schema: eventSchema,
  }),
  plans: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base(CONTENT_FOLDERS.plans) }),
    schema: planSchema,
  }),
  tags: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base(CONTENT_FOLDERS.tags) }),
    schema: tagSchema,
  }),
  settings: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base(CONTENT_FOLDERS.settings) }),
    schema: settingsSchema,
  }),
  progressUpdates: defineCollection({
    loader: optionalGlob(base(CONTENT_FOLDERS.progressUpdates)),
    schema: progressUpdateSchema,
  }),
  markets: defineCollection({
    loader: optionalGlob(base(CONTENT_FOLDERS.markets)),
    schema: marketSchema,
  }),
  verificationSessions: defineCollection({
    loader: optionalGlob(base(CONTENT_FOLDERS.verificationSessions)),
    schema: verificationSessionSchema,
  }),
});
