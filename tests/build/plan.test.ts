/**
 * The plan pages as built: the real 2022 plan (every appendix line with its
 * budget as the seed document prints it, the total in figures and words, and
 * a clear "nothing reported yet"), and the progress fixture built at
 * 30/11/2022 (statuses, history, downloads, market finder pages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { pageText, readPage } from '../support/dist.ts';
import { taskAnchor } from '../../src/lib/urls.ts';
import { APPENDIX } from './plan-appendix.ts';

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** The headline figures as "label: value" lines. */
const figures = (document: Document) => [...document.querySelectorAll('.figures > div')].map((d) => `${fold(d.querySelector('dt')?.textContent)}: ${fold(d.querySelector('dd')?.textContent)}`);
/** A table's body rows, cells separated by " | ". */
const rowsOf = (document: Document, selector: string) => [...document.querySelectorAll(`${selector} tbody tr`)].map((tr) => [...tr.children].map((c) => fold(c.textContent)).join(' | '));

describe('the real 2022 plan page', () => {
  let document: Document;
  let text: string;
  beforeAll(() => {
    document = readPage(inject('siteDir'), 'ke-hoach/2022/index.html');
    text = pageText(document);
  });

  it.each(APPENDIX)('shows appendix line %s with its budget', (code, title, budget) => {
    const row = document.querySelector(`table.appendix tr#${taskAnchor(code)}`);
    expect(row, code).not.toBeNull();
    const cells = [...(row?.children ?? [])].map((cell) => fold(cell.textContent));
    expect(cells[1]?.toLocaleLowerCase('vi')).toContain(title.toLocaleLowerCase('vi'));
    const budgetCell = fold(row?.querySelector('td.num')?.textContent);
    if (budget !== undefined) expect(budgetCell).toBe(budget);
    else if (code.includes('.')) expect(budgetCell).toBe('');
  });

  it('shows the total 1.977 triệu đồng in figures and words, in the appendix and in the progress summary', () => {
    expect(fold(document.querySelector('table.appendix tfoot td.num')?.textContent)).toBe('1.977');
    expect(text.match(/1\.977 triệu đồng/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text.match(/Một tỷ chín trăm bảy mươi bảy triệu đồng/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('says clearly that nothing is reported yet: "no report", not "late", and no bare 0%', () => {
    expect(text).toContain('Chưa có báo cáo tiến độ nào cho kế hoạch này.');
    expect(figures(document)).toEqual(expect.arrayContaining(['Báo cáo tiến độ: 12/12 nhiệm vụ chưa có báo cáo', 'Chậm tiến độ: 0 nhiệm vụ (chưa thể đánh giá khi chưa có báo cáo)']));
    expect(figures(document).find((f) => f.startsWith('Mức độ hoàn thành'))).toMatch(/^Mức độ hoàn thành: Chưa xác định/);
    const statuses = [...document.querySelectorAll('.progress-table tbody .status')].map((el) => fold(el.textContent));
    expect(statuses).toEqual(Array(12).fill('Chưa có báo cáo'));
    expect(document.querySelector('#phuong-phap')).not.toBeNull();
    expect(text).toContain('Chưa có khoản giải ngân nào được báo cáo.');
    expect(document.querySelectorAll('.task-progress .pending')).toHaveLength(12);
  });

  it('shows the events linked to tasks', () => {
    const i1 = document.querySelector(`#tien-do-${taskAnchor('I.1')}`)?.parentElement;
    expect(fold(i1?.textContent)).toContain('Ngày Đo lường Việt Nam');
    expect(i1?.querySelector('a[href="/su-kien/ngay-do-luong-viet-nam/"]')).not.toBeNull();
  });

  it('offers the progress as CSV with BOM and as JSON', () => {
    const dir = inject('siteDir');
    const csv = readFileSync(join(dir, 'ke-hoach/2022/tien-do.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(new Set(rows.map((r) => r['Mã nhiệm vụ'])).size).toBe(12);
    const json = JSON.parse(readFileSync(join(dir, 'ke-hoach/2022/tien-do.json'), 'utf8'));
    expect(json.totals).toMatchObject({ budget: 1977, disbursed: 0, tasks: 12, reported: 0, noReport: 12, late: 0 });
    expect(rows.every((r) => r['Trạng thái'] === 'Chưa có báo cáo')).toBe(true);
  });

  it('gives every task its own page, and its deadline to the calendar feed as an all-day item linking back', () => {
    const dir = inject('siteDir');
    const feed = readFileSync(join(dir, 'su-kien.ics'), 'utf8');
    for (const [code] of APPENDIX.filter(([code]) => ['I.1', 'I.2', 'II.1.1.1', 'II.3.c', 'II.4.b'].includes(code))) {
      const path = `ke-hoach/2022/nhiem-vu/${code.toLowerCase().replace(/\./g, '-')}/index.html`;
      expect(pageText(readPage(dir, path))).toContain(`Nhiệm vụ ${code}:`);
      expect(feed.replace(/\r\n /g, '')).toContain(`/ke-hoach/2022/nhiem-vu/${code.toLowerCase().replace(/\./g, '-')}/`);
    }
  });

  it('compares the plans by year on the programme page', () => {
    const page = readPage(inject('siteDir'), 'ke-hoach/index.html');
    expect(fold(page.querySelector('main')?.textContent)).toContain('Kế hoạch số 409/KH-UBND ngày 30/8/2021');
    expect(rowsOf(page, 'table.programme')).toEqual(['Kế hoạch năm 2022 | 1.977 | 0 | 0/12 nhiệm vụ | 0/12 nhiệm vụ | 0 | Chưa xác định']);
  });

  it('the market finder says that no market is reported yet', () => {
    expect(pageText(readPage(inject('siteDir'), 'kiem-dinh-cho/index.html'))).toContain('Chưa có chợ nào được báo cáo.');
  });
});

describe('the real build', () => {
  it('prints no warning for the empty progress, market and session folders', () => {
    const log = inject('siteLog');
    expect(log).toContain('[build] Complete!');
    const warnings = log.split('\n').filter((line) => /\[WARN\]|No files found|does not exist or is empty/.test(line));
    expect(warnings.filter((line) => /tien-do|kiem-dinh-cho|\/cho\b|progressUpdates|verificationSessions|"markets"|No files found|is empty/.test(line))).toEqual([]);
  });
});

describe('the progress fixture built at 30/11/2022', () => {
  let build: BuildResult;
  let text: string;
  let document: Document;
  beforeAll(async () => {
    build = await buildSite({ key: 'plan-progress', contentDir: 'tests/fixtures/plan-progress', buildDate: '2022-11-30' });
    document = readPage(build.outDir, 'ke-hoach/2022/index.html');
    text = pageText(document);
  });

  it('shows report date, totals, late and finished tasks', () => {
    expect(text).toContain('Số liệu tính đến ngày 30/11/2022');
    expect(document.querySelector('.nothing-reported')).toBeNull();
    expect(text).toContain('Đã giải ngân: 517,25 triệu đồng (Năm trăm mười bảy triệu hai trăm năm mươi nghìn đồng)');
    const status = (code: string) => fold(document.querySelector(`#tien-do-${taskAnchor(code)}`)?.parentElement?.querySelector('.status')?.textContent);
    expect(status('II.3.b')).toBe('Chậm tiến độ');
    expect(status('II.4.a')).toBe('Hoàn thành');
    expect(status('I.2')).toBe('Hoàn thành');
  });

  it('shows each task’s history with evidence, and the override with its explanation', () => {
    const i1 = document.querySelector(`#tien-do-${taskAnchor('I.1')}`)?.parentElement;
    expect(i1?.querySelectorAll('.history > li')).toHaveLength(2);
    expect(i1?.querySelector('.history a[href="/tin-tuc/tin-mot/"]')).not.toBeNull();
    expect(fold(i1?.textContent)).toContain('5/6 tin bài — số liệu điều chỉnh thành 5 ngày 01/10/2022');
  });

  it('tells "no report" from "late" and from "finished late"', () => {
    const status = (code: string) => fold(document.querySelector(`#tien-do-${taskAnchor(code)}`)?.parentElement?.querySelector('.status')?.textContent);
    expect(status('II.1.1.2')).toBe('Chưa có báo cáo');
    expect(figures(document)).toEqual(expect.arrayContaining(['Có báo cáo: 5/12 nhiệm vụ; 6 chưa có báo cáo', 'Chậm tiến độ: 1 nhiệm vụ', 'Mức độ hoàn thành: 29,2%']));
  });

  it('compares the two plans by year, and gives each task of each its own page', () => {
    expect(rowsOf(readPage(build.outDir, 'ke-hoach/index.html'), 'table.programme')).toEqual([
      'Kế hoạch năm 2022 | 1.977 | 517,25 | 5/12 nhiệm vụ | 4/12 nhiệm vụ | 1 | 29,2%',
      'Kế hoạch năm 2023 | 100 | 55 | 1/2 nhiệm vụ | 1/2 nhiệm vụ | 0 | 60%', // I.1 (60 of 100 triệu) finished
    ]);
    expect(pageText(readPage(build.outDir, 'ke-hoach/2023/nhiem-vu/i-1/index.html'))).toContain('Hoàn thành ngày 01/05/2023');
  });

  it('builds one finder page per commune and per former district, each listing only its markets', () => {
    const area = pageText(readPage(build.outDir, 'kiem-dinh-cho/huyen-cu/huyen-lang-giang/index.html'));
    expect(area).toContain('Chợ Ví Dụ C');
    expect(area).toContain('Chợ Ví Dụ D');
    expect(area).not.toContain('Chợ Ví Dụ A');
    expect(area).not.toContain('Chợ Ví Dụ E');
    const commune = pageText(readPage(build.outDir, 'kiem-dinh-cho/xa/xa-vi-du/index.html'));
    expect(commune).toContain('Chợ Ví Dụ D');
    expect(commune).toContain('Chợ Ví Dụ E');
    expect(commune).not.toContain('Chợ Ví Dụ C');
    const all = pageText(readPage(build.outDir, 'kiem-dinh-cho/index.html'));
    expect(all).toContain('3/28 chợ đã được kiểm định');
  });
});
