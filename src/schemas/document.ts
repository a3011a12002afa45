/**
 * Documents (văn bản): the register of legal and administrative documents the
 * programme rests on, with the metadata a state agency's site must publish
 * (Nghị định 42/2022/NĐ-CP, Art. 7; reportedly replaced from 1 July 2026, the
 * Department should confirm the current text). Fields the source document does
 * not give stay empty and read "đang cập nhật".
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { changesField, labelledEnum, partialDateField, publishedAtField, taskRefField, uidField } from './shared.ts';

/** Loại văn bản: id in URLs and files → label. */
export const DOCUMENT_KINDS = {
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'thong-tu': 'Thông tư',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'cong-van': 'Công văn',
  'thong-bao': 'Thông báo',
  'bao-cao': 'Báo cáo',
  khac: 'Văn bản khác',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** Tình trạng hiệu lực: id → label ("bị thay thế" also names the replacing document). */
export const DOCUMENT_STATUSES = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
  'bi-thay-the': 'Bị thay thế',
} as const;
export type DocumentStatus = keyof typeof DOCUMENT_STATUSES;

/** Attached files editors may upload: extension → MIME type and label. */
export const ATTACHMENT_TYPES = {
  pdf: { mime: 'application/pdf', label: 'PDF' },
  doc: { mime: 'application/msword', label: 'DOC' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX' },
} as const;


export const documentSchema = z.object({
  /** Stable id for the feed; never changes after creation. */
  uid: uidField,
  /** Loại văn bản. */
  kind: labelledEnum(DOCUMENT_KINDS),
  /** Số: empty where the document leaves it blank ("Số: /KH-KHCN"). */
  number: z.string().trim().default(''),
  /** Ký hiệu, e.g. "KH-UBND", "QĐ-BKHCN". */
  symbol: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Ngày ban hành: the day, or only the month when the document gives no day. */
  issued: partialDateField,
  /** Ngày có hiệu lực (optional). */
  effective: partialDateField.optional(),
  /** Cơ quan ban hành. */
  issuer: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Người ký (optional): name and, when printed, position. */
  signer: z.object({ name: z.string().trim().min(1, MESSAGES.notEmpty), position: z.string().trim().optional() }).optional(),
  /** Trích yếu: what the document is about. */
  title: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Tình trạng hiệu lực (optional: unknown until the Department states it). */
  status: labelledEnum(DOCUMENT_STATUSES).optional(),
  /** The document that replaced this one (file name in content/van-ban/), when status is "bi-thay-the". */
  replacedBy: z.string().optional(),
  /** Lĩnh vực (optional), e.g. "Đo lường". */
  field: z.string().trim().optional(),
  /** The plan on this site this document is (file name in content/ke-hoach/), when it is one. */
  plan: z.string().optional(),
  /** Tệp đính kèm: PDF, DOC or DOCX uploaded in the CMS, stored in content/tep/. */
  files: z
    .array(
      z.object({
        /**
         * Site path of the file, "/tep/<name>.pdf". The extension is a pattern the
         * CMS checks too (Decap tests a file widget's pattern on the file's base
         * name, and drops regex flags, hence the spelled-out cases); the folder
         * only the schema checks.
         */
        file: z
          .string()
          .regex(/\.([pP][dD][fF]|[dD][oO][cC][xX]?)$/, MESSAGES.attachmentFile)
          .refine((path) => /^\/tep\/[^/]+$/.test(path), MESSAGES.attachmentFile),
        /** What the file is, e.g. "Toàn văn" (optional: the file name is shown otherwise). */
        title: z.string().trim().optional(),
      }),
    )
    .default([]),
  /** Plan tasks this document concerns. */
  relatedTasks: z.array(taskRefField).default([]),
  /** News items (file names in content/tin-tuc/) about this document. */
  relatedNews: z.array(z.string()).default([]),
  /** When the entry was first published on this site (optional: unknown for seeded entries). */
  publishedAt: publishedAtField.optional(),
  /** When the entry last changed materially (optional). */
  updatedAt: publishedAtField.optional(),
  /** Change notes (minor fixes are not recorded). */
  changes: changesField,
  /** A draft is never published anywhere. */
  draft: z.boolean().default(false),
});
export type DocumentData = z.infer<typeof documentSchema>;
