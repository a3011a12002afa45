/** Cài đặt: the site settings file (content/cai-dat/trang-web.yaml). */
import { settingsSchema } from '../../src/schemas/settings.ts';
import type { CollectionDefinition } from '../define.ts';
import { dayUi, folderOf } from './shared.ts';

export default {
  name: 'settings',
  source: 'admin/collections/settings.ts',
  schema: settingsSchema,
  collection: {
    label: 'Cài đặt',
    description: 'Thông tin về trang và cơ quan chủ quản (Nghị định 42/2022/NĐ-CP; theo một số nguồn, nghị định này đã được thay thế từ ngày 01/7/2026: Sở cần xác nhận văn bản hiện hành).',
    format: 'yaml-preserving',
    extension: 'yaml',
  },
  file: { name: 'site', label: 'Thông tin trang web', file: `${folderOf('settings')}/trang-web.yaml` },
  fields: {
    siteName: { label: 'Tên trang' },
    tagline: { label: 'Khẩu hiệu', hint: 'Một dòng dưới tên trang.' },
    description: { label: 'Mô tả', widget: 'text' },
    organisation: { label: 'Cơ quan chủ quản' },
    unit: { label: 'Đơn vị thực hiện' },
    address: { label: 'Địa chỉ', hint: 'Để trống: trang hiện "đang cập nhật".' },
    phone: { label: 'Điện thoại' },
    email: { label: 'Thư điện tử' },
    contentResponsible: {
      label: 'Người chịu trách nhiệm nội dung',
      fields: { name: { label: 'Họ và tên' }, position: { label: 'Chức vụ' } },
    },
    licence: { label: 'Giấy phép / quyết định thành lập trang' },
    socialLinks: {
      label: 'Mạng xã hội',
      label_singular: 'liên kết',
      summary: '{{fields.label}}',
      fields: { label: { label: 'Tên' }, url: { label: 'Địa chỉ (URL đầy đủ)' } },
    },
    reportSigner: {
      label: 'Người ký báo cáo tiến độ',
      hint: 'In ở cuối báo cáo tiến độ tải về.',
      fields: {
        onBehalfOf: { label: 'Ký thay', hint: 'Ví dụ "KT. Chi cục trưởng" (không bắt buộc).' },
        position: { label: 'Chức vụ' },
        name: { label: 'Họ và tên' },
      },
    },
    accessibilityCheckedAt: dayUi('Ngày kiểm tra khả năng tiếp cận gần nhất', 'In trong Tuyên bố về khả năng tiếp cận.'),
  },
} satisfies CollectionDefinition;
