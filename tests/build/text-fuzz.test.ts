/**
 * Property test: no input can corrupt an output. fast-check writes generated
 * hostile text (tests/support/hostile-corpus.ts) into every text field of
 * news, articles, events, tags and the site settings, the site is built once,
 * and every output is read by parsers we did not write: every .xml by
 * Python's expat and the feeds by feedparser, the calendar by ical.js and by
 * python icalendar (the two must read identical values), the JSON Feeds and
 * the API by ajv against their schemas, every page by html-validate. Each text
 * must read back equal to what was written after the documented normalisation
 * (carriableText, src/lib/text.ts, then the schema's trim), and each event
 * time written with an offset must land on its Vietnam wall-clock time.
 *
 * `npm test` runs a fixed seed; `npm run fuzz` a random one with more entries
 * (FUZZ_SEED and FUZZ_ENTRIES choose). The seed is in every test's name, so a
 * failure names the corpus that produced it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { carriableText } from '../../src/lib/text.ts';
import { buildSite, TEST_TMP } from '../support/build-site.ts';
import { listFiles, readPage } from '../support/dist.ts';
import { parseFeeds, xmlProblems } from '../support/feedparser.ts';
import { generateCorpus, writeCorpus } from '../support/hostile-corpus.ts';
import { htmlFindings } from '../support/html-validate.ts';
import { parseCalendar, type ParsedCalendar } from '../support/icalendar.ts';
import { jsonSchemaFindings, readJson } from '../support/json-schemas.ts';
import { readCalendarWithPython, type PythonEvent } from '../support/python-icalendar.ts';

const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20_261_129);
const ENTRIES = Number(process.env.FUZZ_ENTRIES ?? 220);
const corpus = generateCorpus(SEED, ENTRIES);

/** What a text field reads back as: the documented normalisation, then the schema's trim where the field has one. */
const carried = (text: string) => carriableText(text).text;
const trimmed = (text: string) => carried(text).trim();

/**
 * Debian's python3-icalendar 4.0.3 misreads a TEXT value holding a literal
 * backslash before "n", "," or ";", though we write it as RFC 5545 §3.3.11
 * says ("\\n"): it unescapes by successive string replaces, so
 * `SUMMARY:\\\,` (backslash, comma) comes back as "," and `\\n` as a
 * line break. ical.js reads both right. Such values are checked with ical.js
 * only; every other value must read the same in both.
 */
const pythonMisreads = (text: string | null | undefined): boolean => typeof text === 'string' && /\\/.test(text);

let dir: string;
let calendar: ParsedCalendar;
let python: Map<string, PythonEvent>;

beforeAll(async () => {
  const key = `text-fuzz-${SEED}`;
  const contentDir = writeCorpus(join(TEST_TMP, `${key}-content`), corpus);
  ({ outDir: dir } = await buildSite({ key, contentDir, buildDate: '2026-11-20' }));
  calendar = parseCalendar(readFileSync(join(dir, 'su-kien.ics'), 'utf8'));
  python = new Map(readCalendarWithPython(join(dir, 'su-kien.ics'), 2030).map((event) => [event.uid, event]));
}, 600_000);

describe(`hostile text in every field (seed ${SEED}, ${ENTRIES} entries: FUZZ_SEED=${SEED} FUZZ_ENTRIES=${ENTRIES} npm run fuzz replays it)`, () => {
  it('generates the entries it promises', () => {
    const count = corpus.news.length + corpus.articles.length + corpus.events.length + corpus.tags.length;
    expect(count).toBe(ENTRIES);
    expect(ENTRIES).toBeGreaterThanOrEqual(200);
  });

  it('leaves every .xml well-formed for expat and every RSS feed bozo-free for feedparser', () => {
    const xml = listFiles(dir).filter((file) => file.endsWith('.xml'));
    expect(xmlProblems(xml.map((file) => join(dir, file)))).toEqual({});
    const feeds = parseFeeds(xml.filter((file) => file.endsWith('rss.xml')).map((file) => join(dir, file)));
    expect(feeds.filter((feed) => feed.bozo).map((feed) => `${feed.path}: ${feed.bozo_exception}`)).toEqual([]);
  });

  it('gives JSON Feeds and API documents that match their schemas', () => {
    expect(jsonSchemaFindings(dir)).toEqual([]);
  });

  it('gives pages html-validate finds nothing wrong with', async () => {
    expect(await htmlFindings(dir)).toEqual([]);
  });

  it('reads every news item and article back from the API and its page as written, after normalisation', () => {
    for (const [items, type] of [[corpus.news, 'news'], [corpus.articles, 'articles']] as const) {
      for (const item of items) {
        const api = readJson(dir, `api/v1/${type}/${item.uid}.json`) as unknown as { title: string; summary: string; author: string; tags: { id: string; label: string }[] };
        expect({ title: api.title, summary: api.summary, author: api.author }, item.id).toEqual({ title: trimmed(item.title), summary: trimmed(item.summary), author: trimmed(item.author) });
        expect(api.tags.map((tag) => tag.label), item.id).toEqual(item.tags.map((id) => trimmed(corpus.tags.find((tag) => tag.id === id)?.label ?? '')));
        const page = readPage(dir, `${type === 'news' ? 'tin-tuc' : 'bai-viet'}/${item.id}/index.html`);
        expect(page.querySelector('h1')?.textContent, item.id).toBe(trimmed(item.title));
      }
    }
  });

  it('gives calendars every event, with ical.js and python icalendar reading identical text and the Vietnam start time', () => {
    expect(calendar.problems).toEqual([]);
    for (const event of corpus.events) {
      const js = calendar.events.find((candidate) => candidate.uid === event.uid);
      const py = python.get(event.uid);
      expect(js, event.id).toBeDefined();
      expect({ summary: js?.summary, location: js?.location ?? null }, event.id).toEqual({ summary: trimmed(event.title), location: carried(event.location) || null });
      for (const field of ['summary', 'location', 'description'] as const) {
        if (!pythonMisreads(js?.[field])) expect(py?.[field] ?? null, `${event.id} ${field}`).toBe(js?.[field] ?? null);
      }
      expect(js?.description.startsWith(trimmed(event.summary)), event.id).toBe(true);
      expect(js?.start.slice(0, event.allDay ? 10 : 16), event.id).toBe(event.expectedStart);
    }
  });

  it('shows each tag’s label and the settings’ tagline as written, after normalisation', () => {
    const tags = corpus.tags.filter((tag) => corpus.news.some((item) => item.tags.includes(tag.id)) || corpus.articles.some((item) => item.tags.includes(tag.id)));
    for (const tag of tags) expect(readPage(dir, `the/${tag.id}/index.html`).querySelector('h1')?.textContent, tag.id).toContain(trimmed(tag.label));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
