/**
 * Body HTML made fit to travel: feeds and the API are read away from our site,
 * so every link and image must carry our full address (a reader resolving
 * "/ke-hoach/2022/" against a newspaper's CMS would land on their site). Also
 * the plain text and the pictures of a body, for machines that want those.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/** Attributes holding one URL (hast property names). */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action', 'data'] as const;
/** Attributes holding a srcset: "url 480w, url 800w". */
const SRCSET_PROPERTIES = ['srcSet'] as const;

function parse(html: string): Root {
  return fromHtml(html, { fragment: true });
}

function absolute(url: string, base: URL): string {
  const trimmed = url.trim();
  // Fragment-only links point inside the item itself: keep them as they are.
  if (trimmed === '' || trimmed.startsWith('#')) return url;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return url;
  }
}

function absoluteSrcset(srcset: string, base: URL): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

/** The same HTML with every URL in links, images, sources and srcsets made absolute against `base`. */
export function absoluteUrlsInHtml(html: string, base: URL): string {
  const tree = parse(html);
  visit(tree, 'element', (node: Element) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = absolute(value, base);
    }
    for (const name of SRCSET_PROPERTIES) {
      const value = node.properties[name];
      // hast keeps srcset as a list of comma-separated parts.
      const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : undefined;
      if (text !== undefined) node.properties[name] = absoluteSrcset(text, base);
    }
  });
  return toHtml(tree);
}

/** The text of an HTML body as a reader sees it: paragraphs on their own lines, no markup. */
export function htmlToText(html: string): string {
  return toText(parse(html), { whitespace: 'normal' })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface BodyImage {
  /** As written in the HTML (absolute once absoluteUrlsInHtml ran). */
  url: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}

/** The pictures in an HTML body, in order, with their alt text. */
export function imagesInHtml(html: string): BodyImage[] {
  const images: BodyImage[] = [];
  visit(parse(html), 'element', (node: Element) => {
    if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
    const number = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined);
    images.push({
      url: node.properties.src,
      alt: typeof node.properties.alt === 'string' ? node.properties.alt : '',
      width: number(node.properties.width),
      height: number(node.properties.height),
    });
  });
  return images;
}
