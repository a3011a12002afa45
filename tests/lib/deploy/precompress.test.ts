import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../../scripts/deploy/precompress.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress, Pagefind files', () => {
  it('gives a gzipped Pagefind file a brotli copy of its inflated bytes, and one Pagefind reads as it is a copy of those bytes', () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'pagefind/nam-2026/fragment'), { recursive: true });
    const words = ['cân', 'đồng hồ', 'đo lường', 'kiểm định', 'chợ', 'nước', 'taximet', 'doanh nghiệp', 'chuẩn', 'thiết bị', 'năm', 'tỉnh'];
    let seed = 996;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const text = Array.from({ length: 600 }, () => words[next() % words.length]).join(' ');
    const fragment = Buffer.from(`pagefind_dcd{"url":"/tin-tuc/can/","content":"${text}"}`);
    writeFileSync(join(dir, 'pagefind/nam-2026/fragment/vi_1.pf_fragment'), gzipSync(fragment));
    // Already inflated: Pagefind's marker, then the bytes (not gzip).
    const asIs = Buffer.from(`pagefind_dcd${'x'.repeat(400)}`);
    writeFileSync(join(dir, 'pagefind/nam-2026/fragment/vi_2.pf_fragment'), asIs);
    expect(precompress(dir)).toBe(2);
    expect(brotliDecompressSync(readFileSync(join(dir, 'pagefind/nam-2026/fragment/vi_1.pf_fragment.br')))).toEqual(fragment);
    expect(brotliDecompressSync(readFileSync(join(dir, 'pagefind/nam-2026/fragment/vi_2.pf_fragment.br')))).toEqual(asIs);
  });
});
