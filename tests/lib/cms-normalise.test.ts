/**
 * Text normalised at the door (issue 11): what the CMS stores, through its
 * entry points (the preSave data, hooks.ts dataToSave and withFileSlug; the
 * pre-save check, site-check.ts saveProblems), gives the same result as the
 * build's boundary (src/lib/text.ts carriableText, src/lib/dates.ts
 * readWallClock, src/lib/slug.ts slugify, the build's validation).
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { fromJS } from 'immutable';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../admin/config.ts';
import { splitLocalDateTime } from '../../admin/app/local-date.ts';
import { dataToSave, withFileSlug, type ImmutableLike } from '../../admin/app/hooks.ts';
import { normaliseEntry } from '../../admin/app/normalise.ts';
import { saveProblems } from '../../admin/app/site-check.ts';
import { writeFrontMatter } from '../../admin/formats/preserving.ts';
import { readContentData } from '../../src/lib/content-data.ts';
import { readWallClock, wallClockText } from '../../src/lib/dates.ts';
import { slugify } from '../../src/lib/slug.ts';
import { carriableData, carriableText } from '../../src/lib/text.ts';
import { validateSite } from '../../src/lib/validation/site.ts';
import { ROOT } from '../support/build-site.ts';
import { hostileText } from '../support/hostile-corpus.ts';
import { readSiteEntries } from '../support/site-entries.ts';

const { config } = cmsConfig({}, { name: 'test' });
const collection = (name: string) => config.collections.find((item) => item.name === name)!;
const news = collection('news');
const events = collection('events');
const NOW = new Date('2026-11-29T03:00:00Z');

/** An entry as Decap hands it to preSave. */
const entryOf = (name: string, data: Record<string, unknown>, newRecord = true) => fromJS({ collection: name, newRecord, raw: '', data }) as unknown as ImmutableLike;

describe('text through the CMS entry point', () => {
  it('is what the build boundary makes of it, field by field, and the file written reads back unchanged by the build', () => {
    fc.assert(
      fc.property(hostileText(), hostileText(4), hostileText(12), (title, summary, body) => {
        const data = dataToSave(news, entryOf('news', { title, summary, body, publishedAt: '2026-11-20', draft: true }), NOW);
        expect(data).toMatchObject({ title: carriableText(title).text, summary: carriableText(summary).text, body: carriableText(body).text });
        // What the build reads from the saved file passes its boundary with nothing left to remove or change.
        const read = readContentData(writeFrontMatter(data, undefined, ['title', 'summary', 'publishedAt', 'draft']), 'x.md');
        const { body: _body, ...frontMatter } = data;
        expect(read).toEqual(frontMatter);
        expect(carriableData(read)).toEqual({ data: read, removals: [] });
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('removes what no output can carry, as the build does: controls, lone surrogates, noncharacters, stray bidi controls', () => {
    const typed = 'Cân\u000bđồng\u0000 hồ\uD800 lò\uFFFE xo\u202E\u{1FFFE} tại\u0085 chợ'.normalize('NFD');
    const data = dataToSave(news, entryOf('news', { title: typed, cover: { alt: 'Ảnh\u0008 chợ' } }), NOW);
    expect(data).toMatchObject({ title: 'Cân đồng hồ lò xo tại chợ', cover: { alt: 'Ảnh chợ' } });
    expect(data.title).toBe(carriableText(typed).text);
  });

  it('names a new entry by slugify of its NFC title, and only a new one', () => {
    fc.assert(
      fc.property(hostileText(), (title) => {
        const entry = entryOf('news', { title });
        const named = withFileSlug(news, entry, dataToSave(news, entry, NOW));
        expect(named.fileSlug).toBe(slugify(carriableText(title).text));
      }),
      { numRuns: 200, seed: 11 },
    );
    const typed = 'Cân đồng hồ lò xo'.normalize('NFD');
    expect(withFileSlug(news, entryOf('news', {}), { title: typed.normalize('NFC') }).fileSlug).toBe('can-dong-ho-lo-xo');
    expect(withFileSlug(news, entryOf('news', {}, false), { title: 'Tin' })).toEqual({ title: 'Tin' });
    // A file name given at an earlier save of the same form is never data.
    expect(dataToSave(news, entryOf('news', { title: 'Tin', fileSlug: 'tin' }, false), NOW)).not.toHaveProperty('fileSlug');
  });
});

describe('times through the CMS entry point', () => {
  const real = readSiteEntries(join(ROOT, 'content'), 'content');
  const event = real.events[0]!;

  it.each(['2027-05-21T01:00:00.000Z', '2027-05-21T01:00Z', '2027-05-20T20:00-05:00', '2027-05-21T10:00+09:00', '2027-05-21 08:00', '2027-05-21T08:00'])(
    '%s is stored as the Vietnam wall-clock time the build reads',
    (start) => {
      const data = dataToSave(events, entryOf('events', { ...(event.data as object), start, allDay: false }), NOW);
      expect(data.start).toBe(wallClockText(readWallClock(start) as never));
      expect(data.start).toBe('2027-05-21T08:00');
    },
  );

  it('a time written with Vietnam\'s own offset is kept as written: the same wall-clock time, offset shown (the change notes\' dates)', () => {
    const data = dataToSave(events, entryOf('events', { ...(event.data as object), start: '2027-05-21T08:00+07:00', allDay: false }), NOW);
    expect(data.start).toBe('2027-05-21T08:00+07:00');
    expect(readWallClock(data.start as string)).toEqual({ date: '2027-05-21', time: '08:00' });
  });

  it.each([
    ['2027-05-21T08:00:30', 'start'],
    ['2027-05-21T08:00+15:00', 'start'],
    ['21/05/2027', 'start'],
  ])('%s is never shifted: stored as typed and refused before the save, in the build\'s words', (start, field) => {
    const data = dataToSave(events, entryOf('events', { ...(event.data as object), start, allDay: false }), NOW);
    expect(data.start).toBe(start);
    const saved = { collection: 'events' as const, id: event.id, file: event.file, data };
    const inCms = saveProblems(real, saved).filter((problem) => problem.field === field);
    const inBuild = validateSite({ ...real, events: real.events.map((item) => (item.file === event.file ? { ...item, data } : item)) }).filter((problem) => problem.file === event.file && problem.field === field);
    expect(inCms.length).toBeGreaterThan(0);
    expect(inCms).toEqual(inBuild);
    expect(inCms[0]!.message).toMatch(/[àáảãạăâđêôơưệữ]/u);
  });

  it('nested date fields are read the same way', () => {
    const fields = [{ name: 'changes', widget: 'list', fields: [{ name: 'date', widget: 'datetime' }] }];
    expect(normaliseEntry(fields, { changes: [{ date: '2027-05-21T01:00Z' }] })).toEqual({ changes: [{ date: '2027-05-21T08:00' }] });
  });

  it('the form shows a time written with an offset or Z as its Vietnam time', () => {
    expect(splitLocalDateTime('2027-05-21T01:00:00.000Z')).toEqual({ date: '2027-05-21', time: '08:00' });
    expect(splitLocalDateTime('2027-05-21T08:00:00+07:00')).toEqual({ date: '2027-05-21', time: '08:00' });
  });
});
