/** The open data: CSV (UTF-8 with BOM, read back by a real CSV parser) and JSON. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { planProgress } from '../../../src/lib/plan/progress.ts';
import { STATUS_DEFINITIONS } from '../../../src/lib/plan/status.ts';
import { CSV_COLUMNS, progressCsv, progressJson, UTF8_BOM } from '../../../src/lib/plan/export.ts';
import { sumMillions } from '../../../src/lib/plan/tree.ts';
import { loadFixture } from '../../support/progress-fixture.ts';

const fixture = loadFixture();
const progress = planProgress(fixture.plan, fixture.sources, '2022-11-30');
const csv = progressCsv(progress);
const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark and uses CRLF line ends', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toContain('\r\n');
  });

  it('has the Vietnamese header and one row per task and product', () => {
    const header = parse(csv, { bom: true, to_line: 1 })[0];
    expect(header).toEqual([...CSV_COLUMNS]);
    const productCount = [...progress.tasks.values()].reduce((n, t) => n + Math.max(t.products.length, 1), 0);
    expect(rows).toHaveLength(productCount);
    expect(rows.filter((r) => r['Mã nhiệm vụ'] === 'II.4.a').map((r) => r['Sản phẩm'])).toEqual(['lượt khảo sát', 'doanh nghiệp']);
  });

  it('gives target, achieved, source and status of each product', () => {
    const news = rows.find((r) => r['Mã nhiệm vụ'] === 'I.1' && r['Sản phẩm'] === 'tin bài');
    expect(news).toMatchObject({ 'Mục tiêu': '6', 'Đạt được': '5', 'Trạng thái': 'Đang thực hiện' });
    expect(news?.['Nguồn số liệu']).toMatch(/^Điều chỉnh: Gồm 3 tin/);
    const conference = rows.find((r) => r['Mã nhiệm vụ'] === 'I.2');
    expect(conference).toMatchObject({ 'Đạt được': '1', 'Nguồn số liệu': 'Đếm từ sự kiện đã diễn ra', 'Trạng thái': 'Hoàn thành' });
    expect(rows.find((r) => r['Mã nhiệm vụ'] === 'II.3.b')?.['Trạng thái']).toBe('Chậm tiến độ');
  });

  it('puts money on a task’s first row only, so the columns add up to the plan totals', () => {
    const column = (name: string) => sumMillions(rows.map((r) => Number(r[name] || 0)));
    expect(column('Kinh phí kế hoạch (triệu đồng)')).toBe(1977);
    expect(column('Đã giải ngân (triệu đồng)')).toBe(517.25);
  });
});

describe('JSON', () => {
  const json = JSON.parse(JSON.stringify(progressJson(fixture.plan, progress)));

  it('carries the report date, the totals and the definition of completion', () => {
    expect(json.reportDate).toBe('2022-11-30');
    expect(json.totals).toMatchObject({ budget: 1977, disbursed: 517.25, tasks: 12, done: 4, late: 1, completionPercent: 29.2 });
    expect(json.definitions.figures['Mức độ hoàn thành']).toContain('trọng số kinh phí');
    expect(json.definitions.statuses).toEqual(STATUS_DEFINITIONS);
    expect(json.totals).toMatchObject({ reported: 5, noReport: 6 });
  });

  it('tells "no report" from "late" with the page’s labels, in JSON and CSV alike', () => {
    const tasks = json.sections.flatMap((s: { tasks: unknown[] }) => s.tasks) as { code: string; status: string; statusLabel: string; reported: boolean; late: boolean }[];
    expect(tasks.find((t) => t.code === 'II.1.1.2')).toMatchObject({ status: 'chua-co-bao-cao', statusLabel: 'Chưa có báo cáo', reported: false, late: false });
    expect(tasks.find((t) => t.code === 'II.3.b')).toMatchObject({ status: 'cham-tien-do', statusLabel: 'Chậm tiến độ', reported: true, late: true });
    const row = (code: string) => rows.find((r) => r['Mã nhiệm vụ'] === code);
    expect(row('II.1.1.2')).toMatchObject({ 'Trạng thái': 'Chưa có báo cáo', 'Có báo cáo': 'Không' });
    expect(row('II.3.b')).toMatchObject({ 'Trạng thái': 'Chậm tiến độ', 'Có báo cáo': 'Có', 'Quá hạn': 'Có' });
  });

  it('nests tasks in sections with products, counted items, overrides and updates', () => {
    expect(json.sections.map((s: { code: string }) => s.code)).toEqual(['I', 'II']);
    const i1 = json.sections[0].tasks.find((t: { code: string }) => t.code === 'I.1');
    const news = i1.products.find((p: { unit: string }) => p.unit === 'tin bài');
    expect(news).toMatchObject({ target: 6, achieved: 5, countedFrom: 'news', override: { total: 5, date: '2022-10-01' } });
    expect(news.counted.map((c: { id: string }) => c.id)).toEqual(['tin-mot', 'tin-hai', 'tin-ba']);
    expect(i1.updates.map((u: { id: string }) => u.id)).toEqual(['2022-09-01-i-1', '2022-10-01-i-1-dieu-chinh']);
    const markets = json.sections[1].tasks.find((t: { code: string }) => t.code === 'II.3.c').products[0];
    expect(markets).toMatchObject({ unit: 'chợ', target: 28, achieved: 3, countedFrom: 'markets' });
  });
});
