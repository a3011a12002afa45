/** Văn bản: the documents register, one YAML file per document (content/van-ban/), attachments in content/tep/. */
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, documentSchema } from '../../src/schemas/document.ts';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';
import type { CollectionDefinition } from '../define.ts';
import { changesUi, dayUi, draftUi, firstPublishedUi, folderOf, pickEntries, relatedTasksUi, uidUi } from './shared.ts';

/** Uploads go to content/tep/ and are stored as the site path they are served at ("/tep/x.pdf"). */
const attachmentFolders = { media_folder: `/${folderOf('attachments')}`, public_folder: `/${CONTENT_FOLDERS.attachments}` } as const;

export default {
  name: 'documents',
  source: 'admin/collections/documents.ts',
  schema: documentSchema,
  collection: {
    label: 'Văn bản',
    label_singular: 'văn bản',
    description: 'Danh mục văn bản: văn bản pháp luật, văn bản chỉ đạo, điều hành và tệp đính kèm (PDF, DOC, DOCX).',
    folder: folderOf('documents'),
    extension: 'yaml',
    format: 'yaml-preserving',
    create: true,
    identifier_field: 'title',
    slug: '{{number}}-{{symbol}}-{{issued}}',
    summary: '{{number}}/{{symbol}} ({{issued}}): {{title}}',
    sortable_fields: [{ field: 'issued', default_sort: 'desc' }, 'kind', 'issuer'],
    view_filters: Object.entries(DOCUMENT_KINDS).map(([value, label]) => ({ label, field: 'kind', pattern: `^${value}$` })),
    view_groups: [
      { label: 'Loại văn bản', field: 'kind' },
      { label: 'Năm ban hành', field: 'issued', pattern: '\\d{4}' },
    ],
  },
  fields: {
    uid: uidUi,
    kind: { label: 'Loại văn bản', optionLabels: DOCUMENT_KINDS, default: 'quyet-dinh' },
    number: { label: 'Số', hint: 'Ví dụ 409. Để trống nếu văn bản không ghi số.' },
    symbol: { label: 'Ký hiệu', hint: 'Ví dụ KH-UBND, QĐ-BKHCN.' },
    issued: { label: 'Ngày ban hành', hint: 'YYYY-MM-DD; nếu văn bản chỉ ghi tháng: YYYY-MM (ví dụ 2022-02).', patternMessage: 'Ngày dạng 2021-08-30 hoặc tháng dạng 2022-02' },
    effective: { label: 'Ngày có hiệu lực', hint: 'Không bắt buộc. YYYY-MM-DD hoặc YYYY-MM.' },
    issuer: { label: 'Cơ quan ban hành', hint: 'Ví dụ UBND tỉnh Bắc Giang.' },
    signer: { label: 'Người ký', fields: { name: { label: 'Họ và tên' }, position: { label: 'Chức vụ', hint: 'Ví dụ "KT. Giám đốc, Phó Giám đốc".' } } },
    title: { label: 'Trích yếu', widget: 'text' },
    status: { label: 'Tình trạng hiệu lực', optionLabels: DOCUMENT_STATUSES, hint: 'Để trống nếu chưa xác định.' },
    replacedBy: { ...pickEntries('Bị thay thế bởi', 'documents', 'title', 'Chỉ chọn khi tình trạng là "Bị thay thế".'), multiple: false },
    field: { label: 'Lĩnh vực', hint: 'Ví dụ: Đo lường.' },
    plan: { ...pickEntries('Kế hoạch trên trang', 'plans', 'shortTitle', 'Khi văn bản này là một kế hoạch có trang theo dõi tiến độ.'), multiple: false },
    files: {
      label: 'Tệp đính kèm',
      label_singular: 'tệp',
      hint: 'PDF, DOC hoặc DOCX. Trang hiện loại tệp và dung lượng.',
      summary: '{{fields.title}} {{fields.file}}',
      fields: {
        file: { label: 'Tệp', widget: 'file', choose_url: false, ...attachmentFolders, patternMessage: 'Chỉ nhận tệp PDF, DOC hoặc DOCX' },
        title: { label: 'Tên tệp hiển thị', hint: 'Ví dụ: Toàn văn. Để trống: hiện tên tệp.' },
      },
    },
    relatedTasks: relatedTasksUi,
    relatedNews: pickEntries('Tin liên quan', 'news', 'title'),
    publishedAt: firstPublishedUi,
    updatedAt: dayUi('Ngày cập nhật', 'Không bắt buộc: ngày của ghi chú thay đổi mới nhất được dùng nếu muộn hơn.'),
    changes: changesUi,
    draft: { ...draftUi, default: false },
  },
} satisfies CollectionDefinition;
