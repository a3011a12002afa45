/** What the live region and the notices of /tim-kiem/ say after a search, in Vietnamese. */
import { hasMarks } from './encoding.ts';
import type { SearchedScope } from './scope.ts';

/**
 * What was searched: a query with marks finds every spelling but lists the
 * exact one first (rank.ts); one without marks finds the words with any marks.
 */
export function searchedAs(query: string): string {
  return hasMarks(query) ? 'có dấu: đúng dấu xếp trước, rồi đến cách viết khác dấu' : 'không dấu: tìm cả chữ có dấu';
}

/** Years newest first as a span: "năm 2026", "năm 2025–2026". */
export function yearSpan(years: readonly string[]): string {
  const newest = years[0] ?? '';
  const oldest = years.at(-1) ?? '';
  return oldest === newest ? `năm ${newest}` : `năm ${oldest}–${newest}`;
}

/** "các trang năm 2025–2026": the pages of the years searched. */
function pagesOf(years: readonly string[]): string {
  return `các trang ${yearSpan(years)}`;
}

/** "các trang từ năm 2024 trở về trước": the pages of the earlier years, not searched yet. */
function pagesBefore(earlierYears: readonly string[]): string {
  return `các trang từ năm ${earlierYears[0] ?? ''} trở về trước`;
}

/** Where the results come from, as the count says it ("" when every index was searched). */
function searchedWhere(searched: SearchedScope): string {
  const years = searched.earlierYears.length > 0 ? ` ${pagesOf(searched.years)}` : '';
  if (searched.scope === 'summary') return ` trong tiêu đề và tóm tắt${years}`;
  return years && ` trong toàn văn${years}`;
}

/**
 * "Tìm thấy 3 kết quả cho “can dong ho” (không dấu: tìm cả chữ có dấu)."; from
 * the summary index (scope.ts), "Tìm thấy 40 kết quả trong tiêu đề và tóm tắt
 * cho …" ("… trong tiêu đề và tóm tắt các trang năm 2026 cho …" when it does
 * not hold every year); from the newest years of the full text, "Tìm thấy 12 kết quả trong
 * toàn văn các trang năm 2025–2026 cho …".
 */
export function resultSummary(count: number, query: string, searched: SearchedScope = { scope: 'full', years: [], earlierYears: [] }): string {
  const found = count === 0 ? 'Không tìm thấy kết quả nào' : `Tìm thấy ${count.toLocaleString('vi-VN')} kết quả`;
  return `${found}${searchedWhere(searched)} cho “${query}” (${searchedAs(query)}).`;
}

/**
 * The notice under the count when the summary index answered (scope.ts):
 * what it holds, and what is not listed yet (pages naming the words only in
 * their text, and the years it does not hold).
 */
export function summaryNotice(searched: SearchedScope): string {
  const found = 'Đây là kết quả tìm nhanh trong tiêu đề và tóm tắt';
  if (searched.earlierYears.length === 0) return `${found}; trang chỉ nhắc từ khóa trong phần nội dung chưa có ở đây.`;
  return `${found} ${pagesOf(searched.years)}; các trang chỉ nhắc từ khóa trong phần nội dung, cũng như ${pagesBefore(searched.earlierYears)}, chưa có ở đây.`;
}

/**
 * The notice under the count when only the newest years' full text was
 * searched: what is listed (the phrase exactly, or with its last syllable as
 * the start of a word, scope.ts) and what is not yet.
 */
export function earlierYearsNotice(searched: SearchedScope): string {
  const listed = searched.halfTyped ? 'có cụm từ này (chữ cuối có thể chưa gõ hết)' : 'có đúng cụm từ này';
  return `Đây là ${pagesOf(searched.years)} ${listed} trong toàn văn; ${pagesBefore(searched.earlierYears)} chưa được tìm kiếm.`;
}

/**
 * The "Xem thêm" button's label: the next results, or, once every result of
 * the years searched is on the page, a search of the earlier years too
 * (scope.ts), said so that the reader knows it searches further.
 */
export function moreLabel(resultsLeft: boolean): string {
  return resultsLeft ? 'Xem thêm kết quả' : 'Xem thêm kết quả (tìm cả các năm trước)';
}

/** The live region while the earlier years are searched ("Xem thêm" above). */
export const SEARCHING_EARLIER_YEARS = 'Đang tìm trong các năm trước…';

/** "Đang hiển thị 10 trên 25 kết quả." when only part of the results is on the page. */
export function shownSummary(shown: number, total: number): string {
  return shown < total ? `Đang hiển thị ${shown} trên ${total} kết quả.` : '';
}
