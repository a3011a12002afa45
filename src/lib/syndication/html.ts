/**
 * Body HTML made fit to travel: feeds and the API are read away from our site,
 * so every link and image must carry our full address (a reader resolving
 * "/ke-hoach/2022/" against a newspaper's CMS would land on their site). Also
 * the plain text and the pictures of a body, for machines that want those.
 * A body is parsed once for all three (syndicatedBody): parsing was most of
 * what feeds cost a build.
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

/** Makes every URL in links, images, sources and srcsets of `tree` absolute against `base`, in place. */
function makeUrlsAbsolute(tree: Root, base: URL): void {
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
}

function treeText(tree: Root): string {
  return toText(tree, { whitespace: 'normal' })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface BodyImage {
  /** Where it is, absolute in a syndicatedBody. */
  url: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}

function treeImages(tree: Root): BodyImage[] {
  const images: BodyImage[] = [];
  visit(tree, 'element', (node: Element) => {
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

/** The text of an HTML body as a reader sees it: paragraphs on their own lines, no markup. */
export function htmlToText(html: string): string {
  return treeText(parse(html));
}

export interface SyndicatedBody {
  /** The HTML with every URL in links, images, sources and srcsets made absolute against the item's page. */
  html: string;
  /** Its text as a reader sees it (htmlToText). */
  text: string;
  /** Its pictures, in order, with their alt text and size. */
  images: BodyImage[];
}

/** A body as feeds and the API carry it, from one parse of its HTML; relative URLs are resolved against `base`. */
export function syndicatedBody(html: string, base: URL): SyndicatedBody {
  const tree = parse(html);
  makeUrlsAbsolute(tree, base);
  return { html: toHtml(tree), text: treeText(tree), images: treeImages(tree) };
}
