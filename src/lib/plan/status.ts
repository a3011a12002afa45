/**
 * What a task's status says, and what it may say. A reader must be able to
 * tell "nobody has reported" from "reported and behind": the first is a gap
 * in reporting, the second a fact about the work. One set of rules and one set
 * of definitions serve the page, its methodology section, the CSV and the JSON.
 */
import { TASK_STATUSES, type TaskStatus } from '../../schemas/progress-update.ts';
import type { CivilDate } from '../dates.ts';

/** Statuses readers see: the reportable ones plus "chưa có báo cáo", which only the site derives. */
export const SHOWN_STATUSES = { 'chua-co-bao-cao': 'Chưa có báo cáo', ...TASK_STATUSES } as const;
export type ShownStatus = keyof typeof SHOWN_STATUSES;

/** Each status defined in plain words: the page's methodology section and the JSON's `definitions`. */
export const STATUS_DEFINITIONS: Record<ShownStatus, string> = {
  'chua-co-bao-cao':
    'Chưa có báo cáo tiến độ nào cho nhiệm vụ và nội dung trên trang chưa đủ để coi là hoàn thành. Đây là thiếu thông tin, không có nghĩa là nhiệm vụ chưa được làm.',
  'chua-trien-khai': 'Báo cáo gần nhất ghi nhiệm vụ chưa triển khai, và chưa quá hạn.',
  'dang-thuc-hien': 'Báo cáo gần nhất ghi nhiệm vụ đang thực hiện, và chưa quá hạn.',
  'hoan-thanh':
    'Báo cáo gần nhất ghi hoàn thành, trong thời hạn; hoặc (khi chưa có báo cáo) mọi sản phẩm được đếm từ nội dung trên trang đã đạt mục tiêu.',
  'cham-tien-do':
    'Có báo cáo và nhiệm vụ chậm: quá hạn mà báo cáo gần nhất chưa ghi hoàn thành, báo cáo tự ghi chậm tiến độ, hoặc hoàn thành sau hạn.',
  'tam-dung': 'Báo cáo gần nhất ghi nhiệm vụ tạm dừng, và chưa quá hạn.',
};

/** What the status rules need to know about one task. */
export interface StatusInput {
  /** Its updates' dates and statuses, oldest first. */
  history: readonly { date: string; status: TaskStatus }[];
  /** Every product reaches its target from content counted on the site (no report needed). */
  metByContent: boolean;
  /** The last day of its timeframe. */
  deadline: CivilDate;
  /** The report day. */
  today: CivilDate;
}

export interface StatusResult {
  status: ShownStatus;
  /** At least one progress update exists. */
  reported: boolean;
  /** Finished (on time or late). */
  finished: boolean;
  /** The day the latest run of "hoàn thành" reports began, when finished by report. */
  finishedOn: CivilDate | undefined;
  /** Reported and behind, or finished after the deadline. */
  late: boolean;
  /** The deadline has passed (strictly before today), whatever is reported. */
  overdue: boolean;
}

/**
 * The rules, in order:
 * 1. no update: "hoàn thành" when content alone meets every target, else "chưa có báo cáo" (never "chậm");
 * 2. the latest update says "hoàn thành": finished; late when that run of reports began after the deadline;
 * 3. the latest update says "chậm tiến độ", or the deadline has passed: "chậm tiến độ";
 * 4. otherwise what the latest update says.
 */
export function taskStatus({ history, metByContent, deadline, today }: StatusInput): StatusResult {
  const overdue = deadline < today;
  const latest = history.at(-1);
  if (!latest) {
    return { status: metByContent ? 'hoan-thanh' : 'chua-co-bao-cao', reported: false, finished: metByContent, finishedOn: undefined, late: false, overdue };
  }
  if (latest.status === 'hoan-thanh') {
    let first = history.length - 1;
    while (first > 0 && history[first - 1]?.status === 'hoan-thanh') first -= 1;
    const finishedOn = history[first]?.date as CivilDate;
    const late = finishedOn > deadline;
    return { status: late ? 'cham-tien-do' : 'hoan-thanh', reported: true, finished: true, finishedOn, late, overdue };
  }
  const late = latest.status === 'cham-tien-do' || overdue;
  return { status: late ? 'cham-tien-do' : latest.status, reported: true, finished: false, finishedOn: undefined, late, overdue };
}
