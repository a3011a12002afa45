/**
 * A plan's progress as open data: CSV (one row per task and product, UTF-8
 * with a byte-order mark so that Excel reads Vietnamese correctly) and JSON
 * (the same facts, nested, with the report day and the definitions).
 */
import { stringify } from 'csv-stringify/sync';
import { TASK_STATUSES } from '../../schemas/progress-update.ts';
import { COUNTED_FROM, type PlanData } from '../../schemas/plan.ts';
import type { Entry } from './counting.ts';
import type { PlanProgress, TaskProgress } from './progress.ts';

/** Excel takes a UTF-8 file for its local code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'Mã nhiệm vụ',
  'Nhiệm vụ',
  'Mục',
  'Thời gian thực hiện',
  'Hạn hoàn thành',
  'Sản phẩm',
  'Mục tiêu',
  'Đạt được',
  'Nguồn số liệu',
  'Kinh phí kế hoạch (triệu đồng)',
  'Đã giải ngân (triệu đồng)',
  'Trạng thái',
  'Mức độ hoàn thành (%)',
] as const;

/** Percent with at most one decimal, as a number. */
export const percent = (fraction: number): number => Math.round(fraction * 1_000) / 10;

function source(product: TaskProgress['products'][number]): string {
  if (product.timeline.override) return `Điều chỉnh: ${product.timeline.override.explanation ?? ''}`;
  return product.product.countedFrom ? `Đếm từ ${COUNTED_FROM[product.product.countedFrom]}` : 'Báo cáo tiến độ';
}

/**
 * One row per task and product (a task without products has one row). The
 * money columns are filled on a task's first row only, so that summing the
 * column gives the plan total.
 */
function progressCsvRows(progress: PlanProgress): (string | number)[][] {
  return progress.sections.flatMap((section) =>
    section.tasks.flatMap((task) => {
      const common = [task.task.code, task.task.title, `${section.code}. ${section.title}`, task.timeframe ?? '', task.deadline];
      const tail = (first: boolean) => [first ? task.budget : '', first ? task.disbursed : '', TASK_STATUSES[task.status], percent(task.completion)];
      if (task.products.length === 0) return [[...common, '', '', '', '', ...tail(true)]];
      return task.products.map((p, i) => [...common, p.product.unit, p.target, p.achieved, source(p), ...tail(i === 0)]);
    }),
  );
}

export function progressCsv(progress: PlanProgress): string {
  return UTF8_BOM + stringify([[...CSV_COLUMNS], ...progressCsvRows(progress)], { record_delimiter: 'windows' });
}

export function progressJson(plan: Entry<PlanData>, progress: PlanProgress) {
  return {
    plan: plan.id,
    title: plan.data.title,
    reportDate: progress.today,
    period: progress.period,
    unit: 'triệu đồng',
    completionDefinition:
      'Sản phẩm: đạt được ÷ mục tiêu (tối đa 100%). Nhiệm vụ: trung bình các sản phẩm. Mục và toàn kế hoạch: bình quân gia quyền theo kinh phí kế hoạch.',
    totals: { ...progress.totals, completionPercent: percent(progress.totals.completion) },
    sections: progress.sections.map((section) => ({
      code: section.code,
      title: section.title,
      totals: { ...section.totals, completionPercent: percent(section.totals.completion) },
      tasks: section.tasks.map((task) => ({
        code: task.task.code,
        title: task.task.title,
        timeframe: task.timeframe ?? null,
        deadline: task.deadline,
        budget: task.budget,
        disbursed: task.disbursed,
        status: task.status,
        statusLabel: TASK_STATUSES[task.status],
        late: task.late,
        completionPercent: percent(task.completion),
        products: task.products.map((p) => ({
          unit: p.product.unit,
          target: p.target,
          achieved: p.achieved,
          countedFrom: p.product.countedFrom ?? null,
          counted: p.items.map((item) => ({ id: item.id, title: item.title, date: item.date, url: item.href })),
          override: p.timeline.override ? { total: p.timeline.override.total, date: p.timeline.override.date, explanation: p.timeline.override.explanation } : null,
        })),
        updates: task.history.map((update) => ({ id: update.id, ...update.data })),
      })),
    })),
  };
}
