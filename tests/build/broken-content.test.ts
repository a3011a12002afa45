/**
 * Bad content never breaks the site silently: each broken file, in a content
 * folder of its own (tests/fixtures/broken-content/<case>/ over the real
 * skeleton), fails the build with one line naming the file and the field.
 * The builds run a few at a time: each is a full `astro build`.
 */
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildFailure } from '../support/build-site.ts';
import { fixtureContent } from '../support/fixture-content.ts';

interface Case {
  /** Folder under tests/fixtures/broken-content/. */
  name: string;
  /** The file the message must name, inside the case's content folder (any of them, when the order files load in decides). */
  file: string | string[];
  /** What must follow "<file>: " on the message's line. */
  says: RegExp;
}

const CASES: Case[] = [
  { name: 'bad-yaml-frontmatter', file: 'tin-tuc/tieu-de-chua-dong.md', says: /^dòng \d+ không đọc được \(sai cú pháp YAML\): .*double quoted/ },
  { name: 'bad-yaml-data', file: 'the/nhan-hong.yaml', says: /^dòng \d+ không đọc được \(sai cú pháp YAML\): / },
  { name: 'wrong-type', file: 'tin-tuc/the-khong-phai-danh-sach.md', says: /^tags phải là một danh sách$/ },
  { name: 'missing-required', file: 'tin-tuc/thieu-tieu-de.md', says: /^title bắt buộc phải điền$/ },
  { name: 'broken-reference', file: 'tin-tuc/the-khong-ton-tai.md', says: /^tags\[0\] không có thẻ "khong-co-the-nay"$/ },
  { name: 'duplicate-id', file: ['tin-tuc/tin-trung-ma.md', 'tin-tuc/tin-trung-ma-2.md'], says: /^uid mã định danh "broken-duplicate-uid" đã được dùng cho .*tin-trung-ma(-2)?\.md$/ },
  { name: 'duplicate-file-id', file: ['tin-tuc/cung-ten.md', 'tin-tuc/cung-ten.mdx'], says: /^\(tên tệp\) trùng mã "cung-ten" với .*cung-ten\.mdx?: mã lấy từ tên tệp/ },
  { name: 'duplicate-slug', file: ['tin-tuc/slug-mot.md', 'tin-tuc/slug-hai.md'], says: /^slug "trung-slug" đã là mã của .*slug-(mot|hai)\.md: hãy đặt slug khác cho mục này$/ },
];

/** How many builds run at once on this 2-core machine. */
const PARALLEL = 3;

const logs = new Map<string, string>();
const contentDirs = new Map<string, string>();

beforeAll(async () => {
  const queue = [...CASES];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const key = `broken-${next.name}`;
      const contentDir = fixtureContent(key, `tests/fixtures/broken-content/${next.name}`);
      contentDirs.set(next.name, contentDir);
      logs.set(next.name, await buildFailure({ key, contentDir, buildDate: '2025-06-01' }));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}, 600_000);

describe.each(CASES)('$name', ({ name, file, says }) => {
  it('fails the build with one line naming the file and the field', () => {
    const paths = [file].flat().map((one) => relative(ROOT, join(contentDirs.get(name) ?? '', one)));
    const lines = (logs.get(name) ?? '').split('\n').map((line) => line.replace(/^\s*-\s*/, '').trim());
    const line = lines.find((text) => paths.some((path) => text.startsWith(`${path}: `)));
    expect(line, `no line starts with "${paths.join('" or "')}: " in:\n${logs.get(name)}`).toBeDefined();
    expect(line?.slice(line.indexOf(': ') + 2)).toMatch(says);
  });
});
