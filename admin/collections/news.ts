/** Tin tức: news items (content/tin-tuc/*.md). */
import { newsSchema } from '../../src/schemas/publication.ts';
import type { CmsCollection, ViewFilter, ViewGroup } from 'decap-cms-core';
import type { CollectionDefinition, FieldUi } from '../define.ts';
import { changesUi, coverUi, dayInList, draftUi, markdownBody, folderOf, imageStandIn, mediaFolders, relatedEventsUi, relatedTasksUi, tagsUi, titleSlug, TODAY, uidUi } from './shared.ts';

/** The fields news and articles share, in the order editors fill them in. */
export const publicationFields = {
  uid: uidUi,
  title: { label: 'Tiêu đề', hint: 'Viết tiếng Việt có dấu, ngắn gọn.' },
  summary: { label: 'Tóm tắt', hint: 'Một hai câu (tối đa 300 ký tự), hiện trong danh sách, RSS và kết quả tìm kiếm.', widget: 'text' },
  publishedAt: { label: 'Ngày đăng', hint: 'Theo giờ Việt Nam. Tin có ngày đăng trong tương lai chỉ hiện từ ngày đó.', default: TODAY },
  updatedAt: { label: 'Ngày cập nhật', hint: 'Chỉ điền khi nội dung thay đổi đáng kể.' },
  author: { label: 'Tác giả', default: 'Chi cục Tiêu chuẩn Đo lường Chất lượng' },
  cover: coverUi,
  tags: tagsUi,
  relatedTasks: relatedTasksUi,
  relatedEvents: relatedEventsUi,
  changes: changesUi,
  draft: draftUi,
} satisfies Record<string, FieldUi>;

export const publicationBody = markdownBody('Chia bài thành các mục bằng nút “Tiêu đề” trên thanh công cụ (cấp 2 cho mục lớn, cấp 3 cho mục nhỏ).');

export const draftFilters: ViewFilter[] = [
  { label: 'Bản nháp', field: 'draft', pattern: true },
  { label: 'Đã xuất bản', field: 'draft', pattern: false },
];

export const yearGroups: ViewGroup[] = [{ label: 'Năm', field: 'publishedAt', pattern: '\\d{4}' }];

/** List, sort and file options news and articles share. */
export const publicationCollection = {
  extension: 'md',
  format: 'frontmatter-preserving',
  create: true,
  ...titleSlug,
  ...mediaFolders,
  summary: `{{title}} (${dayInList('publishedAt')})`,
  sortable_fields: [{ field: 'publishedAt', default_sort: 'desc' }, 'title'],
} satisfies Partial<CmsCollection>;

export default {
  name: 'news',
  source: 'admin/collections/news.ts',
  schema: newsSchema(imageStandIn),
  collection: {
    label: 'Tin tức',
    label_singular: 'tin',
    description: 'Tin về các hoạt động triển khai Đề án 996.',
    folder: folderOf('news'),
    ...publicationCollection,
    view_filters: draftFilters,
    view_groups: yearGroups,
  },
  fields: publicationFields,
  body: publicationBody,
} satisfies CollectionDefinition;
