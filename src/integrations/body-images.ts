/**
 * Astro integration: pictures inside Markdown bodies get the same responsive
 * widths as covers (src/lib/images.ts). Astro's Markdown pipeline otherwise
 * encodes a body picture once at its full size: a 4000×3000 phone photo
 * became a 4000 px WebP of 2.7 MB for readers and 3–9 s of encoding per
 * photo (README, "Build cost"). This HAST plugin runs right after the content
 * sanitiser (so the widths it adds are not taken for editor HTML) and before
 * Astro's image plugin, which hands an image's properties to getImage()
 * (Markdown) or to its <Image> component (MDX).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { imageSize } from 'image-size';
import { IMAGE_SIZES, imageWidths } from '../lib/images.ts';

interface HastContext {
  readonly fileURL: URL | undefined;
  readonly sourceFormat: 'markdown' | 'mdx';
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

/** A picture file next to the content (a relative path to a raster image), or undefined. */
function localRaster(src: unknown, fileURL: URL): string | undefined {
  if (typeof src !== 'string' || /^([a-z][a-z\d+.-]*:|\/|#)/i.test(src) || !/\.(jpe?g|png|webp|avif|tiff?)$/i.test(src)) return undefined;
  return fileURLToPath(new URL(decodeURI(src), fileURL));
}

/**
 * Width, widths, sizes and format for getImage(), from the file's own
 * dimensions; undefined when they cannot be read (Astro then reports the
 * file). MDX makes each property a component attribute and splits `widths`
 * on spaces (@astrojs/markdown-satteri, hast-images-to-component.js), so
 * there the widths are one space-separated string; either way they reach
 * getImage() as text, which the image service reads as numbers
 * (numericDimensions in src/lib/images.ts).
 */
function responsiveProperties(file: string, sourceFormat: HastContext['sourceFormat']): Record<string, unknown> | undefined {
  let size: { width?: number };
  try {
    size = imageSize(readFileSync(file));
  } catch {
    return undefined;
  }
  if (!size.width) return undefined;
  const widths = imageWidths('full', size.width);
  const width = Math.max(...widths);
  // The format named (Astro's default, WebP): otherwise the srcset's largest entry and src differ in options and the same picture is encoded twice.
  return { width, widths: sourceFormat === 'mdx' ? widths.join(' ') : widths, sizes: IMAGE_SIZES.full, format: 'webp' };
}

function bodyImagesPlugin() {
  return {
    name: 'body-images',
    element: {
      filter: ['img'],
      visit(node: Readonly<Element>, ctx: HastContext) {
        const file = ctx.fileURL ? localRaster(node.properties.src, ctx.fileURL) : undefined;
        const properties = file ? responsiveProperties(file, ctx.sourceFormat) : undefined;
        for (const [key, value] of Object.entries(properties ?? {})) ctx.setProperty(node, key, value);
      },
    },
  };
}

export default function bodyImages(): AstroIntegration {
  return {
    name: 'body-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const plugins = (config.markdown.processor as { options: { hastPlugins?: Array<{ name?: string }> } }).options.hastPlugins ?? [];
        const sanitiser = plugins.findIndex((plugin) => plugin.name === 'content-sanitiser');
        if (sanitiser < 0) throw new Error('body-images: add it after content-sanitiser in astro.config.mjs');
        plugins.splice(sanitiser + 1, 0, bodyImagesPlugin());
      },
    },
  };
}
