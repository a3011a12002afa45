/**
 * The CMS refuses what the build refuses, in the same words: each rule gives
 * the same verdict and message through the CMS entry point (saveProblems, on
 * the entry being saved with the rest of the content) as through the build's
 * validateSite, and the message lands at the field the editor sees.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../admin/config.ts';
import { messagesByField, saveProblems, type SavedEntry } from '../../admin/app/site-check.ts';
import { validateSite, type SiteEntries } from '../../src/lib/validation/site.ts';
import { parseEntry } from '../../src/lib/validation/schema.ts';
import { collectionSchemas, type CollectionName } from '../../src/schemas/collections.ts';
import { z } from 'astro/zod';
import { ROOT } from '../support/build-site.ts';
import { mergeSiteEntries, readSiteEntries, type AllSiteEntries } from '../support/site-entries.ts';

const real = readSiteEntries(join(ROOT, 'content'), 'content');
const label = 'tests/fixtures/invalid-content';
const fixtures = readSiteEntries(join(ROOT, label), label);
const everything = mergeSiteEntries(real, fixtures);
const buildProblems = validateSite(everything);

/** Every fixture entry with its collection. */
const fixtureEntries: SavedEntry[] = (Object.entries(fixtures) as [CollectionName, AllSiteEntries[CollectionName]][]).flatMap(([collection, entries]) =>
  entries.map((entry) => ({ collection, ...entry })),
);

/** All the content except one entry: what the CMS holds while that entry is being edited. */
function indexWithout(saved: SavedEntry): SiteEntries {
  return { ...everything, [saved.collection]: everything[saved.collection].filter((entry) => entry.file !== saved.file) };
}

const own = (problems: { file: string; field: string; message: string }[], file: string) => problems.filter((p) => p.file === file).map((p) => `${p.field} ${p.message}`);

// Of two files with one uid the build blames the later one; the CMS always
// blames the file being saved (tested below), so the earlier one is left out here.
const FIRST_OF_TWO_UIDS = `${label}/tin-tuc/duplicate-uid-first.md`;

describe('the same verdict and message in the CMS as in the build', () => {
  it.each(fixtureEntries.filter((entry) => entry.file !== FIRST_OF_TWO_UIDS).map((entry) => [entry.file.slice(label.length + 1), entry] as const))('%s', (_name, saved) => {
    const inCms = saveProblems(indexWithout(saved), saved);
    expect(own(inCms, saved.file)).toEqual(own(buildProblems, saved.file));
    expect(inCms.filter((p) => p.file !== saved.file)).toEqual([]);
  });
});

/** Visible top-level fields of a form, by name. */
const formFields = (...names: string[]) => names.map((name) => ({ name }));

/** The real 2022 plan with one edit. */
function plan2022(edit: (data: { tasks: { code: string; budget?: number }[] }) => void): SavedEntry {
  const entry = real.plans.find((p) => p.id === '2022')!;
  const data = structuredClone(entry.data) as { tasks: { code: string; budget?: number }[] };
  edit(data);
  return { collection: 'plans', ...entry, data };
}

describe('saving through the CMS', () => {
  it('refuses the wrong budget line II.3.c (221 instead of 220), naming the line at the tasks field', () => {
    const saved = plan2022((data) => {
      data.tasks.find((t) => t.code === 'II.3.c')!.budget = 221;
    });
    const problems = saveProblems(real, saved);
    const line = data2022Index('II.3');
    expect(problems.map((p) => `${p.field} ${p.message}`)).toContain(`tasks[${line}].budget kinh phí mục II.3 là 540 triệu đồng nhưng các dòng con cộng lại 541 triệu đồng`);
    const byField = messagesByField(problems, saved.file, formFields('title', 'tasks', 'sections', 'budgetTotal'));
    expect(byField.get('tasks')).toContain(`Dòng thứ ${line + 1}: Kinh phí mục II.3 là 540 triệu đồng nhưng các dòng con cộng lại 541 triệu đồng`);
  });

  it('refuses an entry whose uid another file has, whichever file was first', () => {
    const saved = fixtureEntries.find((entry) => entry.file === FIRST_OF_TWO_UIDS)!;
    expect(own(saveProblems(indexWithout(saved), saved), saved.file)).toEqual([
      `uid mã định danh "fixture-duplicate-uid" đã được dùng cho ${label}/tin-tuc/duplicate-uid.md`,
    ]);
  });

  it('shows a problem of a field the form hides at the first field, by its Vietnamese label, without its code name', () => {
    const saved = fixtureEntries.find((entry) => entry.file === FIRST_OF_TWO_UIDS)!;
    const news = cmsConfig({}, { name: 'test' }).config.collections.find((collection) => collection.name === 'news')!;
    const byField = messagesByField(saveProblems(indexWithout(saved), saved), saved.file, news.fields!);
    const first = news.fields!.find((field) => field.widget !== 'hidden')!.name;
    expect([...byField.keys()]).toEqual([first]);
    const [message] = byField.get(first)!;
    expect(message).toMatch(/^Mã định danh \(tự động điền, không sửa được trong biểu mẫu; .*\): Mã định danh "fixture-duplicate-uid" đã được dùng cho /u);
    expect(message!.split(':')[0]).not.toContain('uid');
  });

  it('accepts the plan unchanged', () => {
    expect(saveProblems(real, plan2022(() => {}))).toEqual([]);
  });

  it('refuses an all-day event given a time, at the start field', () => {
    const event = real.events[0]!;
    const saved: SavedEntry = { collection: 'events', ...event, data: { ...(event.data as object), allDay: true, start: '2025-05-20T08:00' } };
    const byField = messagesByField(saveProblems(real, saved), saved.file, formFields('title', 'start', 'allDay'));
    expect(byField.get('start')).toEqual(['Có giờ nhưng sự kiện đang bật "Cả ngày": bỏ giờ, hoặc tắt "Cả ngày"']);
  });

  it('refuses a save that breaks another file, naming that file', () => {
    const news = { collection: 'news' as const, id: 'tin-thu', file: 'content/tin-tuc/tin-thu.md', data: { ...(real.news[0]!.data as object), uid: 'tin-thu-nghiem-1', relatedTasks: [{ plan: '2022', task: 'II.3.c' }] } };
    const index = { ...real, news: [...real.news, news] };
    const saved = plan2022((data) => {
      data.tasks = data.tasks.filter((t) => t.code !== 'II.3.c');
      data.tasks.find((t) => t.code === 'II.3')!.budget = 320;
    });
    const problems = saveProblems(index, saved);
    expect(problems.filter((p) => p.file === 'content/tin-tuc/tin-thu.md').map((p) => p.message)).toEqual(['kế hoạch 2022 không có nhiệm vụ "II.3.c"']);
    const byField = messagesByField(problems, saved.file, formFields('title', 'tasks'));
    expect(byField.get('title')).toContain('Tệp content/tin-tuc/tin-thu.md (relatedTasks[0].task): kế hoạch 2022 không có nhiệm vụ "II.3.c"');
  });

  it('checks against the content index as the site serves it (data already parsed, through JSON)', () => {
    const schemas = collectionSchemas(() => z.string());
    const parsed = Object.fromEntries(
      (Object.entries(real) as [CollectionName, AllSiteEntries[CollectionName]][]).map(([name, entries]) => [
        name,
        entries.map((entry) => {
          const result = parseEntry(schemas[name], entry.data, entry.file);
          if (!('data' in result)) throw new Error(`${entry.file} does not parse`);
          return { ...entry, data: result.data };
        }),
      ]),
    );
    const index = JSON.parse(JSON.stringify(parsed)) as SiteEntries;
    expect(validateSite(index)).toEqual([]);
    const saved = plan2022((data) => {
      data.tasks.find((t) => t.code === 'II.3.c')!.budget = 221;
    });
    expect(saveProblems(index, saved).length).toBeGreaterThan(0);
  });
});

function data2022Index(code: string): number {
  return (real.plans.find((p) => p.id === '2022')!.data as { tasks: { code: string }[] }).tasks.findIndex((t) => t.code === code);
}
