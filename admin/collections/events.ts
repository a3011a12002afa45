/** Sự kiện: observances and one-off events (content/su-kien/*.md). */
import { EVENT_KINDS, EVENT_STATUSES, eventSchema } from '../../src/schemas/event.ts';
import type { CollectionDefinition } from '../define.ts';
import { changesUi, dayInList, draftUi, firstPublishedUi, markdownBody, folderOf, relatedTasksUi, titleSlug, uidUi } from './shared.ts';

export default {
  name: 'events',
  source: 'admin/collections/events.ts',
  schema: eventSchema,
  collection: {
    label: 'Sự kiện',
    label_singular: 'sự kiện',
    description: 'Ngày kỷ niệm, hội nghị, tập huấn, kiểm định lưu động… Giờ là giờ Việt Nam.',
    folder: folderOf('events'),
    extension: 'md',
    format: 'frontmatter-preserving',
    create: true,
    ...titleSlug,
    summary: `{{title}} (${dayInList('start')})`,
    sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'title', 'kind'],
    view_filters: Object.entries(EVENT_KINDS).map(([value, label]) => ({ label, field: 'kind', pattern: `^${value}$` })),
    view_groups: [
      { label: 'Loại sự kiện', field: 'kind' },
      { label: 'Năm', field: 'start', pattern: '\\d{4}' },
    ],
  },
  fields: {
    uid: uidUi,
    title: { label: 'Tên sự kiện' },
    summary: { label: 'Tóm tắt', hint: 'Một hai câu (tối đa 300 ký tự).', widget: 'text' },
    kind: { label: 'Loại sự kiện', optionLabels: EVENT_KINDS, default: 'hoi-nghi' },
    start: {
      label: 'Bắt đầu',
      hint: 'Giờ Việt Nam. Sự kiện cả ngày: để trống giờ. Ngày kỷ niệm hằng năm: ngày đầu tiên.',
      widget: 'local-datetime',
    },
    end: { label: 'Kết thúc', hint: 'Không bắt buộc; không trước thời điểm bắt đầu.', widget: 'local-datetime' },
    allDay: { label: 'Cả ngày', hint: 'Bật khi sự kiện không có giờ cụ thể (khi đó để trống giờ).' },
    recurrence: { label: 'Lặp lại', optionLabels: { none: 'Không lặp lại', yearly: 'Hằng năm (ngày kỷ niệm)' } },
    location: { label: 'Địa điểm' },
    status: {
      label: 'Tình trạng',
      hint: 'Chọn "Đã hủy" thay vì xoá một sự kiện đã đăng: lịch của người đọc sẽ hiện sự kiện là đã hủy.',
      optionLabels: EVENT_STATUSES,
    },
    relatedTasks: relatedTasksUi,
    publishedAt: firstPublishedUi,
    changes: changesUi,
    // Kept up to date by the CMS on every save of a published event (src/lib/events/revision.ts).
    updatedAt: { label: 'Ngày cập nhật', widget: 'hidden' },
    sequence: { label: 'Số lần đổi lịch', widget: 'hidden' },
    draft: draftUi,
  },
  body: markdownBody('Chương trình, thành phần tham dự, cách đăng ký… Chia mục bằng nút “Tiêu đề” trên thanh công cụ.'),
} satisfies CollectionDefinition;
