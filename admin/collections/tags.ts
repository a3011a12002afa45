/** Thẻ: the controlled tag list (content/the/*.yaml); the file name is the tag id. */
import { tagSchema } from '../../src/schemas/tag.ts';
import type { CollectionDefinition } from '../define.ts';
import { folderOf, projectSlug } from './shared.ts';

export default {
  name: 'tags',
  source: 'admin/collections/tags.ts',
  schema: tagSchema,
  collection: {
    label: 'Thẻ',
    label_singular: 'thẻ',
    description: 'Danh sách thẻ để gắn cho tin và bài viết. Tên tệp (không dấu) là mã thẻ.',
    folder: folderOf('tags'),
    extension: 'yaml',
    format: 'yaml-preserving',
    create: true,
    identifier_field: 'label',
    slug: projectSlug,
    summary: '{{label}}',
    sortable_fields: ['label'],
  },
  fields: {
    label: { label: 'Tên thẻ', hint: 'Tiếng Việt có dấu, ví dụ "Kiểm định".' },
    description: { label: 'Mô tả', widget: 'text' },
  },
} satisfies CollectionDefinition;
