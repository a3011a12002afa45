/**
 * Editing through the real CMS on the real local stack (astro dev and
 * decap-server on loopback, on a temporary copy of the repository):
 * - a news item written in the CMS lands in content/ with every field, and
 *   after a build it is on the news list and its own page, its image optimised;
 * - editing one field of a plan task changes that one line of the YAML file;
 * - saving a seeded entry of each collection changes the edited line and nothing else.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter, parseYaml } from '../../admin/formats/preserving.ts';
import { definitions } from '../../admin/collections/index.ts';
import { ROOT } from '../support/build-site.ts';
import { buildCopy, startEditing, stopEditing, type CmsStack, type EditingSession } from '../support/cms-stack.ts';
import { readPage } from '../support/dist.ts';

let session: EditingSession | undefined;
let stack: CmsStack;
let page: Page;

beforeAll(async () => {
  session = await startEditing();
  ({ stack, page } = session);
});
afterAll(() => stopEditing(session));

/** Waits until `file` exists and differs from `before` (undefined: until it exists). */
async function fileChanged(file: string, before?: string): Promise<string> {
  const current = () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  await expect.poll(() => current() !== undefined && current() !== before, { timeout: 60_000, message: `${file} was not written\n${stack.log().slice(-3000)}` }).toBe(true);
  return current()!;
}

/**
 * Opens a CMS route with a fresh page load: moving between entries by changing
 * only the URL's hash keeps Decap's previous draft in the form.
 */
async function openRoute(route: string): Promise<void> {
  // Leaving the CMS page may be reported as an aborted navigation; the next load is what counts.
  await page.goto('about:blank').catch(() => undefined);
  await page.goto(`${stack.siteUrl}/admin/#/collections/${route}`);
  await page.getByRole('button', { name: /^(Công bố|Đã công bố)$/ }).waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
}

/**
 * An edit of a published entry must carry a change note or be marked minor
 * (admin/app/change-notes.ts); these edits are minor, so nothing else changes.
 */
async function markMinor(): Promise<void> {
  await page.getByLabel(/Thay đổi nhỏ/).check();
}

async function publishNow(): Promise<void> {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
  // Once saved, the button reads "Đã công bố" (published) and the header "Thay đổi đã được lưu".
  await page.getByRole('button', { name: 'Đã công bố' }).waitFor({ timeout: 90_000 });
}

/** Picks the option of a relation widget (react-select) whose label contains `option`. */
async function pick(label: string | RegExp, search: string, option: string | RegExp, scope = page.locator('body')): Promise<void> {
  const input = scope.getByLabel(label).last();
  await input.click();
  await input.pressSequentially(search, { delay: 20 });
  await page.getByRole('option', { name: option }).first().click();
}

describe('decap-server (npm run cms)', () => {
  it('listens on loopback only: the machine\'s other addresses refuse it', async () => {
    const others = Object.values(networkInterfaces()).flatMap((addresses) => addresses ?? []).filter((address) => !address.internal && address.family === 'IPv4');
    expect(others.length, 'this machine has no non-loopback IPv4 address to try').toBeGreaterThan(0);
    const reach = (host: string) =>
      new Promise<string>((resolve) => {
        const socket = connect({ host, port: stack.decapPort });
        socket.once('connect', () => (socket.destroy(), resolve('open')));
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
    expect(await reach('127.0.0.1')).toBe('open');
    for (const { address } of others) expect(await reach(address), address).toBe('ECONNREFUSED');
  });
});

describe('a news item written in the CMS', () => {
  const title = 'Hội nghị tập huấn đo lường tại Bắc Giang';
  const slug = 'hoi-nghi-tap-huan-do-luong-tai-bac-giang';
  const body = 'Chi cục đã tổ chức hội nghị tập huấn về đo lường cho cán bộ các huyện.';
  let written: Record<string, unknown>;
  let pngPath: string;
  let pngSize: number;

  it('is saved as Markdown with every field, its image in content/anh/', async () => {
    // A real, multi-megabyte PNG (noise does not compress): the original must never reach readers.
    pngPath = join(stack.dir, 'anh-hoi-nghi.png');
    await sharp(randomBytes(1600 * 900 * 3), { raw: { width: 1600, height: 900, channels: 3 } }).png().toFile(pngPath);
    pngSize = statSync(pngPath).size;

    await openRoute('news/new');
    await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Hội nghị tập huấn giúp cán bộ nắm vững quy định về đo lường.');
    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    await page.locator('input[type="file"]').setInputFiles(pngPath);
    await page.getByRole('button', { name: 'Dùng tệp đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh (bắt buộc)').fill('Cán bộ dự hội nghị tập huấn đo lường');
    await pick(/^Thẻ/, 'Chợ', 'Chợ');
    // One picker for plan tasks (admin/app/task-picker.ts): type the code, choose the task.
    await pick(/^Nhiệm vụ liên quan/, 'II.3.c', /^II\.3\.c /);
    await page.getByLabel(/^Bản nháp/).click();
    const editor = page.locator('[data-slate-editor="true"]');
    await editor.click();
    await editor.pressSequentially(body, { delay: 5 });
    await publishNow();

    const file = join(stack.dir, 'content/tin-tuc', `${slug}.md`);
    const text = await fileChanged(file);
    written = parseFrontMatter(text);
    expect(written).toMatchObject({
      title,
      summary: 'Hội nghị tập huấn giúp cán bộ nắm vững quy định về đo lường.',
      author: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      cover: { src: '../anh/anh-hoi-nghi.png', alt: 'Cán bộ dự hội nghị tập huấn đo lường' },
      tags: ['cho'],
      relatedTasks: [{ plan: '2022', task: 'II.3.c' }],
      draft: false,
    });
    expect(written.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(written.publishedAt).toBe(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()));
    expect(String(written.body)).toContain(body);
    expect(readFileSync(join(stack.dir, 'content/anh/anh-hoi-nghi.png')).equals(readFileSync(pngPath))).toBe(true);
  }, 240_000);

  it('is on the news list and its own page after a build, with the image optimised', async () => {
    expect(written, 'the item was not written').toBeDefined();
    const dist = await buildCopy(stack);
    const list = readPage(dist, 'tin-tuc/index.html');
    expect([...list.querySelectorAll('a')].some((link) => link.getAttribute('href') === `/tin-tuc/${slug}/` && link.textContent?.includes(title))).toBe(true);

    const item = readPage(dist, `tin-tuc/${slug}/index.html`);
    expect(item.querySelector('h1')?.textContent).toBe(title);
    expect(item.body.textContent).toContain(body);
    const picture = item.querySelector('figure.cover picture')!;
    expect(picture, 'cover picture').not.toBeNull();
    const types = [...picture.querySelectorAll('source')].map((source) => source.getAttribute('type'));
    expect(types).toEqual(expect.arrayContaining(['image/avif', 'image/webp']));
    const img = picture.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Cán bộ dự hội nghị tập huấn đo lường');
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    // Every file the picture offers is a processed copy under /_astro/, never the upload's
    // path: AVIF and WebP, and a resized JPEG for older browsers, each a fraction of its size.
    const sources = [...picture.querySelectorAll('source'), img].flatMap((element) => (element.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(' ')[0]!));
    for (const url of [...sources, img.getAttribute('src')!]) {
      expect(url).toMatch(/^\/_astro\/anh-hoi-nghi\.[\w-]+\.(avif|webp|jpg)$/);
      expect(statSync(join(dist, url)).size, url).toBeLessThan(pngSize / 4);
    }
  }, 900_000); // a whole build of the copy, on a machine that may be busy
});

describe('editing one field of a plan task', () => {
  it('changes that line of the plan file and no other', async () => {
    const file = join(stack.dir, 'content/ke-hoach/2022.yaml');
    const before = readFileSync(file, 'utf8');
    await openRoute('plans/entries/2022');
    // Tasks are collapsed: open this one with the chevron of its bar.
    await page.getByText('II.1.1.2 – Bộ thiết bị kiểm định baromet').locator('xpath=..').getByRole('button').first().click();
    const lead = page.getByLabel(/^Đơn vị chủ trì/).filter({ visible: true });
    await expect.poll(() => lead.count()).toBe(1);
    await lead.fill('Trung tâm Ứng dụng Khoa học và Công nghệ');
    await markMinor();
    await publishNow();

    const after = await fileChanged(file, before);
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    expect(afterLines.length).toBe(beforeLines.length);
    const changed = afterLines.flatMap((line, index) => (line === beforeLines[index] ? [] : [{ line: index + 1, before: beforeLines[index], after: line }]));
    expect(changed).toHaveLength(1);
    expect(changed[0]!.after).toBe('    lead: Trung tâm Ứng dụng Khoa học và Công nghệ');
    const task = (parseYaml(after).tasks as { code: string }[]).find((item) => item.code === 'II.1.1.2');
    expect(task).toMatchObject({ code: 'II.1.1.2', lead: 'Trung tâm Ứng dụng Khoa học và Công nghệ' });
  });
});

describe('saving a seeded entry through the CMS', () => {
  /**
   * Per collection, the seeded entry with the most fields (every seeded file
   * goes through the same writer byte for byte in tests/lib/cms-preserving-format.test.ts).
   * Decap saves only an entry that changed, so one text field is changed: the
   * file must differ in that field's line and nothing else, except that an
   * event also records when it was last changed and its calendar sequence
   * (src/lib/events/revision.ts: `updatedAt`, `sequence`, written by the CMS).
   */
  const leaves = (value: unknown): number => (value && typeof value === 'object' ? Object.values(value).reduce((sum: number, item) => sum + leaves(item), 0) : 1);
  const seeded = definitions.flatMap((definition) => {
    const collection = definition.collection as { folder?: string; extension?: string };
    if (definition.file) return [{ route: `${definition.name}/entries/${definition.file.name}`, file: definition.file.file }];
    const dir = collection.folder ? join(ROOT, collection.folder) : '';
    if (!dir || !existsSync(dir)) return [];
    const parse = collection.extension === 'md' ? parseFrontMatter : parseYaml;
    const files = readdirSync(dir).filter((name) => name.endsWith(`.${collection.extension}`));
    const richest = files.sort((a, b) => leaves(parse(readFileSync(join(dir, b), 'utf8'))) - leaves(parse(readFileSync(join(dir, a), 'utf8'))))[0];
    return richest ? [{ route: `${definition.name}/entries/${richest.replace(/\.[^.]+$/, '')}`, file: join(collection.folder!, richest) }] : [];
  });

  it('covers news, articles, events, plans, tags and settings', () => {
    expect(seeded.map(({ route }) => route.split('/')[0])).toEqual(expect.arrayContaining(['news', 'articles', 'events', 'plans', 'tags', 'settings']));
  });

  it.each(seeded)('$file keeps every other field and line', async ({ route, file }) => {
    const path = join(stack.dir, file);
    const before = readFileSync(path, 'utf8');
    await openRoute(route);
    // A plain text field: not the search box of a select (react-select's input, aria-autocomplete), whose typing changes nothing.
    const field = page.locator('input[type="text"]:not([readonly]):not([aria-autocomplete]), textarea').first();
    const name = (await field.getAttribute('id'))!.replace(/-field-\d+$/, '');
    const value = await field.inputValue();
    await field.fill(`${value} (sửa)`);
    if ((await page.getByLabel(/Thay đổi nhỏ/).count()) > 0) await markMinor();
    await publishNow();

    const after = await fileChanged(path, before);
    const parse = file.endsWith('.md') ? parseFrontMatter : parseYaml;
    const event = route.startsWith('events/');
    // A wording change of a published event: LAST-MODIFIED is now (to the minute), SEQUENCE stays.
    const bookkeeping = event ? { updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+07:00$/), sequence: parse(before).sequence ?? 0 } : {};
    expect(parse(after)).toEqual({ ...parse(before), [name]: `${value} (sửa)`, ...bookkeeping });
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    const added = afterLines.filter((line) => !beforeLines.includes(line));
    const removed = beforeLines.filter((line) => !afterLines.includes(line));
    expect(removed).toHaveLength(1);
    expect(added.filter((line) => !(event && /^(updatedAt|sequence): /.test(line)))).toEqual([expect.stringContaining(`${value} (sửa)`)]);
    // Every other line is still there, in its place.
    expect(afterLines.filter((line) => !added.includes(line))).toEqual(beforeLines.filter((line) => !removed.includes(line)));
  });
});
