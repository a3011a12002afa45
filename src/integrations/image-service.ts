/**
 * Astro's sharp image service, with every opaque output (JPEG fallbacks)
 * flattened onto the page background (src/lib/image-background.ts) and
 * dimensions given as text read as numbers (numericDimensions: otherwise a
 * body picture's largest width was encoded twice).
 * Configured as `image.service` in astro.config.mjs.
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { withPageBackground } from '../lib/image-background.ts';
import { numericDimensions } from '../lib/images.ts';

const service: LocalImageService = {
  ...sharpService,
  validateOptions: async (options, imageConfig, logger) => {
    const numeric = numericDimensions(options);
    return withPageBackground(sharpService.validateOptions ? await sharpService.validateOptions(numeric, imageConfig, logger) : numeric);
  },
};

export default service;
