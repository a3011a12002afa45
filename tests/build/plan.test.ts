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

/** The appendix of the seed document (Phụ lục): code, title, budget in millions as printed (undefined: empty cell). */
const APPENDIX: [code: string, title: string, budget: string | undefined][] = [
  ['I', 'Công tác tuyên truyền, phổ biến, hướng dẫn về hoạt động đo lường', '49'],
  ['I.1', 'Tuyên truyền, phổ biến các quy định của pháp luật về đo lường, các nội dung liên quan của Đề án 996', '10'],
  ['I.2', 'Tổ chức hội nghị về đo lường', '39'],
  ['II', 'Triển khai thực hiện các nhiệm vụ Đề án', undefined],
  ['II.1', 'Tăng cường phát triển hạ tầng đo lường của tỉnh', undefined],
  ['II.1.1', 'Đầu tư chuẩn đo lường, phương tiện đo', '1.158'],
  ['II.1.1.1', 'Bộ chuẩn kiểm định phương tiện đo nồng độ các khí', '466'],
  ['II.1.1.2', 'Bộ thiết bị kiểm định baromet', '396'],
  ['II.1.1.3', 'Bộ thiết bị hiệu chuẩn máy phóng hình', '296'],
  ['II.2', 'Đào tạo về đo lường', '60'],
  ['II.2.a', 'Đào tạo kiểm định viên sử dụng chuẩn đo lường, phương tiện đo', '20'],
  ['II.2.b', 'Đào tạo, bồi dưỡng nâng cao chuyên môn, nghiệp vụ về đo lường cho công chức', '40'],
  ['II.3', 'Nâng cao hiệu quả công tác quản lý nhà nước về đo lường', '540'],
  ['II.3.a', 'Đầu tư trang thiết bị phục vụ công tác kiểm tra nhà nước về đo lường', '300'],
  ['II.3.b', 'Tăng cường công tác phối hợp với các sở, ngành, UBND các huyện, thành phố', '20'],
  ['II.3.c', 'Hỗ trợ kiểm định cân thông dụng tại các chợ trên địa bàn tỉnh', '220'],
  ['II.4', 'Triển khai công tác hỗ trợ doanh nghiệp đảm bảo chất lượng sản phẩm, hàng hoá', '170'],
  ['II.4.a', 'Khảo sát, đánh giá và lựa chọn doanh nghiệp triển khai áp dụng Chương trình đảm bảo đo lường', '20'],
  ['II.4.b', 'Hỗ trợ doanh nghiệp triển khai xây dựng, áp dụng chương trình đảm bảo đo lường', '150'],
];
const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

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

  it('says clearly that nothing is reported yet', () => {
    expect(text).toContain('Chưa có báo cáo tiến độ nào cho kế hoạch này.');
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
    expect(json.totals).toMatchObject({ budget: 1977, disbursed: 0, tasks: 12 });
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
    expect(text).not.toContain('Chưa có báo cáo tiến độ nào');
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

  it('builds one finder page per area, each listing only its markets', () => {
    const area = pageText(readPage(build.outDir, 'kiem-dinh-cho/huyen-lang-giang/index.html'));
    expect(area).toContain('Chợ Ví Dụ C');
    expect(area).toContain('Chợ Ví Dụ D');
    expect(area).not.toContain('Chợ Ví Dụ A');
    const all = pageText(readPage(build.outDir, 'kiem-dinh-cho/index.html'));
    expect(all).toContain('3/28 chợ đã được kiểm định');
  });
});
