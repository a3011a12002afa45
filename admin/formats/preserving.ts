/**
 * How the CMS writes YAML files and Markdown front matter without touching
 * what the editor did not change.
 *
 * Decap's own YAML writer re-serialises the whole file: it folds every line
 * longer than 80 characters and turns flow lists ("[a, b]") into blocks, so a
 * one-word edit rewrites dozens of lines of a hand-written plan. Here the
 * original file is parsed as a YAML document (which keeps quoting and flow
 * style), the edited values are applied to it node by node, and the result is
 * aligned line by line with a re-render of the unedited document: every line
 * the edit did not touch is taken verbatim from the original file.
 */
import { diffArrays } from 'diff';
import { Document, isMap, isScalar, isSeq, parse, parseDocument, visit, type Node } from 'yaml';

/** Never fold long lines: editors' paragraphs stay on one line, as written. */
const TO_STRING = { lineWidth: 0 } as const;

type Data = Record<string, unknown>;

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** JSON with object keys sorted: equal for equal data whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isPlainObject(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Makes `node` hold `value`, changing as few nodes as possible; returns the node to keep in its place. */
function applyValue(doc: Document, node: unknown, value: unknown, fieldOrder: readonly string[] = []): unknown {
  if (node && typeof node === 'object' && 'toJSON' in node && sameValue((node as Node).toJSON(), value)) return node;
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in value)) node.delete(pair.key);
      else pair.value = applyValue(doc, pair.value, value[key]) as typeof pair.value;
    }
    for (const [key, item] of Object.entries(value)) {
      if (node.has(key)) continue;
      // A new field goes before the first existing field that comes after it in the CMS's order.
      const rank = (name: string) => (fieldOrder.includes(name) ? fieldOrder.indexOf(name) : fieldOrder.length);
      const at = node.items.findIndex((pair) => rank(String(isScalar(pair.key) ? pair.key.value : pair.key)) > rank(key));
      const pair = doc.createPair(key, item);
      if (at === -1) node.items.push(pair);
      else node.items.splice(at, 0, pair);
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((item, index) => (index < node.items.length ? applyValue(doc, node.items[index], item) : doc.createNode(item))) as typeof node.items;
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    // Keep the node (and so its quoting style); the writer quotes if the new value needs it.
    node.value = value;
    return node;
  }
  return doc.createNode(value);
}

/**
 * `patched` with every line that is unchanged from `baseline` (the unedited
 * document re-rendered the same way) replaced by the original file's line.
 */
function restoreUntouchedLines(original: string, baseline: string, patched: string): string {
  const lines = (text: string) => text.split('\n');
  const originalLines = lines(original);
  // Baseline line index → the original line it renders. Lines the writer merely
  // restyles ("[a]" → "[ a ]") show as a removed run followed by an added run
  // of the same length: those pair up one to one.
  const originalOf = new Map<number, string>();
  let b = 0;
  let o = 0;
  const parts = diffArrays(lines(baseline), originalLines);
  parts.forEach((part, index) => {
    const count = part.value.length;
    const next = parts[index + 1];
    if (part.removed && next?.added && next.value.length === count) {
      for (let i = 0; i < count; i++) originalOf.set(b + i, originalLines[o + i]!);
      b += count;
    } else if (part.added) o += count;
    else if (part.removed) b += count;
    else for (let i = 0; i < count; i++) originalOf.set(b++, originalLines[o++]!);
  });
  const out: string[] = [];
  b = 0;
  for (const part of diffArrays(lines(baseline), lines(patched))) {
    if (part.added) out.push(...part.value);
    else if (part.removed) b += part.value.length;
    else for (const line of part.value) out.push(originalOf.get(b++) ?? line);
  }
  return out.join('\n');
}

/**
 * Whether a one-line string written plain would be read back as something
 * else: a date, number, boolean or null by YAML 1.1 (js-yaml's default, what
 * Astro and most tools read) or YAML 1.2, or a list or map. A title
 * "2025-05-20" must come back as that text.
 */
export function readsAsAnotherType(text: string): boolean {
  if (text.includes('\n')) return false;
  return (['1.1', '1.2'] as const).some((version) => {
    try {
      return parse(text, { version, logLevel: 'silent' }) !== text;
    } catch {
      return true;
    }
  });
}

/** Every string scalar of the document that readsAsAnotherType is double-quoted. */
function quoteAmbiguous(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && (node.type === undefined || node.type === 'PLAIN') && readsAsAnotherType(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

/** YAML text for new data (no original file): top-level keys in the CMS's field order. */
export function freshYaml(data: Data, fieldOrder: readonly string[] = []): string {
  const rank = (key: string) => (fieldOrder.includes(key) ? fieldOrder.indexOf(key) : fieldOrder.length);
  const ordered = Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
  if (Object.keys(ordered).length === 0) return '';
  const doc = new Document(ordered);
  quoteAmbiguous(doc);
  return doc.toString(TO_STRING);
}

/** The original YAML text changed to hold `data`, every untouched line kept byte for byte. */
export function patchYaml(original: string, data: Data, fieldOrder: readonly string[] = []): string {
  const doc = parseDocument(original);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return freshYaml(data, fieldOrder);
  // Quoting is decided the same way for the unedited and the edited document, so only edited lines change.
  quoteAmbiguous(doc);
  const baseline = doc.toString(TO_STRING);
  applyValue(doc, doc.contents, data, fieldOrder);
  quoteAmbiguous(doc);
  const result = restoreUntouchedLines(original, baseline, doc.toString(TO_STRING));
  // The alignment is a heuristic: if it ever produced different data, the plain re-render is right.
  return sameValue(parseDocument(result).toJSON(), data) ? result : doc.toString(TO_STRING);
}

export function parseYaml(text: string): Data {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`YAML: ${doc.errors.map((error) => error.message).join('; ')}`);
  const data: unknown = doc.toJSON();
  return isPlainObject(data) ? data : {};
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Front matter and body of a Markdown file ("---\n…\n---\nbody"); no front matter: all body. */
export function splitFrontMatter(text: string): { front: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  return match ? { front: match[1] ?? '', body: text.slice(match[0].length) } : { front: '', body: text };
}

/** Entry data (front matter fields plus `body`) from a Markdown file. */
export function parseFrontMatter(text: string): Data {
  const { front, body } = splitFrontMatter(text);
  return { ...parseYaml(front), body };
}

/** A Markdown file for entry data, patched into the original file when there is one. */
export function writeFrontMatter(data: Data, original: string | undefined, fieldOrder: readonly string[] = []): string {
  const { body = '', ...fields } = data;
  const front = original === undefined ? freshYaml(fields, fieldOrder) : patchYaml(splitFrontMatter(original).front, fields, fieldOrder);
  return `---\n${front}---\n${String(body)}`;
}
