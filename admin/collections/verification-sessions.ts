/** Đợt kiểm định lưu động tại chợ: one YAML file per session (content/kiem-dinh-cho/). */
import { INSTRUMENT_TYPES, verificationSessionSchema } from '../../src/schemas/market.ts';
import type { CollectionDefinition } from '../define.ts';
import { dayInList, dayUi, folderOf, taskRefUi, TODAY } from './shared.ts';

export default {
  name: 'verificationSessions',
  source: 'admin/collections/verification-sessions.ts',
  schema: verificationSessionSchema,
  collection: {
    label: 'Kiểm định tại chợ',
    label_singular: 'đợt kiểm định',
    description: 'Mỗi đợt kiểm định lưu động cân tại một chợ: số cân kiểm định, đạt và không đạt.',
    folder: folderOf('verificationSessions'),
    extension: 'yaml',
    format: 'yaml-preserving',
    create: true,
    identifier_field: 'date',
    slug: '{{fields.date}}-{{fields.market}}',
    summary: `${dayInList('date')} · {{market}}`,
    sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'market'],
    view_groups: [{ label: 'Chợ', field: 'market' }],
  },
  fields: {
    date: { ...dayUi('Ngày kiểm định', 'Trong thời gian của kế hoạch.'), default: TODAY },
    market: {
      label: 'Chợ',
      widget: 'relation',
      collection: 'markets',
      value_field: '{{slug}}',
      search_fields: ['name', 'commune', 'formerDistrict'],
      display_fields: ['name', 'commune'],
    },
    task: taskRefUi('Nhiệm vụ', 'Nhiệm vụ có sản phẩm đếm theo chợ, ví dụ 2022 / II.3.c.'),
    results: {
      label: 'Kết quả',
      label_singular: 'loại cân',
      hint: 'Đạt + không đạt = số lượng kiểm định.',
      summary: '{{fields.instrument}}: {{fields.verified}}',
      fields: {
        instrument: { label: 'Loại cân', optionLabels: INSTRUMENT_TYPES },
        verified: { label: 'Số lượng kiểm định' },
        passed: { label: 'Đạt' },
        failed: { label: 'Không đạt' },
      },
    },
    note: { label: 'Ghi chú', widget: 'text' },
  },
} satisfies CollectionDefinition;
