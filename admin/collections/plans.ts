/** Kế hoạch: one YAML file per plan (content/ke-hoach/<id>.yaml), its header, narrative and budget appendix. */
import { COUNTED_FROM, planSchema } from '../../src/schemas/plan.ts';
import { TIMEFRAMES } from '../../src/lib/plan/timeframe.ts';
import type { CollectionDefinition, FieldUi } from '../define.ts';
import { changesUi, dayUi, firstPublishedUi, folderOf, projectSlug } from './shared.ts';

const paragraph = { item: { widget: 'text' } } as const;
const money = 'Triệu đồng, ví dụ 1977 cho 1.977 triệu đồng.';

const tasks: FieldUi = {
  label: 'Nhiệm vụ (phụ lục kinh phí)',
  label_singular: 'nhiệm vụ',
  hint: 'Mỗi dòng của phụ lục. Mã cha đứng trước mã con (II.3 trước II.3.a).',
  summary: '{{fields.code}} – {{fields.title}}',
  collapsed: true,
  fields: {
    code: { label: 'Mã', hint: 'Như trong phụ lục: số La Mã rồi số, chữ, ví dụ II.3.c.', patternMessage: 'Mã dạng I.1 hoặc II.3.c' },
    marker: { label: 'Ký hiệu in ở cột TT', hint: 'Chỉ điền khi phụ lục in khác phần cuối của mã (ví dụ "-" hoặc để trống).' },
    title: { label: 'Nội dung nhiệm vụ', widget: 'text' },
    timeframe: { label: 'Thời gian thực hiện', optionLabels: Object.fromEntries(TIMEFRAMES.map((t) => [t, t])) },
    products: {
      label: 'Sản phẩm dự kiến',
      label_singular: 'sản phẩm',
      summary: '{{fields.quantity}} {{fields.unit}}',
      fields: {
        quantity: { label: 'Số lượng' },
        unit: { label: 'Đơn vị', hint: 'Ví dụ: tin bài, hội nghị, lượt người, chợ.' },
        countedFrom: { label: 'Đếm tự động từ', hint: 'Chỉ chọn khi sản phẩm là nội dung trên trang.', optionLabels: COUNTED_FROM },
      },
    },
    budget: { label: 'Kinh phí (triệu đồng)', hint: `${money} Để trống nếu bằng tổng các dòng con.` },
    note: { label: 'Ghi chú', widget: 'text' },
    lead: { label: 'Đơn vị chủ trì' },
    coordinating: { label: 'Đơn vị phối hợp', item: { label: 'Đơn vị' } },
  },
};

export default {
  name: 'plans',
  source: 'admin/collections/plans.ts',
  schema: planSchema,
  collection: {
    label: 'Kế hoạch',
    label_singular: 'kế hoạch',
    description: 'Mỗi kế hoạch một tệp: văn bản, nội dung và phụ lục kinh phí từng nhiệm vụ.',
    folder: folderOf('plans'),
    extension: 'yaml',
    format: 'yaml-preserving',
    create: true,
    identifier_field: 'shortTitle',
    slug: projectSlug,
    summary: '{{shortTitle}}',
    sortable_fields: ['shortTitle'],
  },
  fields: {
    title: { label: 'Tên đầy đủ', widget: 'text' },
    shortTitle: { label: 'Tên ngắn', hint: 'Ví dụ "Kế hoạch năm 2022".' },
    summary: { label: 'Tóm tắt', widget: 'text' },
    document: {
      label: 'Văn bản',
      collapsed: true,
      fields: {
        number: { label: 'Số', hint: 'Để trống nếu văn bản để trống.' },
        symbol: { label: 'Ký hiệu', hint: 'Ví dụ KH-KHCN.' },
        issued: { label: 'Ngày ban hành', hint: 'YYYY-MM-DD, hoặc YYYY-MM khi văn bản chỉ ghi tháng.' },
        place: { label: 'Địa danh' },
        issuer: { label: 'Cơ quan ban hành' },
        signer: {
          label: 'Người ký',
          fields: {
            name: { label: 'Họ và tên' },
            position: { label: 'Chức vụ' },
            onBehalfOf: { label: 'Ký thay', hint: 'Ví dụ "KT. Giám đốc".' },
          },
        },
        recipients: { label: 'Nơi nhận', item: { label: 'Nơi nhận' } },
      },
    },
    legalBases: { label: 'Căn cứ', ...paragraph },
    period: {
      label: 'Thời gian thực hiện',
      fields: {
        start: { label: 'Từ tháng', hint: 'YYYY-MM', patternMessage: 'Dạng YYYY-MM, ví dụ 2022-02' },
        end: { label: 'Đến tháng', hint: 'YYYY-MM', patternMessage: 'Dạng YYYY-MM, ví dụ 2022-02' },
      },
    },
    budgetSource: { label: 'Nguồn kinh phí' },
    budgetTotal: { label: 'Tổng kinh phí (triệu đồng)', hint: `${money} Được đối chiếu với tổng các dòng.` },
    budgetTotalInWords: { label: 'Tổng kinh phí bằng chữ', hint: 'Như in trên văn bản; được đối chiếu với con số.' },
    purposes: { label: 'Mục đích', ...paragraph },
    requirements: { label: 'Yêu cầu', ...paragraph },
    activities: {
      label: 'Nội dung thực hiện',
      label_singular: 'nội dung',
      summary: '{{fields.title}}',
      collapsed: true,
      fields: { title: { label: 'Tiêu đề' }, paragraphs: { label: 'Đoạn văn', ...paragraph } },
    },
    targetGroups: { label: 'Đối tượng thực hiện', ...paragraph },
    responsibilities: {
      label: 'Tổ chức thực hiện',
      label_singular: 'đơn vị',
      summary: '{{fields.unit}}',
      collapsed: true,
      fields: { unit: { label: 'Đơn vị' }, duties: { label: 'Nhiệm vụ', ...paragraph } },
    },
    sections: {
      label: 'Phần của phụ lục',
      label_singular: 'phần',
      summary: '{{fields.code}}. {{fields.title}}',
      collapsed: true,
      fields: {
        code: { label: 'Số La Mã', patternMessage: 'Số La Mã, ví dụ II' },
        title: { label: 'Tên phần' },
        budget: { label: 'Tổng kinh phí của phần (triệu đồng)', hint: 'Chỉ điền khi phụ lục in tổng của phần.' },
      },
    },
    tasks,
    publishedAt: firstPublishedUi,
    updatedAt: dayUi('Ngày cập nhật', 'Không bắt buộc: ngày của ghi chú thay đổi mới nhất được dùng nếu muộn hơn.'),
    changes: changesUi,
  },
} satisfies CollectionDefinition;
