/**
 * News items (tin tức) and articles (bài viết chuyên đề): written pieces with a
 * Markdown or MDX body. Articles add a category.
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { changesField, coverField, labelledEnum, publishedAtField, taskRefField, uidField } from './shared.ts';

/** Article categories (chuyên mục): id in URLs and files → label shown to readers. */
export const ARTICLE_CATEGORIES = {
  'kien-thuc-do-luong': 'Kiến thức đo lường',
  'van-ban-phap-luat': 'Văn bản pháp luật',
  'quyen-loi-nguoi-tieu-dung': 'Quyền lợi người tiêu dùng',
  'doanh-nghiep': 'Doanh nghiệp',
} as const;
export type ArticleCategory = keyof typeof ARTICLE_CATEGORIES;

export function newsSchema<I extends z.ZodType>(image: () => I) {
  return z.object({
    /** Stable id for feeds and the API; never changes after creation. */
    uid: uidField,
    /** Headline, in Vietnamese with diacritics. */
    title: z.string().trim().min(1, MESSAGES.notEmpty),
    /** One or two sentences shown in lists, feeds and the meta description. */
    summary: z.string().trim().min(1, MESSAGES.notEmpty).max(300, MESSAGES.tooLong(300)),
    /** When the item is published; an item dated in the future stays hidden until then. */
    publishedAt: publishedAtField,
    /** When the content last changed materially (optional). */
    updatedAt: publishedAtField.optional(),
    /** Change notes shown on the page and in feeds (minor fixes are not recorded). */
    changes: changesField,
    /** Byline (tác giả). */
    author: z.string().trim().min(1, MESSAGES.notEmpty),
    cover: coverField(image).optional(),
    /** Tag ids from content/the/. */
    tags: z.array(z.string()).default([]),
    /** Plan tasks this item reports on. */
    relatedTasks: z.array(taskRefField).default([]),
    /** Event ids (file names in content/su-kien/) this item reports on. */
    relatedEvents: z.array(z.string()).default([]),
    /** A draft is never published anywhere. */
    draft: z.boolean().default(false),
  });
}

export function articleSchema<I extends z.ZodType>(image: () => I) {
  return newsSchema(image).extend({
    /** Chuyên mục. */
    category: labelledEnum(ARTICLE_CATEGORIES),
  });
}

export type NewsData = z.infer<ReturnType<typeof newsSchema>>;
export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
