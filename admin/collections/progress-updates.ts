/** Cập nhật tiến độ: one YAML file per progress report on one plan task (content/tien-do/). */
import { EVIDENCE_LINK_KINDS, TASK_STATUSES, progressUpdateSchema } from '../../src/schemas/progress-update.ts';
import type { CollectionDefinition } from '../define.ts';
import { dayInList, dayUi, folderOf, pickEntries, taskRefUi, TODAY } from './shared.ts';

export default {
  name: 'progressUpdates',
  source: 'admin/collections/progress-updates.ts',
  schema: progressUpdateSchema,
  collection: {
    label: 'Cập nhật tiến độ',
    label_singular: 'cập nhật tiến độ',
    description: 'Mỗi lần báo cáo một nhiệm vụ là một bản cập nhật; số liệu là phần tăng thêm, không phải lũy kế.',
    folder: folderOf('progressUpdates'),
    extension: 'yaml',
    format: 'yaml-preserving',
    create: true,
    identifier_field: 'date',
    slug: '{{fields.task.plan}}-{{fields.task.task}}-{{fields.date}}',
    summary: `${dayInList('date')} · {{task.plan}} {{task.task}} · {{status}}`,
    sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'status'],
    view_filters: Object.entries(TASK_STATUSES).map(([value, label]) => ({ label, field: 'status', pattern: `^${value}$` })),
    view_groups: [{ label: 'Trạng thái', field: 'status' }],
  },
  fields: {
    task: taskRefUi('Nhiệm vụ', 'Nhiệm vụ được báo cáo (dòng không có dòng con).'),
    date: { ...dayUi('Ngày báo cáo', 'Ngày số liệu được ghi nhận, trong thời gian của kế hoạch.'), default: TODAY },
    status: { label: 'Trạng thái', optionLabels: TASK_STATUSES, default: 'dang-thuc-hien' },
    achieved: {
      label: 'Kết quả đạt được (tăng thêm)',
      label_singular: 'kết quả',
      hint: 'Số lượng đạt thêm trong lần báo cáo này, theo đơn vị của sản phẩm dự kiến.',
      summary: '{{fields.quantity}} {{fields.unit}}',
      fields: { unit: { label: 'Đơn vị (như trong kế hoạch)' }, quantity: { label: 'Số lượng tăng thêm' } },
    },
    overrides: {
      label: 'Điều chỉnh số liệu',
      label_singular: 'điều chỉnh',
      hint: 'Thay tổng của một sản phẩm bằng con số đúng, kèm lý do (hiển thị cho người đọc).',
      summary: '{{fields.unit}}: {{fields.total}}',
      fields: {
        unit: { label: 'Đơn vị (như trong kế hoạch)' },
        total: { label: 'Tổng đúng' },
        explanation: { label: 'Lý do điều chỉnh', widget: 'text' },
      },
    },
    disbursed: { label: 'Kinh phí giải ngân thêm (triệu đồng)' },
    note: { label: 'Ghi chú', hint: 'Bắt buộc khi vượt chỉ tiêu hoặc vượt kinh phí.', widget: 'text' },
    evidence: {
      label: 'Minh chứng',
      fields: {
        news: pickEntries('Tin tức', 'news', 'title'),
        articles: pickEntries('Bài viết', 'articles', 'title'),
        events: pickEntries('Sự kiện', 'events', 'title'),
        links: {
          label: 'Tài liệu, hình ảnh',
          label_singular: 'tài liệu',
          summary: '{{fields.title}}',
          fields: {
            kind: { label: 'Loại', optionLabels: EVIDENCE_LINK_KINDS },
            title: { label: 'Tên tài liệu' },
            url: { label: 'Địa chỉ', hint: 'URL đầy đủ (https://…) hoặc đường dẫn trên trang bắt đầu bằng "/".' },
          },
        },
      },
    },
  },
} satisfies CollectionDefinition;
