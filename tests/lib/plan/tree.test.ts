/** The 2022 appendix as a tree: every stated figure of the seed, and how totals are computed. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema, type PlanData } from '../../../src/schemas/plan.ts';
import { flattenLines, leafTasks, lineMarker, parentCode, planBudget, planTree, sumMillions } from '../../../src/lib/plan/tree.ts';
import { appendixRows, formatProducts } from '../../../src/lib/plan/appendix.ts';
import { timeframeSpan } from '../../../src/lib/plan/timeframe.ts';
import { taskLinks } from '../../../src/lib/plan/task-links.ts';
import { readContentData } from '../../support/content-file.ts';
import { ROOT } from '../../support/build-site.ts';

const plan2022: PlanData = planSchema.parse(readContentData(join(ROOT, 'content/ke-hoach/2022.yaml')));
const tree = planTree(plan2022);
const line = (code: string) => flattenLines(tree.flatMap((s) => s.lines)).find((l) => l.task.code === code);

describe('the 2022 plan as seeded', () => {
  it('totals 1.977 triệu đồng from its sections', () => {
    expect(tree.map((s) => [s.section.code, s.budget])).toEqual([
      ['I', 49],
      ['II', 1928],
    ]);
    expect(planBudget(tree)).toBe(1977);
    expect(plan2022.budgetTotal).toBe(1977);
  });

  it('carries every appendix figure', () => {
    expect(line('I.1')?.budget).toBe(10);
    expect(line('I.2')?.budget).toBe(39);
    expect(line('II.1')?.budget).toBe(1158);
    expect(line('II.1.1')?.children.map((c) => c.budget)).toEqual([466, 396, 296]);
    expect(line('II.2')?.children.map((c) => c.budget)).toEqual([20, 40]);
    expect(line('II.3')?.children.map((c) => c.budget)).toEqual([300, 20, 220]);
    expect(line('II.4')?.children.map((c) => c.budget)).toEqual([20, 150]);
  });

  it('keeps products as the appendix writes them', () => {
    expect(formatProducts(line('I.1')!.task.products)).toBe('1 chuyên trang, 6 tin bài');
    expect(formatProducts(line('II.3.c')!.task.products)).toBe('28 chợ');
    expect(formatProducts(line('II.4.a')!.task.products)).toBe('1 lượt khảo sát, 50 doanh nghiệp');
  });

  it('lists the rows of the printed appendix in order with their markers', () => {
    const rows = appendixRows(tree);
    expect(rows.map((r) => r.marker)).toEqual(['I', '1', '2', 'II', '1', '', '-', '-', '-', '2', 'a)', 'b)', '3', 'a)', 'b)', 'c)', '4', 'a)', 'b)']);
    expect(rows.find((r) => r.code === 'II')?.budget).toBe(1928);
    expect(rows.find((r) => r.code === 'II.1')?.budget).toBeUndefined();
  });

  it('reports progress against the leaves', () => {
    expect(leafTasks(plan2022).map((t) => t.code)).toEqual([
      'I.1', 'I.2', 'II.1.1.1', 'II.1.1.2', 'II.1.1.3', 'II.2.a', 'II.2.b', 'II.3.a', 'II.3.b', 'II.3.c', 'II.4.a', 'II.4.b',
    ]);
  });
});

describe('tree helpers', () => {
  it('finds parents from codes', () => {
    expect(parentCode('II.3.c')).toBe('II.3');
    expect(parentCode('II.3')).toBe('II');
    expect(parentCode('II')).toBeUndefined();
  });
  it('prints markers: numbers, letters with ")", or the given marker', () => {
    expect(lineMarker({ code: 'I.2', title: 't', products: [], coordinating: [] })).toBe('2');
    expect(lineMarker({ code: 'II.3.c', title: 't', products: [], coordinating: [] })).toBe('c)');
    expect(lineMarker({ code: 'II.1.1.1', marker: '-', title: 't', products: [], coordinating: [] })).toBe('-');
  });
  it('adds millions without floating-point drift', () => {
    expect(sumMillions([0.1, 0.2])).toBe(0.3);
    expect(sumMillions([])).toBe(0);
  });
  it('computes a line without a stated budget from its sub-lines', () => {
    const computed = planTree({
      sections: [{ code: 'I', title: 'A' }],
      tasks: [
        { code: 'I.1', title: 'group', products: [], coordinating: [] },
        { code: 'I.1.a', title: 'a', budget: 1.5, products: [], coordinating: [] },
        { code: 'I.1.b', title: 'b', budget: 2.25, products: [], coordinating: [] },
      ],
    });
    expect(computed[0]?.lines[0]?.budget).toBe(3.75);
    expect(computed[0]?.budget).toBe(3.75);
  });
});

describe('timeframes', () => {
  it('span the quarters of the plan year', () => {
    expect(timeframeSpan('Cả năm', 2022)).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(timeframeSpan('Quý 4', 2022)).toEqual({ start: '2022-10-01', end: '2022-12-31' });
    expect(timeframeSpan('Quý 1-2', 2022)).toEqual({ start: '2022-01-01', end: '2022-06-30' });
    expect(timeframeSpan('Quý 1', 2024)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
  });
});

describe('task links', () => {
  it('resolves references to titles and anchors, skipping unknown ones', () => {
    const links = taskLinks(
      [
        { plan: '2022', task: 'II.3.c' },
        { plan: '2022', task: 'II.9' },
      ],
      [{ id: '2022', data: plan2022 }],
    );
    expect(links).toEqual([
      {
        plan: '2022',
        planTitle: 'Kế hoạch năm 2022',
        code: 'II.3.c',
        title: 'Hỗ trợ kiểm định cân thông dụng tại các chợ trên địa bàn tỉnh, bảo đảm quyền lợi người tiêu dùng',
        href: '/ke-hoach/2022/#nv-II-3-c',
      },
    ]);
  });
});
