/**
 * Astro's sharp image service, with every opaque output (JPEG fallbacks)
 * flattened onto the page background (src/lib/image-background.ts).
 * Configured as `image.service` in astro.config.mjs.
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { withPageBackground } from '../lib/image-background.ts';

const service: LocalImageService = {
  ...sharpService,
  validateOptions: async (options, imageConfig, logger) => withPageBackground(sharpService.validateOptions ? await sharpService.validateOptions(options, imageConfig, logger) : options),
};

export default service;
