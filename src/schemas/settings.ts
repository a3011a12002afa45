/**
 * Site settings (cài đặt): who runs the site. A Vietnamese state agency's site
 * must name its owner, address, contacts and the person responsible for content
 * (Nghị định 42/2022/NĐ-CP). Unknown values stay empty and show "đang cập nhật".
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { civilDateField } from './shared.ts';

const optionalText = z.string().trim().default('');

export const settingsSchema = z.object({
  /** Site name shown in the header and titles. */
  siteName: z.string().trim().min(1, MESSAGES.notEmpty),
  /** One line under the name. */
  tagline: optionalText,
  /** One or two sentences describing the site, for the home page description. */
  description: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Cơ quan chủ quản: the owner. */
  organisation: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Đơn vị thực hiện: the unit that runs the programme. */
  unit: z.string().trim().min(1, MESSAGES.notEmpty),
  address: optionalText,
  phone: optionalText,
  email: z.union([z.literal(''), z.email(MESSAGES.email)]).default(''),
  /** Người chịu trách nhiệm nội dung. */
  contentResponsible: z.object({ name: optionalText, position: optionalText }).default({ name: '', position: '' }),
  /** Giấy phép / quyết định thành lập trang, when there is one. */
  licence: optionalText,
  socialLinks: z.array(z.object({ label: z.string().min(1), url: z.url(MESSAGES.url) })).default([]),
  /**
   * Who signs the printed plan progress report (báo cáo tiến độ): the signature block
   * under it. Empty fields print as blank lines to be filled in by hand.
   */
  reportSigner: z
    .object({
      /** Signing on behalf, e.g. "KT. Giám đốc" (optional). */
      onBehalfOf: optionalText,
      /** Chức vụ, e.g. "Phó Chi cục trưởng". */
      position: optionalText,
      /** Họ và tên. */
      name: optionalText,
    })
    .default({ onBehalfOf: '', position: '', name: '' }),
  /** When the site's accessibility was last checked (tuyên bố về khả năng tiếp cận); optional. */
  accessibilityCheckedAt: civilDateField.optional(),
});
export type SettingsData = z.infer<typeof settingsSchema>;
