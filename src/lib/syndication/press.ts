/**
 * What the press page (/bao-chi/) says about the API, in Vietnamese: one note
 * per field of API v1. A unit test holds these keys equal to the fields of the
 * schemas in src/schemas/api/v1.ts, so the page cannot fall behind the API.
 */

/** Fields of each index entry (and of the full record). */
export const SUMMARY_FIELD_NOTES: Record<string, string> = {
  id: 'Mã định danh cố định của tin, bài (uid). Không bao giờ đổi, kể cả khi tiêu đề hay đường dẫn thay đổi; trùng với guid trong RSS và id trong JSON Feed.',
  type: '"news" (tin tức) hoặc "article" (bài viết chuyên đề).',
  title: 'Tiêu đề.',
  summary: 'Tóm tắt (sapo), một hoặc hai câu.',
  publishedAt: 'Thời điểm đăng, ISO 8601 (giờ UTC).',
  updatedAt: 'Thời điểm sửa nội dung gần nhất, ISO 8601; null nếu chưa sửa sau khi đăng.',
  url: 'Địa chỉ trang của tin, bài trên trang web.',
  apiUrl: 'Địa chỉ bản đầy đủ của tin, bài trong API.',
  category: 'Chuyên mục của bài viết { id, label }; null với tin tức.',
  tags: 'Các thẻ { id, label }.',
  image: 'Ảnh đại diện { url, alt, credit, width, height, type, length }; null nếu không có.',
};

/** Fields only the full record (/api/v1/news/{id}.json) has. */
export const ITEM_FIELD_NOTES: Record<string, string> = {
  apiVersion: 'Phiên bản API: "v1".',
  author: 'Tác giả.',
  html: 'Toàn văn dạng HTML; mọi liên kết và ảnh đều là địa chỉ đầy đủ.',
  text: 'Toàn văn dạng văn bản thuần, các đoạn cách nhau một dòng trống.',
  images: 'Mọi ảnh của tin, bài: ảnh đại diện trước, rồi ảnh trong bài, mỗi ảnh có alt (mô tả) và credit (tác giả ảnh).',
  changes: 'Lịch sử thay đổi công khai { date, note }, mới nhất trước; sửa lỗi nhỏ không được ghi.',
  relatedEvents: 'Sự kiện liên quan { id, title, url, start, end }.',
  relatedTasks: 'Nhiệm vụ của kế hoạch liên quan { plan, planTitle, task, title, url }.',
};

/** Fields of an index page (/api/v1/news.json). */
export const INDEX_FIELD_NOTES: Record<string, string> = {
  apiVersion: 'Phiên bản API: "v1".',
  type: 'Loại nội dung của danh mục: "news" hoặc "article".',
  page: 'Số trang hiện tại, từ 1.',
  pageCount: 'Tổng số trang.',
  pageSize: 'Số mục mỗi trang.',
  totalItems: 'Tổng số mục.',
  self: 'Địa chỉ trang này.',
  prev: 'Trang trước; null ở trang 1.',
  next: 'Trang sau; null ở trang cuối.',
  items: 'Các mục, mới nhất trước, mỗi mục gồm các trường dưới đây.',
};

/** The line to print under a reused item. */
export function attributionLine(siteName: string, organisation: string, itemUrl: string): string {
  return `Nguồn: ${siteName} – ${organisation} (${itemUrl})`;
}
