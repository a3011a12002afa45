/**
 * The machine API, version 1 (/api/v1/): every field declared once, here, with
 * what it means. The TypeScript types come from these schemas, and so do the
 * JSON Schemas served at /api/v1/schema/ (z.toJSONSchema), so the published
 * documentation cannot drift from what the API returns.
 *
 * Stability promise: within v1 fields are only ever added, never renamed,
 * removed or changed in meaning; an item's id is its uid and never changes; an
 * absent value is null, never a missing key. A breaking change gets /api/v2/.
 */
import { z } from 'astro/zod';

const url = z.url().describe('Absolute URL.');
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time (UTC, "Z").');

export const apiImageSchema = z
  .object({
    url: url.describe('Absolute URL of the image file.'),
    alt: z.string().describe('What the image shows (alt text), in Vietnamese.'),
    credit: z.string().nullable().describe('Who took or owns the picture; print it as "Ảnh: {credit}". Null when not given.'),
    width: z.number().int().positive().nullable().describe('Width in pixels, when known.'),
    height: z.number().int().positive().nullable().describe('Height in pixels, when known.'),
    type: z.string().nullable().describe('MIME type of the file at url, when known (the cover: always).'),
    length: z.number().int().positive().nullable().describe('Size in bytes of the file at url, when known (the cover: always).'),
  })
  .describe('A picture with its alt text and credit.');

export const apiSummarySchema = z.object({
  id: z.string().describe("The item's permanent id (its uid): never changes, even when its title or URL does. Also its RSS guid and JSON Feed id."),
  type: z.enum(['news', 'article']).describe('"news" (tin tức) or "article" (bài viết chuyên đề).'),
  title: z.string().describe('Headline, in Vietnamese.'),
  summary: z.string().describe('One or two sentences (sapo).'),
  publishedAt: instant.describe('When the item was published.'),
  updatedAt: instant.nullable().describe('When the item was last materially edited; null if never since publication.'),
  url: url.describe("The item's page on the site (may change if the item is renamed; id does not)."),
  apiUrl: url.describe("This item's full record in the API."),
  category: z.object({ id: z.string(), label: z.string() }).nullable().describe('Article category (chuyên mục); null for news.'),
  tags: z.array(z.object({ id: z.string(), label: z.string() })).describe('Tags (thẻ): id as in URLs, label as shown.'),
  image: apiImageSchema.nullable().describe('The cover picture, or null when the item has none.'),
});

export const apiItemSchema = apiSummarySchema.extend({
  apiVersion: z.literal('v1').describe('API version of this document.'),
  author: z.string().describe('Byline (tác giả).'),
  html: z.string().describe('The full body as HTML, every link and image URL absolute. The cover is not repeated in it.'),
  text: z.string().describe('The full body as plain text, paragraphs separated by blank lines.'),
  images: z.array(apiImageSchema).describe('Every picture of the item: the cover first (if any), then those of the body, in order.'),
  changes: z
    .array(z.object({ date: instant.describe('When the change was published.'), note: z.string().describe('What changed.') }))
    .describe('Public change notes, newest first; minor fixes are not recorded. The newest one is updatedAt (or later).'),
  relatedEvents: z
    .array(
      z.object({
        id: z.string().describe("The event's permanent id (uid); also its iCalendar UID."),
        title: z.string(),
        url,
        start: z.string().describe('Start in Vietnam time (UTC+7): "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm".'),
        end: z.string().nullable().describe('End, same forms as start; null when not given.'),
      }),
    )
    .describe('Events (sự kiện) the item reports on.'),
  relatedTasks: z
    .array(
      z.object({
        plan: z.string().describe('Plan id, e.g. "2022".'),
        planTitle: z.string(),
        task: z.string().describe('Task code as in the plan appendix, e.g. "II.3.c".'),
        title: z.string(),
        url: url.describe("The task's row on the plan page."),
      }),
    )
    .describe('Plan tasks (nhiệm vụ của kế hoạch) the item reports on.'),
});

export const apiIndexSchema = z.object({
  apiVersion: z.literal('v1').describe('API version of this document.'),
  type: z.enum(['news', 'article']).describe('What this index lists.'),
  page: z.number().int().positive().describe('This page, from 1.'),
  pageCount: z.number().int().positive().describe('How many pages the index has.'),
  pageSize: z.number().int().positive().describe('Items per page (the last page may hold fewer).'),
  totalItems: z.number().int().nonnegative().describe('Items in the whole index.'),
  self: url.describe('This page.'),
  prev: url.nullable().describe('The previous page, or null on page 1.'),
  next: url.nullable().describe('The next page, or null on the last page.'),
  items: z.array(apiSummarySchema).describe('Newest first by publication date.'),
});

export type ApiImage = z.infer<typeof apiImageSchema>;
export type ApiSummary = z.infer<typeof apiSummarySchema>;
export type ApiItem = z.infer<typeof apiItemSchema>;
export type ApiIndex = z.infer<typeof apiIndexSchema>;

/** The JSON Schemas published at /api/v1/schema/{name}.json. */
export function apiJsonSchemas() {
  const titled = (schema: z.ZodType, title: string) => ({ ...z.toJSONSchema(schema), title });
  return {
    index: titled(apiIndexSchema, 'API v1: paginated index of news or articles'),
    item: titled(apiItemSchema, 'API v1: one news item or article'),
  };
}
