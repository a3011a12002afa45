/**
 * Which widths a picture is encoded at. Every width is an encoding of every
 * picture at build time (the costliest part of a cold build: README,
 * "Build cost"), so covers on cards, on their own page and pictures inside
 * bodies share one short list, and nothing is made wider than its source.
 */

/** Cards, then full-width pictures (the reading column is 44rem; 1200 px serves it at 2×). */
export const IMAGE_WIDTHS = { card: [360, 720], full: [360, 720, 1200] } as const;

export const IMAGE_SIZES = { card: '(min-width: 40rem) 22rem, 100vw', full: '(min-width: 48rem) 44rem, 100vw' } as const;

/** The widths to encode a picture `sourceWidth` pixels wide at: never upscaled; a narrower picture keeps its own width. */
export function imageWidths(size: keyof typeof IMAGE_WIDTHS, sourceWidth: number): number[] {
  const fitting = IMAGE_WIDTHS[size].filter((width) => width <= sourceWidth);
  return fitting.length > 0 ? fitting : [sourceWidth];
}

/**
 * Image options with `width`, `height` and `widths` as numbers. Astro's
 * Markdown and MDX pipelines hand a body picture's widths to getImage() as
 * strings ("1200"), while it computes the picture's own src at the number
 * 1200: the two hash apart and the same variant was encoded twice. Numbers
 * also sort the srcset numerically.
 */
export function numericDimensions<O extends { width?: unknown; height?: unknown; widths?: readonly unknown[] | undefined }>(options: O): O {
  const number = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value);
  return {
    ...options,
    ...('width' in options ? { width: number(options.width) } : {}),
    ...('height' in options ? { height: number(options.height) } : {}),
    ...(options.widths ? { widths: options.widths.map(number) } : {}),
  };
}

/**
 * An imported image's metadata read without marking its original as used by
 * a page. In a build Astro hands each content image to pages as a proxy that
 * records every property read (astro/dist/assets/utils/proxy.js), and ships
 * the original of any image read that way beside its variants: reading a
 * cover's width or format put every phone photo (3 MB each) in dist/_astro.
 * The proxy's `clone` (what Astro's own getImage() reads) is a plain copy.
 * Elsewhere (astro dev, tests) the image is a plain object already.
 */
export function unreferencedMetadata<M extends object>(image: M): M {
  return (image as M & { clone?: M }).clone ?? image;
}

/**
 * The file name a build gave an image, when it carries a hash of the file's
 * content ("/_astro/anh.BNgKTJCL.jpg" → "anh.BNgKTJCL.jpg": Vite names every
 * asset so), or undefined (astro dev serves sources by path). Work derived
 * from an image can be cached under this name without reading the file.
 */
export function contentHashedName(src: string): string | undefined {
  return /^\/_astro\/([^/]+\.[\w-]{8}\.[a-z\d]+)$/i.exec(src)?.[1];
}
