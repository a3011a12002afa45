/**
 * Every content collection's schema by collection name: what src/content.config.ts
 * gives Astro and what validateSite (src/lib/validation/site.ts) checks entries
 * against in the build, the CMS and the tests. `image` is Astro's image() in the
 * build; elsewhere a check that a picture is named.
 */
import type { z } from 'astro/zod';
import { articleSchema, newsSchema } from './publication.ts';
import { eventSchema } from './event.ts';
import { planSchema } from './plan.ts';
import { settingsSchema } from './settings.ts';
import { tagSchema } from './tag.ts';
import { progressUpdateSchema } from './progress-update.ts';
import { marketSchema, verificationSessionSchema } from './market.ts';
import { documentSchema } from './document.ts';
import { questionSchema } from './question.ts';

export function collectionSchemas<I extends z.ZodType>(image: () => I) {
  return {
    news: newsSchema(image),
    articles: articleSchema(image),
    events: eventSchema,
    plans: planSchema,
    tags: tagSchema,
    settings: settingsSchema,
    progressUpdates: progressUpdateSchema,
    markets: marketSchema,
    verificationSessions: verificationSessionSchema,
    documents: documentSchema,
    questions: questionSchema,
  };
}

export type CollectionName = keyof ReturnType<typeof collectionSchemas>;
