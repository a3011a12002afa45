/**
 * The search indexes shared out between Pagefind services
 * (src/integrations/pagefind.ts, src/integrations/pagefind-service.ts), with
 * the real Pagefind: several services, a worker thread's among them, write
 * the same files as one, byte for byte, so how many cores a build has never
 * changes what readers download.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { indexCodeModules, indexSite } from '../../src/integrations/pagefind.ts';
import { buildIndexes, buildIndexesInWorker, checkChunkLocations, INDEX_CHUNK_LOCATIONS } from '../../src/integrations/pagefind-service.ts';

const root = mkdtempSync(join(tmpdir(), 'pagefind-services-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A built site of a few item pages over three years, as BaseLayout marks them, and the search page. */
function writeSite(dist: string): void {
  const page = (file: string, html: string) => {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), html);
  };
  const words = ['cân', 'đồng hồ', 'đo lường', 'kiểm định', 'chợ', 'nước', 'taximet', 'quả cân', 'công tơ điện', 'doanh nghiệp'];
  for (let n = 0; n < 24; n++) {
    const year = 2024 + (n % 3);
    const topic = words[n % words.length]!;
    page(
      `tin-tuc/bai-${n}/index.html`,
      `<!doctype html><html lang="vi"><head><title>Bài ${n}</title></head><body><main data-pagefind-body><h1 data-search-summary>Bài ${n}: ${topic}</h1><p data-search-summary>Tóm tắt về ${topic} năm ${year}.</p><span hidden data-search-summary data-pagefind-filter="year:${year}"></span><p>${words.slice(0, 1 + (n % words.length)).join(', ')}: nội dung chi tiết về ${topic}.</p></main></body></html>`,
    );
  }
  page('tim-kiem/index.html', '<!doctype html><html lang="vi"><head><title>Tìm kiếm</title></head><body><main>Tìm kiếm</main></body></html>');
}

/** Every file Pagefind's step writes or changes, by path, with its bytes. */
function written(dist: string): Map<string, Buffer> {
  const files = readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map([...files.map((entry) => relative(dist, join(entry.parentPath, entry.name))), 'tim-kiem/index.html'].sort().map((file) => [file, readFileSync(join(dist, file))]));
}

describe('several Pagefind services', () => {
  it('write the same index files as one, byte for byte', async () => {
    const one = join(root, 'one');
    writeSite(one);
    const two = join(root, 'two');
    const three = join(root, 'three');
    cpSync(one, two, { recursive: true });
    cpSync(one, three, { recursive: true });
    expect((await indexSite(one, { services: 1 })).pages).toBe(24);
    expect((await indexSite(two, { services: 2 })).pages).toBe(24);
    expect((await indexSite(three, { services: 3 })).pages).toBe(24);
    const expected = written(one);
    expect([...expected.keys()].filter((file) => file.endsWith('pagefind-entry.json'))).toEqual(['pagefind/nam-2024/pagefind-entry.json', 'pagefind/nam-2025/pagefind-entry.json', 'pagefind/nam-2026/pagefind-entry.json', 'pagefind/tom-tat/pagefind-entry.json']);
    for (const other of [written(two), written(three)]) {
      expect([...other.keys()]).toEqual([...expected.keys()]);
      for (const [file, bytes] of expected) expect(other.get(file)?.equals(bytes), file).toBe(true);
    }
  }, 120_000);

  it('in a worker thread, stop the build naming the file when the index cannot be written', async () => {
    // A file where the site's folder must go.
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const pages = [{ url: '/a/', file: 'a/index.html', content: '<html lang="vi"><body><main data-pagefind-body><h1>Cân</h1></main></body></html>' }];
    await expect(buildIndexesInWorker([{ outDir: blocked, bundle: '/pagefind/nam-2024/', pages }])).rejects.toThrow(`could not write ${join(blocked, 'pagefind/nam-2024/')}`);
  }, 120_000);

  it(`cut the word index into chunks of ${INDEX_CHUNK_LOCATIONS} word locations, in this thread and in a worker, publish each one's start and size, and leave the environment as it was`, async () => {
    // Thirty pages of 400 words and more, which Pagefind's default of 20,000 locations cuts into three chunks.
    const syllables = ['cân', 'đồng', 'hồ', 'đo', 'nước', 'kiểm', 'định', 'chợ', 'taximet', 'công', 'tơ', 'điện', 'khó', 'khăn', 'vướng', 'mắc', 'doanh', 'nghiệp', 'quả', 'chuẩn'];
    const pages = Array.from({ length: 30 }, (_, n) => ({
      url: `/tin-tuc/bai-${n}/`,
      file: `tin-tuc/bai-${n}/index.html`,
      content: `<html lang="vi"><body><main data-pagefind-body><h1>Bài ${n}</h1><p>${Array.from({ length: 400 }, (_, i) => `${syllables[(n * 7 + i * i) % syllables.length]}${i % 3 === 0 ? ` số-${n}-${i}` : ''}`).join(' ')}</p></main></body></html>`,
    }));
    const chunks = (dist: string) => readdirSync(join(dist, 'pagefind/nam-2026/index')).filter((name) => name.endsWith('.pf_index')).length;
    const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    const here = join(root, 'chunks-here');
    const worker = join(root, 'chunks-worker');
    await buildIndexes([{ outDir: here, bundle: '/pagefind/nam-2026/', pages }]);
    await buildIndexesInWorker([{ outDir: worker, bundle: '/pagefind/nam-2026/', pages }]);
    expect(chunks(here)).toBeGreaterThanOrEqual(10);
    expect(chunks(worker)).toBe(chunks(here));
    // Each one's start, size and file, for the search page (src/lib/search/prefix-chunks.ts): one per chunk, in order.
    const listed = JSON.parse(readFileSync(join(here, 'pagefind/nam-2026/word-chunks.json'), 'utf8')) as [string, number, string][];
    expect(listed).toHaveLength(chunks(here));
    const starts = listed.map(([start]) => start);
    expect([...starts].sort()).toEqual(starts);
    const sizes = readdirSync(join(here, 'pagefind/nam-2026/index')).map((name) => statSync(join(here, 'pagefind/nam-2026/index', name)).size);
    expect(listed.map(([, bytes]) => bytes).sort((a, b) => a - b)).toEqual(sizes.sort((a, b) => a - b));
    for (const [, bytes, hash] of listed) expect(statSync(join(here, 'pagefind/nam-2026/index', `${hash}.pf_index`)).size).toBe(bytes);
    expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe(before);
  }, 120_000);

  it('refuse a chunk size Pagefind would not read, before starting', async () => {
    for (const locations of [0, -1, 1.5, Number.NaN, 1e21]) expect(() => checkChunkLocations(locations), String(locations)).toThrow('search index: a word chunk holds a whole number of word locations from 1 to');
    await expect(indexSite(join(root, 'never'), { services: 1, summaryMinPages: 500, chunkLocations: 0 })).rejects.toThrow('a word chunk holds a whole number of word locations');
    await expect(buildIndexesInWorker([], 1e21)).rejects.toThrow('a word chunk holds a whole number of word locations');
  });
});


describe('indexes kept in the build cache', () => {
  const bundles = ['/pagefind/tom-tat/', '/pagefind/nam-2026/', '/pagefind/nam-2025/', '/pagefind/nam-2024/'];

  it('are taken from it while their pages are unchanged, and the files are those Pagefind builds', async () => {
    const site = join(root, 'cached');
    const cacheDir = join(root, 'cached-cache');
    writeSite(site);
    expect(await indexSite(site, { services: 2, cacheDir })).toEqual({ pages: 24, built: bundles, reused: [] });
    const first = written(site);
    expect(readdirSync(join(cacheDir, 'search-index')).sort()).toEqual(['pagefind-nam-2024.bin', 'pagefind-nam-2025.bin', 'pagefind-nam-2026.bin', 'pagefind-tom-tat.bin']);

    // A warm rebuild of the same pages: no index built; a search folder removed since is written whole again.
    rmSync(join(site, 'pagefind'), { recursive: true });
    expect(await indexSite(site, { services: 2, cacheDir })).toEqual({ pages: 24, built: [], reused: bundles });
    const again = written(site);
    expect([...again.keys()]).toEqual([...first.keys()]);
    for (const [file, bytes] of first) expect(again.get(file)?.equals(bytes), file).toBe(true);

    // The summary holding fewer years, no page changed: the summary alone is built.
    expect(await indexSite(site, { services: 2, cacheDir, summaryMinPages: 9 })).toEqual({ pages: 24, built: ['/pagefind/tom-tat/'], reused: bundles.slice(1) });

    /** Indexes the site with the cache and a copy of it without; expects `built` and the same files in both. */
    const asWithoutCache = async (built: string[]) => {
      const uncached = join(root, 'uncached');
      rmSync(uncached, { recursive: true, force: true });
      cpSync(site, uncached, { recursive: true });
      rmSync(join(uncached, 'pagefind'), { recursive: true });
      expect(await indexSite(site, { services: 2, cacheDir })).toEqual({ pages: 24, built, reused: bundles.filter((bundle) => !built.includes(bundle)) });
      await indexSite(uncached, { services: 1 });
      const expected = written(uncached);
      const cached = written(site);
      expect([...cached.keys()]).toEqual([...expected.keys()]);
      for (const [file, bytes] of expected) expect(cached.get(file)?.equals(bytes), file).toBe(true);
      return cached;
    };
    // One page of 2025 edited: the summary and 2025 are built.
    const edited = join(site, 'tin-tuc/bai-1/index.html');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('nội dung chi tiết', 'nội dung đã sửa'));
    const afterEdit = await asWithoutCache(['/pagefind/tom-tat/', '/pagefind/nam-2025/']);
    expect(afterEdit.get('pagefind/nam-2025/pagefind-entry.json')?.equals(first.get('pagefind/nam-2025/pagefind-entry.json')!), 'the edit is in the 2025 index').toBe(false);
    // The same page moved to 2026 (its date edited): both years are built.
    writeFileSync(edited, readFileSync(edited, 'utf8').replaceAll('year:2025', 'year:2026'));
    const afterMove = await asWithoutCache(['/pagefind/tom-tat/', '/pagefind/nam-2026/', '/pagefind/nam-2025/']);
    expect(afterMove.get('pagefind/nam-2024/pagefind-entry.json')?.equals(first.get('pagefind/nam-2024/pagefind-entry.json')!), '2024 as it was').toBe(true);
  }, 120_000);

  it('are keyed by the code of every module the search step imports from src/', async () => {
    const entries = ['src/integrations/pagefind.ts', 'src/integrations/pagefind-service.ts'];
    const { output } = await cruise(entries, { doNotFollow: { path: 'node_modules' }, tsPreCompilationDeps: true });
    const imported = (output as ICruiseResult).modules.map((module) => module.source).filter((source) => source.startsWith('src/'));
    const keyed = indexCodeModules().map((module) => relative(process.cwd(), fileURLToPath(module)));
    expect(imported.length).toBeGreaterThan(10);
    expect(imported.filter((source) => !keyed.includes(source))).toEqual([]);
    for (const module of keyed) expect(existsSync(module), module).toBe(true);
  });

  it('are built again when their cache file is spoilt, cut short or made with other options, and a year no longer published leaves the cache', async () => {
    const site = join(root, 'spoilt');
    const cacheDir = join(root, 'spoilt-cache');
    writeSite(site);
    await indexSite(site, { services: 1, cacheDir });
    const first = written(site);
    const cacheFile = (name: string) => join(cacheDir, 'search-index', `pagefind-${name}.bin`);
    const whole = readFileSync(cacheFile('nam-2024'));
    writeFileSync(cacheFile('nam-2024'), whole.subarray(0, whole.length - 1));
    writeFileSync(cacheFile('nam-2026'), 'not an index');
    expect(await indexSite(site, { services: 1, cacheDir })).toEqual({ pages: 24, built: ['/pagefind/nam-2026/', '/pagefind/nam-2024/'], reused: ['/pagefind/tom-tat/', '/pagefind/nam-2025/'] });
    const again = written(site);
    for (const [file, bytes] of first) expect(again.get(file)?.equals(bytes), file).toBe(true);
    expect(readFileSync(cacheFile('nam-2024')).equals(whole), 'the cache file made whole again').toBe(true);

    expect((await indexSite(site, { services: 1, cacheDir, chunkLocations: 40 })).reused, 'another chunk size').toEqual([]);

    // Every page of 2024 deleted: its index is neither published nor kept.
    for (let n = 0; n < 24; n += 3) rmSync(join(site, `tin-tuc/bai-${n}`), { recursive: true });
    expect((await indexSite(site, { services: 1, cacheDir, chunkLocations: 40 })).built).toEqual(['/pagefind/tom-tat/']);
    expect(readdirSync(join(cacheDir, 'search-index')).sort()).toEqual(['pagefind-nam-2025.bin', 'pagefind-nam-2026.bin', 'pagefind-tom-tat.bin']);
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(['nam-2025', 'nam-2026', 'pagefind.js', 'tom-tat']);
  }, 120_000);

  it('cost the next build its indexes, not this build its output, when the cache cannot be written', async () => {
    const site = join(root, 'unwritable');
    const cacheDir = join(root, 'unwritable-cache');
    writeSite(site);
    // A file where the cache's folder must go.
    mkdirSync(cacheDir);
    writeFileSync(join(cacheDir, 'search-index'), 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect((await indexSite(site, { services: 1, cacheDir })).built).toEqual(bundles);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^search index: .*pagefind-tom-tat\.bin not written \(.*\); the next build builds this index again$/));
    } finally {
      warn.mockRestore();
    }
    expect(readFileSync(join(site, 'pagefind/nam-2026/pagefind-entry.json'), 'utf8')).toContain('"languages"');
  }, 120_000);
});
