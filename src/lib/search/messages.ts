/** What the live region says after a search, in Vietnamese. */
export function resultSummary(count: number, query: string): string {
  if (count === 0) return `Không tìm thấy kết quả nào cho “${query}”.`;
  return `Tìm thấy ${count.toLocaleString('vi-VN')} kết quả cho “${query}”.`;
}

/** "Đang hiển thị 10 trên 25 kết quả." when only part of the results is on the page. */
export function shownSummary(shown: number, total: number): string {
  return shown < total ? `Đang hiển thị ${shown} trên ${total} kết quả.` : '';
}
