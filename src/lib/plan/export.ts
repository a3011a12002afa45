/**
 * A plan's progress as open data: CSV (one row per task and product, UTF-8
 * with a byte-order mark so that Excel reads Vietnamese correctly) and JSON
 * (the same facts, nested, with the report day and the definitions).
 */
import { stringify } from 'csv-stringify/sync';
import { SHOWN_STATUSES, STATUS_DEFINITIONS } from './status.ts';
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
  'Có báo cáo',
  'Quá hạn',
  'Mức độ hoàn thành (%)',
] as const;

/**
 * The headline figures defined, by the name the page prints: the page's
 * methodology section and the JSON's `definitions` carry this same text.
 */
export const FIGURE_DEFINITIONS = {
  'Nhiệm vụ': 'Các dòng của phụ lục không có dòng con; mỗi nhiệm vụ được theo dõi riêng.',
  'Có báo cáo': 'Nhiệm vụ có ít nhất một báo cáo tiến độ.',
  'Chưa có báo cáo': 'Nhiệm vụ có trạng thái “Chưa có báo cáo”.',
  'Hoàn thành': 'Nhiệm vụ đã hoàn thành, đúng hạn hoặc sau hạn.',
  'Chậm tiến độ': 'Nhiệm vụ có trạng thái “Chậm tiến độ”; nhiệm vụ chưa có báo cáo không bao giờ được tính là chậm.',
  'Hạn hoàn thành': 'Ngày cuối của thời gian thực hiện ghi trong phụ lục (của dòng cha nếu dòng không ghi), hoặc ngày cuối kế hoạch.',
  'Mức độ hoàn thành':
    'Sản phẩm: đạt được ÷ mục tiêu (tối đa 100%). Nhiệm vụ: trung bình các sản phẩm (nhiệm vụ không có sản phẩm: 100% khi đã hoàn thành). Mục và toàn kế hoạch: bình quân các nhiệm vụ theo trọng số kinh phí kế hoạch; nhiệm vụ chưa có báo cáo tính theo những gì đếm được từ nội dung trên trang (thường là 0%), nên khi chưa có báo cáo con số này chưa nói lên tiến độ thực tế.',
  'Đã giải ngân': 'Tổng kinh phí giải ngân mà các báo cáo tiến độ ghi nhận (triệu đồng).',
} as const;

const yesNo = (value: boolean) => (value ? 'Có' : 'Không');

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
      const tail = (first: boolean) => [
        first ? task.budget : '',
        first ? task.disbursed : '',
        SHOWN_STATUSES[task.status],
        yesNo(task.reported),
        yesNo(task.overdue && !task.finished),
        percent(task.completion),
      ];
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
    definitions: { statuses: STATUS_DEFINITIONS, figures: FIGURE_DEFINITIONS },
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
        statusLabel: SHOWN_STATUSES[task.status],
        reported: task.reported,
        finished: task.finished,
        finishedOn: task.finishedOn ?? null,
        late: task.late,
        overdue: task.overdue,
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
