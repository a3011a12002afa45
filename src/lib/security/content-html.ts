/**
 * What editor-authored HTML may contain. Editors write Markdown in the CMS and
 * Markdown allows raw HTML, so a body could carry <script>, an onerror
 * attribute, a javascript: link or an <iframe>. Every Markdown body is cleaned
 * with hast-util-sanitize (GitHub's allowlist, the one maintained for exactly
 * this) and what was removed is named so the build can warn about it.
 *
 * MDX is different: its bodies are compiled to JavaScript and run at build
 * time, so `{expressions}`, `import`/`export` and JSX with code in attributes
 * are code execution, not markup. Cleaning code cannot be done reliably, so an
 * MDX body with any of those, or with an element the allowlist refuses, is a
 * build error instead (see unsafeMdxParts).
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import { quoteForLog } from '../text.ts';

/**
 * GitHub's schema with five changes: <abbr> is allowed (official texts are full
 * of acronyms: UBND, KH&CN), table cells keep the text-align style that GFM
 * column alignment writes, `tel:` links are allowed (contact pages), a
 * <style> goes with its content (its CSS is no reading matter), and ids are
 * kept as written. GitHub prefixes ids to stop DOM clobbering of
 * its own scripts; content pages carry no script at all (tests/build/budgets
 * checks that), while unprefixed ids keep editors' in-page anchors working.
 */
export const CONTENT_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    td: [...(defaultSchema.attributes?.td ?? []), ['style', /^text-align: ?(left|center|right);?$/]],
    th: [...(defaultSchema.attributes?.th ?? []), ['style', /^text-align: ?(left|center|right);?$/]],
  },
  strip: [...(defaultSchema.strip ?? []), 'style'],
  clobber: [],
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
};

/** Elements whose content is dropped with them (the sanitiser's `strip` list). */
const STRIPPED = new Set(CONTENT_SCHEMA.strip ?? []);

function allowedTag(tagName: string): boolean {
  return (CONTENT_SCHEMA.tagNames ?? []).includes(tagName);
}

/** Whether the schema lets this property through with this value (a definition may list allowed values). */
function allowedProperty(tagName: string, property: string, value: unknown): boolean {
  const definitions = [...(CONTENT_SCHEMA.attributes?.['*'] ?? []), ...(CONTENT_SCHEMA.attributes?.[tagName] ?? [])];
  return definitions.some((definition) => {
    if (typeof definition === 'string') return definition === property;
    const [name, ...allowed] = definition;
    if (name !== property) return false;
    if (allowed.length === 0) return true;
    const values = Array.isArray(value) ? value : [value];
    return values.every((item) => allowed.some((rule) => (rule instanceof RegExp ? rule.test(String(item)) : rule === item)));
  });
}

/** Same rule as hast-util-sanitize: relative URLs pass, absolute ones need an allowed protocol. */
function allowedUrl(property: string, value: string): boolean {
  const protocols = CONTENT_SCHEMA.protocols?.[property];
  if (!protocols) return true;
  const colon = value.indexOf(':');
  const firstOther = value.search(/[/?#]/);
  if (colon < 0 || (firstOther >= 0 && colon > firstOther)) return true;
  return protocols.includes(value.slice(0, colon).toLowerCase());
}

/** Reader-facing description of one attribute problem, or undefined when it is fine. */
function attributeProblem(tagName: string, property: string, value: unknown): string | undefined {
  const attribute = find(html, property).attribute;
  if (/^on/i.test(attribute)) return `event handler ${attribute} on <${tagName}>`;
  if (!allowedProperty(tagName, property, value)) return `attribute ${attribute} on <${tagName}>`;
  if (typeof value === 'string' && !allowedUrl(property, value.trim())) {
    // The scheme is the editor's text: quoted and escaped, so a newline in a hostile link cannot split the log line.
    return `${quoteForLog(value.trim().split(':')[0]?.toLowerCase() ?? '')}: URL in <${tagName} ${attribute}>`;
  }
  return undefined;
}

function elementProblems(element: Element): string[] {
  if (!allowedTag(element.tagName)) {
    return [STRIPPED.has(element.tagName) ? `<${element.tagName}> element and its content` : `<${element.tagName}> element`];
  }
  return Object.entries(element.properties ?? {}).flatMap(([property, value]) => attributeProblem(element.tagName, property, value) ?? []);
}

function walk(node: Nodes, visit: (node: Nodes) => string[]): string[] {
  const own = visit(node);
  const children = 'children' in node ? (node.children as Nodes[]).flatMap((child) => walk(child, visit)) : [];
  return [...own, ...children];
}

const problemsOf = (node: Nodes): string[] => (node.type === 'element' ? elementProblems(node) : []);

function hasRawHtml(node: Nodes): boolean {
  return node.type === 'raw' || ('children' in node && (node.children as Nodes[]).some(hasRawHtml));
}

export interface CleanResult {
  tree: Root;
  /** What was removed, one phrase per thing, in document order (empty when nothing was). */
  removed: string[];
}

/**
 * Cleans a Markdown body's tree. Raw HTML arrives as unparsed `raw` nodes, so
 * the tree is printed and parsed again as real HTML first (what rehype-raw
 * does); the result is then sanitised.
 */
export function cleanMarkdownTree(tree: Root): CleanResult {
  // Fast path, most bodies: with no raw HTML the tree holds only what Markdown
  // itself makes; when none of it breaks a rule (a javascript: link can come
  // from Markdown syntax too) there is nothing to print, parse or clean.
  if (!hasRawHtml(tree) && walk(tree, problemsOf).length === 0) return { tree, removed: [] };
  const parsed = fromHtml(toHtml(tree, { allowDangerousHtml: true }), { fragment: true });
  const removed = walk(parsed, problemsOf);
  return { tree: sanitize(parsed, CONTENT_SCHEMA) as Root, removed };
}

interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: Nodes[];
}

function mdxJsxProblems(node: MdxJsxNode): string[] {
  if (node.name === null) return [];
  if (!/^[a-z][a-z0-9]*$/.test(node.name)) return [`component <${node.name}> (content may only use HTML elements)`];
  if (!allowedTag(node.name)) return [`<${node.name}> element`];
  return node.attributes.flatMap((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) return [`{…} spread attribute on <${node.name}>`];
    if (typeof attribute.value === 'object' && attribute.value !== null) return [`{…} expression in <${node.name} ${attribute.name}>`];
    return attributeProblem(node.name ?? '', find(html, attribute.name).property, attribute.value) ?? [];
  });
}

/** Everything in an MDX body that is code or unsafe markup; empty when the body is safe. */
export function unsafeMdxParts(tree: Root): string[] {
  return walk(tree, (node) => {
    const type = (node as { type: string }).type;
    if (type === 'mdxjsEsm') return ['import/export statement'];
    if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') return ['{…} expression'];
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') return mdxJsxProblems(node as unknown as MdxJsxNode);
    if (type === 'raw') return ['raw HTML'];
    return node.type === 'element' ? elementProblems(node) : [];
  });
}

/** Removes duplicates while keeping order, for one readable warning line. */
export function summarise(parts: readonly string[]): string {
  return [...new Set(parts)].join('; ');
}
