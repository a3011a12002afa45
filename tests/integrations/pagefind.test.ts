/**
 * src/integrations/pagefind.ts on its own, Pagefind mocked (as Starlight's
 * __tests__/basics/pagefind.test.ts does): which pages it hands over, under
 * which URL and in which spelling, and what it leaves in dist/pagefind/. With
 * one Pagefind service, this thread's (the mock does not reach a worker
 * thread); several services: tests/integrations/pagefind-services.test.ts.
 * The real Pagefind runs in every test build (tests/e2e/search.test.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Per index created, in order (the summary index, then each year's full text as its first page comes): the pages added and where it was written. */
const calls = vi.hoisted(() => ({ created: [] as unknown[], added: [] as { url: string; content: string }[][], closed: 0, built: 0, refuse: undefined as string | undefined, startMs: 0, onCreate: undefined as (() => void) | undefined }));

vi.mock('pagefind', () => ({
  createIndex: async (options: unknown) => {
    const index = calls.created.push(options) - 1;
    calls.onCreate?.();
    // The real service answers once its process has started (startMs: a slow start).
    if (calls.startMs > 0) await new Promise((started) => setTimeout(started, calls.startMs));
    calls.added[index] = [];
    return {
      errors: [],
      index: {
        addHTMLFile: async (file: { url: string; content: string }) => {
          calls.added[index]!.push(file);
          // Answered on a later turn of the event loop, as the real service's answers come over its pipe.
          await new Promise((answered) => setImmediate(answered));
          return { errors: file.url === calls.refuse ? ['cannot parse this page'] : [] };
        },
        getFiles: async () => {
          calls.built += 1;
          const file = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });
          const files = ['pagefind.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js'].map((name) => file(name, ''));
          // Named by what the index holds, as Pagefind names its files by their content.
          const pages = calls.added[index]!.length;
          files.push(file('wasm.vi.pagefind', 'the WebAssembly, gzipped'), file(`fragment/vi_${pages}f.pf_fragment`, 'a page'));
          // What Pagefind 1.x writes: one index per language, named by its hash, its metadata listing its word chunks (read for each chunk's start and size).
          files.push(file('pagefind-entry.json', JSON.stringify({ version: '1.4.0', languages: { vi: { hash: `vi_${pages}a1b2c3`, wasm: 'vi', page_count: pages } } })));
          const { gzipSync } = await import('node:zlib');
          const { encode } = await import('cbor2');
          files.push({ path: `pagefind.vi_${pages}a1b2c3.pf_meta`, content: new Uint8Array(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(['1.4.0', [], [['can', 'do', `vi_${pages}c`]], [], [], []])]))) }, file(`index/vi_${pages}c.pf_index`, 'a word chunk'));
          return { errors: [], files };
        },
      },
    };
  },
  close: async () => {
    calls.closed += 1;
  },
}));

/** A built page read again with other HTML (`file`'s second read and after: something wrote the output while it was indexed). */
const rereads = vi.hoisted(() => ({ file: undefined as string | undefined, html: '', reads: 0 }));

vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readFile = (async (path: string, ...rest: [never]) => {
    const content = await fs.readFile(path, ...rest);
    if (rereads.file === undefined || String(path) !== rereads.file) return content;
    rereads.reads += 1;
    return rereads.reads > 1 ? rereads.html : content;
  }) as typeof fs.readFile;
  return { ...fs, readFile, default: { ...fs, readFile } };
});

const { default: pagefindIndex, indexSite, READ_AHEAD } = await import('../../src/integrations/pagefind.ts');

let dist: string;
/** The year marker an item page writes (src/components/SearchFacets.astro). */
const year = (value: string) => `<span hidden data-search-summary data-pagefind-filter="year:${value}"></span>`;
const page = (file: string, body: string) => {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), `<!doctype html><html lang="vi"><head><title>Trang</title></head><body>${body}</body></html>`);
};

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'pagefind-integration-'));
  Object.assign(calls, { created: [], added: [], closed: 0, built: 0, refuse: undefined, startMs: 0, onCreate: undefined });
  Object.assign(rereads, { file: undefined, html: '', reads: 0 });
  page('index.html', '<main>Trang chủ</main>');
  page('tin-tuc/do-luong/index.html', `<main data-pagefind-body><h1 data-search-summary>Đo lường</h1>${year('2026')}<p>cân<b>đồng</b>hồ</p></main>`);
  page('tin-tuc/index.html', '<main>Danh sách</main>');
  page('404.html', '<main>Không tìm thấy</main>');
  page('tim-kiem/index.html', '<main>Tìm kiếm</main>');
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('indexSite', () => {
  it('asks for Vietnamese indexes (the summary, the year’s full text) and sends each only the pages marked data-pagefind-body, under their served URL', async () => {
    expect((await indexSite(dist, { services: 1 })).pages).toBe(1);
    expect(calls.created).toEqual([{ forceLanguage: 'vi' }, { forceLanguage: 'vi' }]);
    for (const added of calls.added) expect(added.map((file) => file.url)).toEqual(['/tin-tuc/do-luong/']);
  });

  it('gives the summary index only the parts marked data-search-summary as the body', async () => {
    await indexSite(dist, { services: 1 });
    const [summary, full] = calls.added.map((added) => added[0]!.content);
    expect(full).toContain('<main data-pagefind-body>');
    expect(summary).not.toContain('cân');
    expect(summary).toContain('<h1 data-pagefind-body>');
  });

  it('hands Pagefind the page with "đ" spelt so that it folds, and no words run together', async () => {
    await indexSite(dist, { services: 1 });
    const content = calls.added[1]![0]!.content;
    expect(content).not.toContain('đ');
    expect(content).not.toContain('Đ');
    expect(content).toContain('\u0369');
  });

  it('writes the full text of each year into pagefind/nam-<year>, in path order, and the summaries into pagefind/tom-tat, one script in pagefind/, without Pagefind’s ready-made UIs and worker, and closes Pagefind', async () => {
    page('tin-tuc/b-cu/index.html', `<main data-pagefind-body><h1 data-search-summary>Cũ</h1>${year('2022')}</main>`);
    page('su-kien/a/index.html', `<main data-pagefind-body><h1 data-search-summary>Sự kiện</h1>${year('2026')}</main>`);
    expect((await indexSite(dist, { services: 1 })).pages).toBe(3);
    expect(calls.built).toBe(3);
    const [summary, year2026, year2022] = calls.added.map((added) => added.map((file) => file.url));
    expect(summary).toEqual(['/su-kien/a/', '/tin-tuc/b-cu/', '/tin-tuc/do-luong/']);
    expect(year2026).toEqual(['/su-kien/a/', '/tin-tuc/do-luong/']);
    expect(year2022).toEqual(['/tin-tuc/b-cu/']);
    expect(readdirSync(join(dist, 'pagefind')).sort()).toEqual(['nam-2022', 'nam-2026', 'pagefind.js', 'tom-tat']);
    expect(readdirSync(join(dist, 'pagefind/tom-tat')).sort()).toEqual(['fragment', 'index', 'pagefind-entry.json', 'pagefind.vi_3a1b2c3.pf_meta', 'wasm.vi.pagefind', 'word-chunks.json']);
    expect(readdirSync(join(dist, 'pagefind/nam-2026')).sort()).toEqual(['fragment', 'index', 'pagefind-entry.json', 'pagefind.vi_2a1b2c3.pf_meta', 'wasm.vi.pagefind', 'word-chunks.json']);
    expect(JSON.parse(readFileSync(join(dist, 'pagefind/tom-tat/word-chunks.json'), 'utf8'))).toEqual([['can', 'a word chunk'.length, 'vi_3c']]);
    expect(calls.closed).toBe(1);
  });

  it('holds in the summary only the newest years that hold enough pages, in path order, and says which in the search page’s head', async () => {
    page('tin-tuc/b-cu/index.html', `<main data-pagefind-body><h1 data-search-summary>Cũ</h1>${year('2022')}</main>`);
    page('tin-tuc/c-nam-ngoai/index.html', `<main data-pagefind-body><h1 data-search-summary>Năm ngoái</h1>${year('2025')}</main>`);
    page('su-kien/a/index.html', `<main data-pagefind-body><h1 data-search-summary>Sự kiện</h1>${year('2026')}</main>`);
    expect((await indexSite(dist, { services: 1, summaryMinPages: 3 })).pages, 'every page in the full text').toBe(4);
    const [summary, ...years] = calls.added.map((added) => added.map((file) => file.url));
    expect(summary).toEqual(['/su-kien/a/', '/tin-tuc/c-nam-ngoai/', '/tin-tuc/do-luong/']);
    expect(years.flat().sort()).toEqual(['/su-kien/a/', '/tin-tuc/b-cu/', '/tin-tuc/c-nam-ngoai/', '/tin-tuc/do-luong/']);
    const head = readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8');
    expect(head).toContain('<meta name="search-years" content="2026 2025 2022">');
    expect(head).toContain('<meta name="search-summary-years" content="2026 2025">');
    await indexSite(dist, { services: 1 });
    expect(calls.added.at(-4)!.map((file) => file.url), 'every year by default on a site this small').toEqual(['/su-kien/a/', '/tin-tuc/b-cu/', '/tin-tuc/c-nam-ngoai/', '/tin-tuc/do-luong/']);
    expect(readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8')).toContain('<meta name="search-summary-years" content="2026 2025 2022">');
    await expect(indexSite(dist, { services: 1, summaryMinPages: 0 })).rejects.toThrow('the summary cannot hold at least 0 pages');
  });

  it('counts a page dated after the build’s year in the build year, for the summary as for the full text', async () => {
    vi.stubEnv('BUILD_DATE', '2026-11-20');
    page('su-kien/sap-toi/index.html', `<main data-pagefind-body><h1 data-search-summary>Sắp tới</h1>${year('2027')}</main>`);
    page('tin-tuc/c-nam-ngoai/index.html', `<main data-pagefind-body><h1 data-search-summary>Năm ngoái</h1>${year('2025')}</main>`);
    await indexSite(dist, { services: 1, summaryMinPages: 2 });
    vi.unstubAllEnvs();
    expect(calls.added[0]!.map((file) => file.url)).toEqual(['/su-kien/sap-toi/', '/tin-tuc/do-luong/']);
    expect(readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8')).toContain('<meta name="search-years" content="2026 2025"><meta name="search-summary-years" content="2026">');
  });

  it('writes each year’s WebAssembly as Pagefind’s inflated-file marker alone (the page has the module from the summary), and the summary’s as Pagefind wrote it', async () => {
    await indexSite(dist, { services: 1 });
    expect(readFileSync(join(dist, 'pagefind/nam-2026/wasm.vi.pagefind'), 'utf8')).toBe('pagefind_dcd');
    expect(readFileSync(join(dist, 'pagefind/tom-tat/wasm.vi.pagefind'), 'utf8')).toBe('the WebAssembly, gzipped');
  });

  it('writes over the last index in place: a file with the same bytes is left as it is, one that changed is written over, and everything else in the search folder goes', async () => {
    await indexSite(dist, { services: 1 });
    const inode = (path: string) => statSync(join(dist, path)).ino;
    const kept = inode('pagefind/tom-tat/fragment/vi_1f.pf_fragment');
    // Dated a minute back: written again, it would be dated now.
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(join(dist, 'pagefind/tom-tat/pagefind-entry.json'), minuteAgo, minuteAgo);
    writeFileSync(join(dist, 'pagefind/nam-2026/wasm.vi.pagefind'), 'an older copy');
    for (const left of ['pagefind/nam-2019/pagefind-entry.json', 'pagefind/tom-tat/fragment/vi_cu.pf_fragment', 'pagefind/pagefind-ui.js']) {
      mkdirSync(join(dist, left, '..'), { recursive: true });
      writeFileSync(join(dist, left), '');
    }
    await indexSite(dist, { services: 1 });
    expect(inode('pagefind/tom-tat/fragment/vi_1f.pf_fragment')).toBe(kept);
    expect(Math.round(statSync(join(dist, 'pagefind/tom-tat/pagefind-entry.json')).mtimeMs), 'not written again').toBe(minuteAgo.getTime());
    expect(readFileSync(join(dist, 'pagefind/nam-2026/wasm.vi.pagefind'), 'utf8')).toBe('pagefind_dcd');
    expect(readdirSync(join(dist, 'pagefind')).sort()).toEqual(['nam-2026', 'pagefind.js', 'tom-tat']);
    expect(readdirSync(join(dist, 'pagefind/tom-tat/fragment'))).toEqual(['vi_1f.pf_fragment']);
  });

  it('stops with the file named when a page marked for search has no year, before starting Pagefind', async () => {
    page('tin-tuc/khong-nam/index.html', '<main data-pagefind-body><h1 data-search-summary>Không năm</h1></main>');
    await expect(indexSite(dist, { services: 1 })).rejects.toThrow('tin-tuc/khong-nam/index.html: the page is marked for search (data-pagefind-body) but has no year filter');
    expect(calls.created).toEqual([]);
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
  });

  it('stops naming the file when a page cannot be read while the summary is built, even while Pagefind is still starting, and abandons the summary unwritten', async () => {
    calls.startMs = 200;
    for (let n = 0; n < READ_AHEAD + 8; n++) page(`tin-tuc/bai-${String(n).padStart(2, '0')}/index.html`, `<main data-pagefind-body><h1 data-search-summary>Bài ${n}</h1>${year('2026')}</main>`);
    // Listed, then gone before it is read again (another build writing into the same folder). Its second
    // reading, past the first READ_AHEAD pages, starts only once earlier readings have ended, a turn of the
    // event loop after Pagefind was asked to start (a few promise steps after the first readings began).
    calls.onCreate = () => rmSync(join(dist, 'tin-tuc/do-luong/index.html'));
    await expect(indexSite(dist, { services: 1 })).rejects.toThrow(join(dist, 'tin-tuc/do-luong/index.html'));
    expect(calls.built).toBe(0);
    expect(calls.closed).toBe(1);
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
  });

  it('refuses a number of services that is not one, before starting any', async () => {
    await expect(indexSite(dist, { services: 0 })).rejects.toThrow('0 is not a number of Pagefind services');
    expect(calls.created).toEqual([]);
  });

  it("files a page dated after the build's year (an upcoming event) in the build year's index", async () => {
    vi.stubEnv('BUILD_DATE', '2026-11-20');
    page('su-kien/sap-toi/index.html', `<main data-pagefind-body><h1 data-search-summary>Sắp tới</h1>${year('2027')}</main>`);
    await indexSite(dist, { services: 1 });
    vi.unstubAllEnvs();
    expect(readdirSync(join(dist, 'pagefind')).sort()).toEqual(['nam-2026', 'pagefind.js', 'tom-tat']);
    expect(calls.added[1]!.map((file) => file.url)).toEqual(['/su-kien/sap-toi/', '/tin-tuc/do-luong/']);
    expect(readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8')).toContain('<meta name="search-years" content="2026">');
  });

  it('stops with the page named when Pagefind refuses one, behind 35 others in flight', async () => {
    for (let n = 0; n < 40; n++) page(`tin-tuc/bai-${String(n).padStart(2, '0')}/index.html`, `<main data-pagefind-body><h1 data-search-summary>Bài ${n}</h1>${year('2026')}</main>`);
    calls.refuse = '/tin-tuc/bai-35/';
    await expect(indexSite(dist, { services: 1 })).rejects.toThrow('Pagefind could not index tin-tuc/bai-35/index.html: cannot parse this page');
  });

  it('names the summary index’s start-up files, as Pagefind wrote them, in the search page’s head', async () => {
    await indexSite(dist, { services: 1 });
    const head = readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8').split('</head>')[0]!;
    expect(head).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(head).toContain('href="/pagefind/tom-tat/pagefind-entry.json?ts=vi_1a1b2c3" data-search-cache-tag="vi_1a1b2c3"');
    expect(head).toContain('href="/pagefind/tom-tat/pagefind.vi_1a1b2c3.pf_meta"');
    expect(head).toContain('href="/pagefind/tom-tat/wasm.vi.pagefind"');
    expect(head).toContain('href="/pagefind/tom-tat/word-chunks.json"');
    // The newest year's entry, as its index is named.
    const year = (JSON.parse(readFileSync(join(dist, 'pagefind/nam-2026/pagefind-entry.json'), 'utf8')) as { languages: { vi: { hash: string } } }).languages.vi.hash;
    expect(head).toContain(`href="/pagefind/nam-2026/pagefind-entry.json?ts=${year}" data-search-cache-tag="${year}"`);
    expect(head).toContain('<meta name="search-years" content="2026">');
    expect(readFileSync(join(dist, 'tin-tuc/index.html'), 'utf8')).not.toContain('rel="preload"');
  });
});

describe('indexSite with the build cache', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'pagefind-cache-'));
    page('tin-tuc/b-cu/index.html', `<main data-pagefind-body><h1 data-search-summary>Cũ</h1>${year('2022')}</main>`);
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));
  const kept = () => new Map(readdirSync(join(cacheDir, 'search-index')).map((name) => [name, readFileSync(join(cacheDir, 'search-index', name))]));

  it('keeps nothing of an index that failed, and removes nothing from the cache', async () => {
    expect((await indexSite(dist, { services: 1, cacheDir })).built).toEqual(['/pagefind/tom-tat/', '/pagefind/nam-2026/', '/pagefind/nam-2022/']);
    const before = kept();
    expect([...before.keys()].sort()).toEqual(['pagefind-nam-2022.bin', 'pagefind-nam-2026.bin', 'pagefind-tom-tat.bin']);
    page('tin-tuc/do-luong/index.html', `<main data-pagefind-body><h1 data-search-summary>Đo lường, sửa</h1>${year('2026')}</main>`);
    calls.refuse = '/tin-tuc/do-luong/';
    await expect(indexSite(dist, { services: 1, cacheDir })).rejects.toThrow('Pagefind could not index tin-tuc/do-luong/index.html');
    const after = kept();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
    calls.refuse = undefined;
    const created = calls.created.length;
    expect(await indexSite(dist, { services: 1, cacheDir })).toEqual({ pages: 2, built: ['/pagefind/tom-tat/', '/pagefind/nam-2026/'], reused: ['/pagefind/nam-2022/'] });
    expect(calls.created.length - created, 'the summary and 2026 built').toBe(2);
  });

  it('indexes a page that changed while it was indexed as it is now, and keeps none of its indexes', async () => {
    rereads.file = join(dist, 'tin-tuc/do-luong/index.html');
    rereads.html = `<!doctype html><html lang="vi"><head><title>Trang</title></head><body><main data-pagefind-body><h1 data-search-summary>Đo lường, viết lại</h1>${year('2026')}</main></body></html>`;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect((await indexSite(dist, { services: 1, cacheDir })).built).toEqual(['/pagefind/tom-tat/', '/pagefind/nam-2026/', '/pagefind/nam-2022/']);
      expect(warn).toHaveBeenCalledWith('search index: tin-tuc/do-luong/index.html changed while the site was indexed; the indexes it is in are built from it as it is now, and not kept in the build cache');
    } finally {
      warn.mockRestore();
    }
    expect(calls.added[0]!.map((file) => file.content).join(' ')).toContain('viết lại');
    expect([...kept().keys()]).toEqual(['pagefind-nam-2022.bin']);
  });
});

describe('the integration', () => {
  const logger = { info: vi.fn() };
  const run = () => pagefindIndex({ services: 1 }).hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger } as never);

  afterEach(() => vi.unstubAllEnvs());

  it('indexes at the end of astro build and says how many pages', async () => {
    await run();
    expect(calls.added.map((added) => added.length)).toEqual([1, 1]);
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringMatching(/^indexed 1 pages for search in \d+ ms \(2 indexes built, 0 taken from the build cache\)$/));
  });

  it("keeps the indexes in Astro's cache folder, and a second build of the same pages starts no Pagefind index", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'pagefind-cache-'));
    try {
      const integration = pagefindIndex({ services: 1 });
      integration.hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } } as never);
      const build = () => integration.hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger } as never);
      await build();
      expect(readdirSync(join(cacheDir, 'search-index')).sort()).toEqual(['pagefind-nam-2026.bin', 'pagefind-tom-tat.bin']);
      const created = calls.created.length;
      const before = readFileSync(join(dist, 'pagefind/nam-2026/pagefind-entry.json'));
      rmSync(join(dist, 'pagefind'), { recursive: true });
      await build();
      expect(calls.created.length, 'no index created').toBe(created);
      expect(logger.info).toHaveBeenLastCalledWith(expect.stringMatching(/^indexed 1 pages for search in \d+ ms \(0 indexes built, 2 taken from the build cache\)$/));
      expect(readFileSync(join(dist, 'pagefind/nam-2026/pagefind-entry.json')).equals(before)).toBe(true);
      expect(readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8')).toContain('href="/pagefind/tom-tat/word-chunks.json"');
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('leaves indexing to the separate run under SEARCH_INDEX=after-build', async () => {
    vi.stubEnv('SEARCH_INDEX', 'after-build');
    await run();
    expect(calls.created).toEqual([]);
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
  });
});
