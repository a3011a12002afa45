/** What the live region says after a search, in Vietnamese. */
import { hasMarks } from './encoding.ts';
import type { SearchScope } from './scope.ts';

/**
 * What was searched: a query with marks finds every spelling but lists the
 * exact one first (rank.ts); one without marks finds the words with any marks.
 */
export function searchedAs(query: string): string {
  return hasMarks(query) ? 'có dấu: đúng dấu xếp trước, rồi đến cách viết khác dấu' : 'không dấu: tìm cả chữ có dấu';
}

/**
 * "Tìm thấy 3 kết quả cho “can dong ho” (không dấu: tìm cả chữ có dấu)."; from
 * the summary index (scope.ts), "Tìm thấy 40 kết quả trong tiêu đề và tóm tắt cho …".
 */
export function resultSummary(count: number, query: string, scope: SearchScope = 'full'): string {
  const found = count === 0 ? 'Không tìm thấy kết quả nào' : `Tìm thấy ${count.toLocaleString('vi-VN')} kết quả`;
  const where = scope === 'summary' ? ' trong tiêu đề và tóm tắt' : '';
  return `${found}${where} cho “${query}” (${searchedAs(query)}).`;
}

/** "Đang hiển thị 10 trên 25 kết quả." when only part of the results is on the page. */
export function shownSummary(shown: number, total: number): string {
  return shown < total ? `Đang hiển thị ${shown} trên ${total} kết quả.` : '';
}
