/**
 * The CMS's file writer (admin/formats/preserving.ts): saving unchanged data
 * gives back the file byte for byte, and an edit changes only its own lines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshYaml, parseFrontMatter, parseYaml, patchYaml, writeFrontMatter } from '../../admin/formats/preserving.ts';
import { readContentData } from '../../src/lib/content-data.ts';
import { registerFormats, rememberOriginal } from '../../admin/app/formats.ts';

const ROOT = join(import.meta.dirname, '../..');
const filesIn = (folder: string, extension: RegExp) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((name) => extension.test(name))
    .map((name) => join('content', folder, name));

const yamlFiles = ['ke-hoach', 'the', 'cai-dat'].flatMap((folder) => filesIn(folder, /\.ya?ml$/));
const markdownFiles = ['tin-tuc', 'bai-viet', 'su-kien'].flatMap((folder) => filesIn(folder, /\.md$/));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Lines of `after` that differ from `before`, assuming the same line count. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, index) => line !== a[index]);
}

describe('saving unchanged data', () => {
  it.each(yamlFiles)('%s comes back byte for byte', (file) => {
    const text = read(file);
    expect(patchYaml(text, parseYaml(text))).toBe(text);
  });
  it.each(markdownFiles)('%s comes back byte for byte', (file) => {
    const text = read(file);
    expect(writeFrontMatter(parseFrontMatter(text), text)).toBe(text);
  });
});

describe('an edit', () => {
  const plan = read('content/ke-hoach/2022.yaml');

  it('of one task field changes that line only, flow lists and long lines elsewhere untouched', () => {
    const data = parseYaml(plan) as { tasks: { code: string; lead?: string }[] };
    const task = data.tasks.find((item) => item.code === 'II.1.1.2')!;
    task.lead = 'Trung tâm Ứng dụng Khoa học và Công nghệ';
    const after = patchYaml(plan, data);
    expect(changedLines(plan, after)).toEqual(['    lead: Trung tâm Ứng dụng Khoa học và Công nghệ']);
    expect(parseYaml(after)).toEqual(data);
  });

  it('adding a field puts it in the CMS field order and changes nothing else', () => {
    const text = read(markdownFiles[0]!);
    const data = parseFrontMatter(text);
    const after = writeFrontMatter({ ...data, updatedAt: '2026-11-30' }, text, ['uid', 'title', 'summary', 'publishedAt', 'updatedAt', 'author']);
    const lines = after.split('\n');
    expect(lines[lines.indexOf(lines.find((line) => line.startsWith('publishedAt:'))!) + 1]).toBe('updatedAt: "2026-11-30"');
    expect(after.split('\n').filter((line) => !text.split('\n').includes(line))).toEqual(['updatedAt: "2026-11-30"']);
  });

  it('removing a list item and a field keeps the rest', () => {
    const data = parseYaml(plan) as { tasks: unknown[]; purposes: string[] };
    data.purposes.pop();
    const after = patchYaml(plan, data);
    expect(parseYaml(after)).toEqual(data);
    expect(plan.split('\n').length - after.split('\n').length).toBe(1);
  });

  it('quotes a value that would otherwise read as another type', () => {
    const after = patchYaml('plan: x\n', { plan: '2023' });
    expect(after).toBe('plan: "2023"\n');
    expect(parseYaml(after)).toEqual({ plan: '2023' });
  });
});

describe('a new file', () => {
  it('lists the fields in the CMS order and keeps long lines whole', () => {
    const long = 'Một câu rất dài '.repeat(12).trim();
    expect(freshYaml({ summary: long, title: 'Tiêu đề', tags: ['a'] }, ['title', 'summary', 'tags'])).toBe(`title: Tiêu đề\nsummary: ${long}\ntags:\n  - a\n`);
  });
  it('writes front matter then the body', () => {
    expect(writeFrontMatter({ title: 'Tin', body: 'Nội dung.\n' }, undefined)).toBe('---\ntitle: Tin\n---\nNội dung.\n');
  });
});

describe('text YAML would read as another type', () => {
  it('is written quoted, so a title "2025-05-20" comes back as that text (YAML 1.1 and 1.2 alike)', () => {
    const data = { title: '2025-05-20', summary: 'null', author: 'yes', code: '0o17', count: 3, draft: false, plain: 'Cân đồng hồ' };
    const fresh = freshYaml(data);
    expect(fresh).toBe('title: "2025-05-20"\nsummary: "null"\nauthor: "yes"\ncode: "0o17"\ncount: 3\ndraft: false\nplain: Cân đồng hồ\n');
    expect(parseYaml(fresh)).toEqual(data);
    expect(readContentData(fresh, 'x.yaml')).toEqual(data);
    const patched = patchYaml('title: Cũ\npublishedAt: 2026-11-10\ntags: [a, b]\n', { title: '2025-05-20', publishedAt: '2026-11-10', tags: ['a', 'b'] });
    expect(patched).toBe('title: "2025-05-20"\npublishedAt: 2026-11-10\ntags: [a, b]\n');
  });
});

describe('the formats registered in the CMS', () => {
  it('find the original file whatever order Decap hands the keys back in (an Immutable Map of more than eight keys reorders them)', () => {
    const formats: Record<string, { toFile: (data: Record<string, unknown>, keys?: string[]) => string }> = {};
    registerFormats({ registerCustomFormat: (name: string, _extension: string, format: (typeof formats)[string]) => (formats[name] = format) } as never);
    const raw = '---\ntitle: Tin\nstart: 2022-05-20\ntags: [a, b]\n---\nNội dung.\n';
    const data = { title: 'Tin (sửa)', start: '2022-05-20', tags: ['a', 'b'], body: 'Nội dung.\n' };
    rememberOriginal(raw, data);
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    expect(formats['frontmatter-preserving']!.toFile(reordered)).toBe('---\ntitle: Tin (sửa)\nstart: 2022-05-20\ntags: [a, b]\n---\nNội dung.\n');
  });
});
