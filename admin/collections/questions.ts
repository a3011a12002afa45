/** Hỏi đáp: answered questions, one YAML file each (content/hoi-dap/). No personal data of the asker. */
import { questionSchema } from '../../src/schemas/question.ts';
import type { CollectionDefinition } from '../define.ts';
import { changesUi, dayUi, draftUi, folderOf, pickEntries, relatedTasksUi, titleSlug, TODAY } from './shared.ts';

export default {
  name: 'questions',
  source: 'admin/collections/questions.ts',
  schema: questionSchema,
  collection: {
    label: 'Hỏi đáp',
    label_singular: 'câu hỏi',
    description: 'Câu hỏi của người dân, doanh nghiệp và câu trả lời công khai. Không ghi họ tên, số điện thoại, thư điện tử hay địa chỉ của người hỏi.',
    folder: folderOf('questions'),
    extension: 'yaml',
    format: 'yaml-preserving',
    create: true,
    ...titleSlug,
    summary: '{{title}} ({{answeredAt}})',
    sortable_fields: [{ field: 'answeredAt', default_sort: 'desc' }, 'title'],
  },
  fields: {
    title: { label: 'Câu hỏi (ngắn gọn)', hint: 'Hiện làm tiêu đề.' },
    question: { label: 'Nội dung câu hỏi', widget: 'text', hint: 'Bỏ mọi thông tin cá nhân của người hỏi.' },
    area: { label: 'Địa bàn hoặc lĩnh vực của người hỏi', hint: 'Ví dụ: "hộ kinh doanh tại chợ", "doanh nghiệp xăng dầu". Không ghi thông tin cá nhân.' },
    askedAt: dayUi('Ngày hỏi'),
    answeredAt: { ...dayUi('Ngày trả lời'), default: TODAY },
    answer: { label: 'Trả lời', widget: 'text', hint: 'Để một dòng trống giữa các đoạn.' },
    answeredBy: { label: 'Đơn vị trả lời', default: 'Chi cục Tiêu chuẩn Đo lường Chất lượng' },
    relatedDocuments: pickEntries('Văn bản liên quan', 'documents', 'title'),
    relatedTasks: relatedTasksUi,
    changes: changesUi,
    draft: draftUi,
  },
} satisfies CollectionDefinition;
