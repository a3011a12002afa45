/**
 * Questions and answers (hỏi đáp): questions the public sent and the
 * Department answers publicly. The asker is described only by their area
 * (a commune, a trade): never a name, phone, e-mail or address.
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { changesField, civilDateField, taskRefField } from './shared.ts';

export const questionSchema = z.object({
  /** The question as a short heading. */
  title: z.string().trim().min(1, MESSAGES.notEmpty),
  /** The question in full, as asked (personal details removed). */
  question: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Where the asker is from or what they do ("phường Trần Phú", "hộ kinh doanh xăng dầu"); never personal data. */
  area: z.string().trim().optional(),
  /** Ngày hỏi. */
  askedAt: civilDateField,
  /** Ngày trả lời. */
  answeredAt: civilDateField,
  /** The Department's answer; blank lines separate paragraphs. */
  answer: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Who answered (a unit, not a person's contact details). */
  answeredBy: z.string().trim().optional(),
  /** Documents of the register (file names in content/van-ban/) the answer relies on. */
  relatedDocuments: z.array(z.string()).default([]),
  /** Plan tasks the question concerns. */
  relatedTasks: z.array(taskRefField).default([]),
  /** Change notes (minor fixes are not recorded). */
  changes: changesField,
  /** A draft is never published anywhere. */
  draft: z.boolean().default(false),
});
export type QuestionData = z.infer<typeof questionSchema>;
