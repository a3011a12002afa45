/** Every CMS collection, in the order the admin lists them. */
import type { CollectionDefinition } from '../define.ts';
import news from './news.ts';
import articles from './articles.ts';
import events from './events.ts';
import plans from './plans.ts';
import progressUpdates from './progress-updates.ts';
import markets from './markets.ts';
import verificationSessions from './verification-sessions.ts';
import tags from './tags.ts';
import settings from './settings.ts';
import documents from './documents.ts';
import questions from './questions.ts';

export const definitions: readonly CollectionDefinition[] = [news, articles, events, plans, documents, questions, progressUpdates, markets, verificationSessions, tags, settings];
