/**
 * Text normalised at the door (issue 11), through the real CMS on the real
 * local stack (astro dev and decap-server on a copy of the repository): a
 * title typed in decomposed Vietnamese is stored NFC in a file named by the
 * project's slugify (src/lib/slug.ts); a title that looks like a date is
 * written quoted, accepted by the build's validation and kept by a second
 * save; an upload named in decomposed Vietnamese is stored under the slug of
 * its NFC name, and one whose name is taken never replaces the file there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../admin/formats/preserving.ts';
import { readContentData } from '../../src/lib/content-data.ts';
import { slugify } from '../../src/lib/slug.ts';
import { validateSite } from '../../src/lib/validation/site.ts';
import { editingSessionForFile, openCmsRoute, publishCmsEntry, until } from '../support/cms-stack.ts';
import { readSiteEntries } from '../support/site-entries.ts';

const session = editingSessionForFile();

/** The file's text once it exists and differs from `before`. */
const written = (file: string, before?: string) =>
  until(
    () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
    (text) => text !== undefined && text !== before,
    60_000,
    () => `${file} was not written\n${session.stack.log().slice(-2000)}`,
  ) as Promise<string>;

/** Fills in a new news item's required fields (the body too: Decap refuses a save without it, at the field). */
async function fillNews(title: string): Promise<void> {
  await openCmsRoute(session.page, session.stack, 'news/new');
  await session.page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await session.page.getByLabel('Tóm tắt', { exact: true }).fill('Tóm tắt ngắn.');
  const editor = session.page.locator('[data-slate-editor="true"]');
  await editor.click();
  await editor.pressSequentially('Nội dung.', { delay: 5 });
}

/** Picks a file for the cover through the media library, as an editor does; returns the bytes uploaded. */
async function uploadCover(name: string, format: 'jpeg' | 'png', waitForFile: string): Promise<Buffer> {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })[format]().toBuffer();
  await session.page.getByRole('button', { name: 'Chọn một hình' }).click();
  // Once the library shows a file of the media folder, it knows which names are taken.
  await session.page.getByText(waitForFile, { exact: true }).first().waitFor();
  await session.page.locator('input[type="file"]').setInputFiles({ name, mimeType: `image/${format}`, buffer: bytes });
  await session.page.getByRole('button', { name: 'Dùng tệp đã chọn' }).click();
  await session.page.getByLabel('Mô tả ảnh (bắt buộc)').fill('Cán bộ dự hội nghị');
  return bytes;
}

/** Waits until `file` holds exactly `bytes` (decap-server writes the entry and its uploads one after another). */
const holds = (file: string, bytes: Buffer) =>
  until(
    () => (existsSync(file) ? readFileSync(file) : undefined),
    (found) => found?.equals(bytes) ?? false,
    60_000,
    () => `${file} does not hold the upload; content/anh holds: ${readdirSync(join(session.stack.dir, 'content/anh')).join(', ')}`,
  );

const siteProblems = (file: string) => validateSite(readSiteEntries(join(session.stack.dir, 'content'), 'content')).filter((problem) => problem.file === file);

describe('text normalised at the door', () => {
  it('a title typed in decomposed Vietnamese is stored NFC, in a file named by src/lib/slug.ts', async () => {
    const composed = 'Cân đồng hồ lò xo tại chợ Thương';
    const typed = composed.normalize('NFD');
    expect(typed).not.toBe(composed);
    await fillNews(typed);
    await publishCmsEntry(session.page);
    expect(slugify(composed)).toBe('can-dong-ho-lo-xo-tai-cho-thuong');
    const text = await written(join(session.stack.dir, 'content/tin-tuc/can-dong-ho-lo-xo-tai-cho-thuong.md'));
    expect(parseFrontMatter(text).title).toBe(composed);
    // Byte for byte: the NFC bytes of the title, not the decomposed ones typed.
    const bytes = readFileSync(join(session.stack.dir, 'content/tin-tuc/can-dong-ho-lo-xo-tai-cho-thuong.md'));
    expect(bytes.includes(Buffer.from(`\ntitle: ${composed}\n`, 'utf8')), text).toBe(true);
    expect(text).not.toContain('fileSlug');
  }, 240_000);

  it('a title that looks like a date is written quoted, accepted by the build, and kept as it is by a second save', async () => {
    await fillNews('2025-05-20');
    await publishCmsEntry(session.page);
    const file = join(session.stack.dir, 'content/tin-tuc/2025-05-20.md');
    const text = await written(file);
    expect(text).toContain('\ntitle: "2025-05-20"\n');
    expect(readContentData(text, file)).toMatchObject({ title: '2025-05-20' });
    expect(siteProblems('content/tin-tuc/2025-05-20.md')).toEqual([]);

    await openCmsRoute(session.page, session.stack, 'news/entries/2025-05-20');
    await expect.poll(() => session.page.getByLabel('Tiêu đề', { exact: true }).inputValue(), { timeout: 30_000 }).toBe('2025-05-20');
    await session.page.getByLabel('Tóm tắt', { exact: true }).fill('Tóm tắt đã sửa.');
    await publishCmsEntry(session.page);
    const again = await written(file, text);
    // Only the edited line changed: the title is still quoted, every other line byte for byte.
    const changed = again.split('\n').filter((line) => !text.split('\n').includes(line));
    expect(changed).toEqual(['summary: Tóm tắt đã sửa.']);
    expect(readContentData(again, file)).toMatchObject({ title: '2025-05-20', summary: 'Tóm tắt đã sửa.' });
    expect(siteProblems('content/tin-tuc/2025-05-20.md')).toEqual([]);
  }, 240_000);

  it('an upload named in decomposed Vietnamese is stored under the slug of its NFC name', async () => {
    await fillNews('Hội nghị đo lường');
    const bytes = await uploadCover('Hội nghị đo lường.JPG'.normalize('NFD'), 'jpeg', 'kinh-phi-ke-hoach-2022.png');
    await publishCmsEntry(session.page);
    const text = await written(join(session.stack.dir, 'content/tin-tuc/hoi-nghi-do-luong.md'));
    expect(parseFrontMatter(text)).toMatchObject({ cover: { src: '../anh/hoi-nghi-do-luong.jpg' } });
    await holds(join(session.stack.dir, 'content/anh/hoi-nghi-do-luong.jpg'), bytes);
  }, 240_000);

  it('an upload whose name the media folder holds gets a name of its own; the file there is unchanged', async () => {
    const existing = join(session.stack.dir, 'content/anh/kinh-phi-ke-hoach-2022.png');
    const before = readFileSync(existing);
    await fillNews('Kinh phí kế hoạch');
    const bytes = await uploadCover('Kinh phí kế hoạch 2022.png'.normalize('NFD'), 'png', 'kinh-phi-ke-hoach-2022.png');
    await publishCmsEntry(session.page);
    const text = await written(join(session.stack.dir, 'content/tin-tuc/kinh-phi-ke-hoach.md'));
    expect(parseFrontMatter(text)).toMatchObject({ cover: { src: '../anh/kinh-phi-ke-hoach-2022-2.png' } });
    await holds(join(session.stack.dir, 'content/anh/kinh-phi-ke-hoach-2022-2.png'), bytes);
    expect(readFileSync(existing)).toEqual(before);
  }, 240_000);
});
