/**
 * Plans (kế hoạch): one file per plan, carrying its document header, narrative
 * and the budget appendix (phụ lục) line by line. Budgets are in millions of
 * đồng (triệu đồng), as the appendix writes them.
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { TIMEFRAMES } from '../lib/plan/timeframe.ts';
import { changesField, labelledEnum, partialDateField, publishedAtField, yearMonthField } from './shared.ts';

/**
 * A line's code as in the appendix: the section's Roman numeral, then the item
 * number and letter ("I.2", "II.3.c"). Lines the appendix leaves unnumbered get
 * the next number under their parent ("II.1.1") and print their own marker.
 */
export const TASK_CODE = /^[IVX]+(\.[0-9a-z]+)*$/;

const budgetField = z.number().nonnegative(MESSAGES.notNegative);

/**
 * Where a product's achieved count comes from when it is content on this site:
 * published news or articles linked to the task (relatedTasks) and dated within
 * the plan's period; events linked to the task that have taken place within it;
 * markets with at least one verification session for the task (each market once).
 */
export const COUNTED_FROM = {
  news: 'tin tức đã đăng',
  articles: 'bài viết đã đăng',
  events: 'sự kiện đã diễn ra',
  markets: 'chợ đã kiểm định',
} as const;
export type CountedFrom = keyof typeof COUNTED_FROM;

/** An expected product (sản phẩm dự kiến): "6 tin bài" is { quantity: 6, unit: "tin bài" }. */
export const productSchema = z.object({
  quantity: z.number().nonnegative(MESSAGES.notNegative),
  unit: z.string().trim().min(1, MESSAGES.notEmpty),
  /**
   * Set when the product is content on this site and is counted from it (see COUNTED_FROM);
   * progress updates then cannot add to it, only override it with an explanation.
   * Unset: the count is the sum of what progress updates report.
   */
  countedFrom: labelledEnum(COUNTED_FROM).optional(),
});

export const taskSchema = z.object({
  /** Code as in the appendix, e.g. "II.3.c"; its prefix names the parent line. */
  code: z.string().regex(TASK_CODE, MESSAGES.taskCode),
  /** The "TT" column as printed when it is not the code's last part ("-" or empty). */
  marker: z.string().optional(),
  /** Nội dung nhiệm vụ. */
  title: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Thời gian thực hiện, as printed ("Cả năm", "Quý 4", "Quý 1-2"). */
  timeframe: z.enum(TIMEFRAMES).optional(),
  /** Sản phẩm dự kiến. */
  products: z.array(productSchema).default([]),
  /** Kinh phí in millions of đồng; a line with sub-lines may leave it to their sum. */
  budget: budgetField.optional(),
  /** Ghi chú. */
  note: z.string().optional(),
  /** Đơn vị chủ trì. */
  lead: z.string().optional(),
  /** Đơn vị phối hợp. */
  coordinating: z.array(z.string()).default([]),
});

export const sectionSchema = z.object({
  /** Roman numeral, e.g. "II". */
  code: z.string().regex(/^[IVX]+$/, MESSAGES.sectionCode),
  title: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Stated section total in millions of đồng, when the appendix prints one. */
  budget: budgetField.optional(),
});

export const planSchema = z.object({
  /** Full title as on the document. */
  title: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Short name for menus and lists ("Kế hoạch năm 2022"). */
  shortTitle: z.string().trim().min(1, MESSAGES.notEmpty),
  /** One or two sentences for lists and the meta description. */
  summary: z.string().trim().min(1, MESSAGES.notEmpty),
  document: z.object({
    /** Số văn bản; empty where the source leaves it blank. */
    number: z.string().default(''),
    /** Ký hiệu, e.g. "KH-KHCN". */
    symbol: z.string().min(1, MESSAGES.notEmpty),
    /** Ngày ban hành: the day, or only the month when the source gives no day. */
    issued: partialDateField,
    place: z.string().min(1, MESSAGES.notEmpty),
    /** Cơ quan ban hành. */
    issuer: z.string().min(1, MESSAGES.notEmpty),
    signer: z.object({
      name: z.string().min(1, MESSAGES.notEmpty),
      /** Chức vụ, e.g. "Phó Giám đốc". */
      position: z.string().min(1, MESSAGES.notEmpty),
      /** Signing on behalf ("KT. Giám đốc"), when printed. */
      onBehalfOf: z.string().optional(),
    }),
    /** Nơi nhận. */
    recipients: z.array(z.string()).default([]),
  }),
  /** Căn cứ: the documents this plan carries out. */
  legalBases: z.array(z.string()).min(1, MESSAGES.atLeastOne('căn cứ pháp lý')),
  /** Thời gian thực hiện: first and last month. */
  period: z.object({ start: yearMonthField, end: yearMonthField }),
  /** Nguồn kinh phí. */
  budgetSource: z.string().min(1, MESSAGES.notEmpty),
  /** Tổng cộng as printed, in millions of đồng: checked against the lines. */
  budgetTotal: budgetField,
  /** "Viết bằng chữ" as printed: checked against the total. */
  budgetTotalInWords: z.string().min(1, MESSAGES.notEmpty),
  /** I.1 Mục đích. */
  purposes: z.array(z.string()).default([]),
  /** I.2 Yêu cầu. */
  requirements: z.array(z.string()).default([]),
  /** II. Nội dung thực hiện: the narrative of what will be done. */
  activities: z.array(z.object({ title: z.string().min(1), paragraphs: z.array(z.string()).default([]) })).default([]),
  /** III.1 Đối tượng thực hiện. */
  targetGroups: z.array(z.string()).default([]),
  /** V. Tổ chức thực hiện: each unit and what it must do. */
  responsibilities: z.array(z.object({ unit: z.string().min(1), duties: z.array(z.string()).default([]) })).default([]),
  sections: z.array(sectionSchema).min(1, MESSAGES.atLeastOne('phần')),
  tasks: z.array(taskSchema).min(1, MESSAGES.atLeastOne('nhiệm vụ')),
  /** When the plan was first published on this site (optional: unknown for the seeded plan). */
  publishedAt: publishedAtField.optional(),
  /** When the plan's page last changed materially (optional). */
  updatedAt: publishedAtField.optional(),
  /** Change notes shown on the plan's page (minor fixes are not recorded). */
  changes: changesField,
});

export type PlanData = z.infer<typeof planSchema>;
export type TaskData = z.infer<typeof taskSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
export type ProductData = z.infer<typeof productSchema>;
