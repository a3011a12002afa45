/** Tags (thẻ): the controlled list that news and articles pick from. File name = tag id. */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';

export const tagSchema = z.object({
  /** Label shown to readers, with diacritics. */
  label: z.string().trim().min(1, MESSAGES.notEmpty),
  /** Optional line shown on the tag's page. */
  description: z.string().optional(),
});
export type TagData = z.infer<typeof tagSchema>;
