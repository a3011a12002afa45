/**
 * Progress updates (cập nhật tiến độ): one file per report on one plan task.
 * Updates accumulate and never overwrite each other, so the history stays:
 * quantities and money are what this update adds, not running totals.
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { civilDateField, labelledEnum, taskRefField } from './shared.ts';

/** Task statuses (trạng thái): id → label shown to readers. */
export const TASK_STATUSES = {
  'chua-trien-khai': 'Chưa triển khai',
  'dang-thuc-hien': 'Đang thực hiện',
  'hoan-thanh': 'Hoàn thành',
  'cham-tien-do': 'Chậm tiến độ',
  'tam-dung': 'Tạm dừng',
} as const;
export type TaskStatus = keyof typeof TASK_STATUSES;

/** Kinds of evidence link: id → label. */
export const EVIDENCE_LINK_KINDS = {
  'van-ban': 'Văn bản',
  'hinh-anh': 'Hình ảnh',
  khac: 'Tài liệu khác',
} as const;

const amountField = z.number().nonnegative(MESSAGES.notNegative);

export const progressUpdateSchema = z.object({
  /** The plan task reported on: plan id (file name in content/ke-hoach/) and task code. Must be a line without sub-lines. */
  task: taskRefField,
  /** Ngày báo cáo: the day the figures were true. Must fall within the plan's period. */
  date: civilDateField,
  /** Trạng thái after this update. "Chậm tiến độ" is also shown on its own when a task passes its timeframe unfinished. */
  status: labelledEnum(TASK_STATUSES),
  /**
   * Kết quả đạt được in this update, per expected product (by its unit, e.g. "lượt người").
   * Added to earlier updates. Products counted from content (countedFrom in the plan) take no
   * quantities here: correct them with overrides.
   */
  achieved: z
    .array(
      z.object({
        /** The product's unit exactly as in the plan ("tin bài", "chợ"). */
        unit: z.string().trim().min(1, MESSAGES.notEmpty),
        /** How many this update adds. */
        quantity: amountField,
      }),
    )
    .default([]),
  /**
   * Điều chỉnh số liệu: replaces a product's count (from content or earlier updates) with a
   * total, for a reason that must be given. The latest override wins; quantities reported
   * in later updates add to it.
   */
  overrides: z
    .array(
      z.object({
        unit: z.string().trim().min(1, MESSAGES.notEmpty),
        /** The product's total as of this update. */
        total: amountField,
        /** Why the count is corrected (shown to readers). */
        explanation: z.string().trim().min(1, MESSAGES.overrideExplanation),
      }),
    )
    .default([]),
  /** Kinh phí giải ngân in this update, in millions of đồng; added to earlier updates. */
  disbursed: amountField.default(0),
  /** Ghi chú; required when the task goes above its target or its budget. */
  note: z.string().trim().default(''),
  /** Minh chứng: what proves the work. */
  evidence: z
    .object({
      /** News ids (file names in content/tin-tuc/). */
      news: z.array(z.string()).default([]),
      /** Article ids (file names in content/bai-viet/). */
      articles: z.array(z.string()).default([]),
      /** Event ids (file names in content/su-kien/). */
      events: z.array(z.string()).default([]),
      /** Documents, photos and other files: a title and where to find them (full URL or a site path "/…"). */
      links: z
        .array(
          z.object({
            kind: labelledEnum(EVIDENCE_LINK_KINDS).default('van-ban'),
            title: z.string().trim().min(1, MESSAGES.notEmpty),
            url: z.union([z.url(), z.string().regex(/^\/[^/]/)], { error: MESSAGES.urlOrPath }),
          }),
        )
        .default([]),
    })
    .default({ news: [], articles: [], events: [], links: [] }),
});
export type ProgressUpdateData = z.infer<typeof progressUpdateSchema>;
