/**
 * Markets (chợ) and mobile verification sessions (đợt kiểm định lưu động) of
 * the common scales used there: the detail behind the plan's "28 chợ" target.
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { civilDateField, labelledEnum, taskRefField } from './shared.ts';

export const marketSchema = z.object({
  /** Tên chợ, e.g. "Chợ Thương". */
  name: z.string().trim().min(1, MESSAGES.notEmpty),
  /**
   * Xã, phường: the commune-level unit the market is in today. Since 1 July 2025
   * local government has two levels (province, commune): this is where the market is.
   */
  commune: z.string().trim().min(1, MESSAGES.notEmpty),
  /**
   * Huyện, thành phố cũ: the district as reports written before 1 July 2025 name it,
   * when they do. Districts no longer exist; shoppers who know the old name filter by it.
   */
  formerDistrict: z.string().trim().optional(),
  /** Địa chỉ (optional): street or village. */
  address: z.string().trim().default(''),
});
export type MarketData = z.infer<typeof marketSchema>;

/** Instrument types verified at markets (phương tiện đo nhóm 2): id → label. */
export const INSTRUMENT_TYPES = {
  'can-dong-ho-lo-xo': 'Cân đồng hồ lò xo',
  'can-dia': 'Cân đĩa',
  'can-ban': 'Cân bàn',
} as const;
export type InstrumentType = keyof typeof INSTRUMENT_TYPES;

const countField = z.number().int(MESSAGES.wholeNumber).nonnegative(MESSAGES.notNegative);

export const verificationSessionSchema = z.object({
  /** Ngày kiểm định. Must fall within the plan's period. */
  date: civilDateField,
  /** Market id: its file name in content/cho/. */
  market: z.string().trim().min(1, MESSAGES.notEmpty),
  /** The plan task this session serves, whose product is counted from markets (e.g. 2022 / II.3.c). */
  task: taskRefField,
  /** Kết quả per instrument type: how many were verified, passed and failed (passed + failed = verified). */
  results: z
    .array(
      z.object({
        instrument: labelledEnum(INSTRUMENT_TYPES),
        /** Số lượng kiểm định. */
        verified: countField,
        /** Đạt. */
        passed: countField,
        /** Không đạt. */
        failed: countField,
      }),
    )
    .min(1, MESSAGES.atLeastOne('kết quả theo loại phương tiện đo')),
  /** Ghi chú (optional). */
  note: z.string().trim().default(''),
});
export type VerificationSessionData = z.infer<typeof verificationSessionSchema>;
