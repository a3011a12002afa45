/**
 * The text boundary: what every piece of text becomes before it reaches an
 * output. The site writes the same text into XML (RSS), HTML, iCalendar and
 * JSON; a character one of them cannot carry breaks that output for every
 * reader (a strict XML parser drops the whole feed at a vertical tab). So text
 * is made safe for all four at once, when content is loaded and when the CMS
 * saves it, and the build warns, naming file and field, when it removed
 * something. The documented normalisation (README "Text and dates at the door"):
 *
 * 1. U+000B (vertical tab: Word's manual line break) and U+000C (form feed)
 *    become one space, so the words they separated stay apart; at the start
 *    or end of a line, where they separate nothing, they are dropped.
 * 2. Removed: other C0 controls except tab, line feed and carriage return
 *    (XML 1.0 §2.2 Char; iCalendar's TEXT excludes CONTROL, RFC 5545 §3.3.11),
 *    DEL and the C1 controls U+007F–U+009F (HTML parse errors and iCalendar
 *    CONTROL), lone surrogates (not Unicode scalar values: no UTF-8 form),
 *    noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane (XML 1.0
 *    excludes U+FFFE/U+FFFF; HTML calls all of them parse errors), and stray
 *    bidi controls: an embedding, override or isolate (U+202A–U+202E,
 *    U+2066–U+2068) not closed in the same line, or a closer (U+202C PDF,
 *    U+2069 PDI) that closes nothing. Unclosed, they reverse the text that
 *    follows them wherever the text is inserted ("Trojan Source", CVE-2021-42574).
 * 3. Line breaks written CRLF or CR become LF, as XML parsers read them
 *    anyway (XML 1.0 §2.11); a bare CR would end an iCalendar line.
 * 4. Normalised to NFC, the form Vietnamese keyboards mostly produce, so that
 *    the same word is the same string everywhere (search, slugs, comparisons).
 */

/** Runs of characters replaced by a space (rule 1), and the same at a line's edge, dropped. */
const SPACE_LIKE = /[\v\f]+/g;
const SPACE_LIKE_AT_EDGE = /(?<=^|[\r\n])[\v\f]+|[\v\f]+(?=[\r\n]|$)/g;

/** Single code points removed whatever their neighbours (rule 2, bidi aside). */
// With the u flag a surrogate pair is one code point, so \p{Cs} matches lone surrogates only.
const NEVER_CARRIED = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\p{Cs}\p{Noncharacter_Code_Point}]/gu;

const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';

/** Index of every bidi control that does not pair up within its line (rule 2). */
function strayBidiControls(text: string): Set<number> {
  const stray = new Set<number>();
  let open: { index: number; isolate: boolean }[] = [];
  const closeLine = () => {
    for (const control of open) stray.add(control.index);
    open = [];
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (EMBEDDING_OPENERS.has(char) || ISOLATE_OPENERS.has(char)) {
      open.push({ index, isolate: ISOLATE_OPENERS.has(char) });
    } else if (char === POP_EMBEDDING) {
      // A PDF closes the innermost embedding, and nothing across an isolate (UAX #9, X7).
      if (open.at(-1)?.isolate === false) open.pop();
      else stray.add(index);
    } else if (char === POP_ISOLATE) {
      // A PDI closes the innermost isolate and every embedding opened inside it (UAX #9, X6a).
      const isolate = open.findLastIndex((control) => control.isolate);
      if (isolate < 0) stray.add(index);
      else {
        for (const control of open.slice(isolate + 1)) stray.add(control.index);
        open = open.slice(0, isolate);
      }
    } else if (char === '\n' || char === '\r' || char === '\u2029') {
      closeLine();
    }
  }
  closeLine();
  return stray;
}

/** "U+000B" */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface CarriedText {
  /** The text as every output receives it. */
  text: string;
  /** Each character removed or replaced, as "U+000B" (empty when only line breaks or NFC changed, or nothing did). */
  removed: string[];
}

/** Text as every output can carry it, and what had to go (rules in the module header). */
export function carriableText(input: string): CarriedText {
  const removed: string[] = [];
  const note = (char: string) => {
    removed.push(codePointName(char));
  };
  const noteEach = (run: string) => [...run].forEach(note);
  let text = input
    .replace(SPACE_LIKE_AT_EDGE, (run) => (noteEach(run), ''))
    .replace(SPACE_LIKE, (run) => (noteEach(run), ' '))
    .replace(NEVER_CARRIED, (char) => (note(char), ''));
  const stray = strayBidiControls(text);
  // Indices are UTF-16 positions; bidi controls are single units, pairs stay whole.
  if (stray.size > 0) text = text.split('').map((char, index) => (stray.has(index) ? (note(char), '') : char)).join('');
  return { text: text.replace(/\r\n?/g, '\n').normalize('NFC'), removed };
}

/** One warning line for what carriableText removed from a field ("content/a.md: title …"). */
export function removedWarning(file: string, field: string, removed: readonly string[]): string {
  const kinds = [...new Set(removed)].join(', ');
  return `${file}: ${field} had ${removed.length} character(s) no output can carry (${kinds}): removed, or replaced by a space`;
}

/**
 * Text quoted into a log line: one line, every control, bidi control and
 * non-character shown as an escape, so a hostile value cannot split the
 * line, forge another one or reverse what follows it.
 */
export function quoteForLog(text: string): string {
  const escaped = text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}"\\]/gu, (char) => {
    if (char === '"' || char === '\\') return `\\${char}`;
    const code = char.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

export interface Removal {
  /** Where in the data, as a key path (["tasks", 3, "title"]). */
  path: PropertyKey[];
  removed: string[];
}

/** Every string in parsed content data passed through carriableText, keys included; what was removed, by path. */
export function carriableData(value: unknown, path: PropertyKey[] = []): { data: unknown; removals: Removal[] } {
  if (typeof value === 'string') {
    const { text, removed } = carriableText(value);
    return { data: text, removals: removed.length > 0 ? [{ path, removed }] : [] };
  }
  if (Array.isArray(value)) {
    const items = value.map((item, index) => carriableData(item, [...path, index]));
    return { data: items.map((item) => item.data), removals: items.flatMap((item) => item.removals) };
  }
  if (value !== null && typeof value === 'object') {
    const removals: Removal[] = [];
    const data = Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const cleanKey = carriableText(key);
        if (cleanKey.removed.length > 0) removals.push({ path: [...path, cleanKey.text], removed: cleanKey.removed });
        const clean = carriableData(item, [...path, cleanKey.text]);
        removals.push(...clean.removals);
        return [cleanKey.text, clean.data];
      }),
    );
    return { data, removals };
  }
  return { data: value, removals: [] };
}

/** The parts of a HAST/MDAST-like node the boundary reads: text values, attribute values, children. */
interface TextNode {
  type: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TextNode[];
}

/**
 * A rendered body's tree with the text of every text node and attribute
 * value passed through carriableText (a copy; the input is not changed),
 * what was removed, and whether any text changed at all. Comments and raw nodes are left to the HTML sanitiser.
 */
export function carriableTree<T extends TextNode>(tree: T): { tree: T; removed: string[]; changed: boolean } {
  const removed: string[] = [];
  let changed = false;
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const result = carriableText(value);
      removed.push(...result.removed);
      changed ||= result.text !== value;
      return result.text;
    }
    return Array.isArray(value) ? value.map(clean) : value;
  };
  const copy = (node: TextNode): TextNode => ({
    ...node,
    ...(node.type === 'text' ? { value: clean(node.value) } : {}),
    ...(node.properties ? { properties: Object.fromEntries(Object.entries(node.properties).map(([key, value]) => [key, clean(value)])) } : {}),
    ...(node.attributes ? { attributes: node.attributes.map((attribute) => (attribute.type === 'mdxJsxAttribute' ? { ...attribute, value: clean(attribute.value) } : attribute)) } : {}),
    ...(node.children ? { children: node.children.map(copy) } : {}),
  });
  return { tree: copy(tree) as T, removed, changed };
}
