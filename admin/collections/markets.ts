/** Chợ: one YAML file per market where common scales are verified (content/cho/). */
import { marketSchema } from '../../src/schemas/market.ts';
import type { CollectionDefinition } from '../define.ts';
import { folderOf } from './shared.ts';

export default {
  name: 'markets',
  source: 'admin/collections/markets.ts',
  schema: marketSchema,
  collection: {
    label: 'Chợ',
    label_singular: 'chợ',
    description: 'Các chợ được hỗ trợ kiểm định lưu động cân thông dụng.',
    folder: folderOf('markets'),
    extension: 'yaml',
    format: 'yaml-preserving',
    create: true,
    identifier_field: 'name',
    slug: '{{slug}}',
    summary: '{{name}} ({{area}})',
    sortable_fields: ['name', 'area'],
    view_groups: [{ label: 'Huyện, thành phố', field: 'area' }],
  },
  fields: {
    name: { label: 'Tên chợ', hint: 'Ví dụ "Chợ Thương".' },
    commune: { label: 'Xã, phường, thị trấn' },
    area: { label: 'Huyện, thành phố' },
    address: { label: 'Địa chỉ', hint: 'Đường phố hoặc thôn (không bắt buộc).' },
  },
} satisfies CollectionDefinition;
