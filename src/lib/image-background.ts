/**
 * Pictures in formats without transparency. A transparent PNG cover turned
 * into JPEG by sharp loses its alpha channel and comes out black where it was
 * see-through; flattened onto the page's own background it looks as it does
 * in AVIF or WebP. Every such output (the <picture> fallback, the share image)
 * is flattened here, onto the one colour the stylesheet paints pages with.
 */

/** The page background: `--paper` in src/styles/global.css. */
export const PAGE_BACKGROUND = '#ffffff';

/** Output formats that cannot carry transparency. */
const OPAQUE_FORMATS = new Set(['jpg', 'jpeg']);

/**
 * Image options with a background for an opaque output format that has none.
 * The background is one of the options Astro hashes into the file name, so a
 * flattened file never shares a name with a cached black one.
 */
export function withPageBackground<O extends { format?: string | undefined; background?: string | undefined }>(options: O): O {
  return options.format && OPAQUE_FORMATS.has(options.format) && !options.background ? { ...options, background: PAGE_BACKGROUND } : options;
}
