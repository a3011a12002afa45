/**
 * src/integrations/output-in-place.ts on its own, on a real folder: what a
 * build did not write is removed, what it wrote is kept, and emptying the
 * output is turned off for builds only. A real build over a previous output is
 * in tests/build/rendering-once.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import outputInPlace, { markBuildStart, removeAllBut, removeStaleOutput, writeChangedFiles } from '../../src/integrations/output-in-place.ts';
import { BUILD_MARK } from '../../src/lib/build-output.ts';
import { verifyRelease } from '../../scripts/deploy/verify.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text = path): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A file as an earlier build left it: written a minute ago. */
function leftOver(path: string): void {
  const old = new Date(Date.now() - 60_000);
  utimesSync(write(path), old, old);
}

describe('output-in-place', () => {
  it('removes what the build did not write, and the folders left empty, and keeps what it wrote', () => {
    dir = mkdtempSync(join(tmpdir(), 'output-in-place-'));
    leftOver('tin-tuc/da-go-bo/index.html');
    leftOver('_astro/anh-cu.avif');
    leftOver('pagefind/nam-2019/pagefind-entry.json');
    leftOver('.git/HEAD');
    leftOver('index.html');
    markBuildStart(dir);
    write('index.html', 'trang mới');
    write('tin-tuc/con-lai/index.html');
    write('pagefind/tom-tat/pagefind-entry.json');
    expect(removeStaleOutput(dir)).toEqual(['_astro/anh-cu.avif', 'pagefind/nam-2019/pagefind-entry.json', 'tin-tuc/da-go-bo/index.html']);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('trang mới');
    expect(existsSync(join(dir, 'tin-tuc/con-lai/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/tom-tat/pagefind-entry.json'))).toBe(true);
    for (const gone of ['tin-tuc/da-go-bo', '_astro', 'pagefind/nam-2019', BUILD_MARK]) expect(existsSync(join(dir, gone)), gone).toBe(false);
    expect(existsSync(join(dir, '.git/HEAD')), 'a deployment’s git folder is left alone, as Astro’s emptying leaves it').toBe(true);
  });

  it('stops, naming the mark, when the mark of the build’s start is missing', () => {
    dir = mkdtempSync(join(tmpdir(), 'output-in-place-'));
    leftOver('index.html');
    expect(() => removeStaleOutput(dir)).toThrow(`${join(dir, BUILD_MARK)} is missing`);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
  });

  it('makes the output folder for a first build', () => {
    dir = join(mkdtempSync(join(tmpdir(), 'output-in-place-')), 'dist');
    markBuildStart(dir);
    expect(removeStaleOutput(dir)).toEqual([]);
    expect(existsSync(dir)).toBe(true);
  });

  it('turns off emptying the output folder for a build, and only for a build', () => {
    dir = mkdtempSync(join(tmpdir(), 'output-in-place-'));
    const asked: unknown[] = [];
    const setup = (command: string, experimental = {}) => outputInPlace().hooks['astro:config:setup']!({ command, config: { experimental }, updateConfig: (config: unknown) => asked.push(config) } as never);
    void setup('dev');
    expect(asked).toEqual([]);
    void setup('build');
    expect(asked).toEqual([{ vite: { build: { emptyOutDir: false } } }]);
    expect(() => setup('build', { incrementalBuild: true }), 'pages it skips would be taken for left-overs').toThrow('experimental.incrementalBuild');
  });
});

describe('writing in place', () => {
  it('writes only the files whose bytes changed, and removes the rest of the folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'output-in-place-'));
    const bytes = (text: string) => new TextEncoder().encode(text);
    leftOver('pagefind/tom-tat/same.pf_fragment');
    writeFileSync(join(dir, 'pagefind/tom-tat/same.pf_fragment'), 'cùng nội dung');
    utimesSync(join(dir, 'pagefind/tom-tat/same.pf_fragment'), new Date(0), new Date(0));
    leftOver('pagefind/tom-tat/changed.json');
    leftOver('pagefind/nam-2019/old.pf_index');
    leftOver('index.html');
    const files = [
      { path: 'pagefind/tom-tat/same.pf_fragment', content: bytes('cùng nội dung') },
      { path: 'pagefind/tom-tat/changed.json', content: bytes('{"mới":1}') },
      { path: 'pagefind/nam-2026/new.pf_index', content: bytes('mới') },
    ];
    expect(writeChangedFiles(dir, files)).toBe(2);
    expect(statSync(join(dir, 'pagefind/tom-tat/same.pf_fragment')).mtimeMs, 'the same bytes: not written').toBe(0);
    expect(readFileSync(join(dir, 'pagefind/tom-tat/changed.json'), 'utf8')).toBe('{"mới":1}');
    expect(removeAllBut(dir, 'pagefind', new Set(files.map((file) => file.path)))).toEqual(['pagefind/nam-2019/old.pf_index']);
    expect(existsSync(join(dir, 'pagefind/nam-2019'))).toBe(false);
    expect(existsSync(join(dir, 'index.html')), 'outside the folder: left alone').toBe(true);
  });

  it('names the file it cannot write', () => {
    dir = mkdtempSync(join(tmpdir(), 'output-in-place-'));
    writeFileSync(join(dir, 'pagefind'), 'not a folder');
    expect(() => writeChangedFiles(dir, [{ path: 'pagefind/a.json', content: new Uint8Array(1) }])).toThrow(`could not write ${join(dir, 'pagefind/a.json')}`);
  });

  it('leaves the folders another step writes in place when the build removes what it did not write', () => {
    dir = mkdtempSync(join(tmpdir(), 'output-in-place-'));
    leftOver('pagefind/tom-tat/pagefind-entry.json');
    leftOver('tin-tuc/cu/index.html');
    markBuildStart(dir);
    expect(removeStaleOutput(dir, ['pagefind'])).toEqual(['tin-tuc/cu/index.html']);
    expect(existsSync(join(dir, 'pagefind/tom-tat/pagefind-entry.json'))).toBe(true);
  });
});

describe('a build that did not finish', () => {
  it('leaves its mark, and a deploy refuses the folder', async () => {
    dir = mkdtempSync(join(tmpdir(), 'output-in-place-'));
    write('index.html');
    write('404.html');
    markBuildStart(dir);
    expect(await verifyRelease(dir)).toEqual([`${BUILD_MARK}: the build that wrote this folder did not finish, so it holds the last build's files and this one's mixed; build again`]);
  });
});
