/** Chợ: one YAML file per market where common scales are verified (content/cho/). */
import { marketSchema } from '../../src/schemas/market.ts';
import type { CollectionDefinition } from '../define.ts';
import { folderOf, projectSlug } from './shared.ts';

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
    slug: projectSlug,
    summary: '{{name}} ({{commune}})',
    sortable_fields: ['name', 'commune'],
    view_groups: [{ label: 'Xã, phường', field: 'commune' }],
  },
  fields: {
    name: { label: 'Tên chợ', hint: 'Ví dụ "Chợ Thương".' },
    commune: { label: 'Xã, phường', hint: 'Đơn vị hành chính cấp xã hiện nay (từ 01/7/2025 không còn cấp huyện).' },
    formerDistrict: { label: 'Huyện, thành phố cũ', hint: 'Tên huyện, thành phố trước 01/7/2025 như các báo cáo cũ ghi (không bắt buộc).' },
    address: { label: 'Địa chỉ', hint: 'Đường phố hoặc thôn (không bắt buộc).' },
  },
} satisfies CollectionDefinition;
