/** Bài viết chuyên đề: articles (content/bai-viet/*.md), news fields plus a category. */
import { ARTICLE_CATEGORIES, articleSchema } from '../../src/schemas/publication.ts';
import type { CollectionDefinition } from '../define.ts';
import { draftFilters, publicationBody, publicationCollection, publicationFields, yearGroups } from './news.ts';
import { folderOf, imageStandIn } from './shared.ts';

export default {
  name: 'articles',
  source: 'admin/collections/articles.ts',
  schema: articleSchema(imageStandIn),
  collection: {
    label: 'Bài viết chuyên đề',
    label_singular: 'bài viết',
    description: 'Kiến thức đo lường, văn bản pháp luật, quyền lợi người tiêu dùng, doanh nghiệp.',
    folder: folderOf('articles'),
    ...publicationCollection,
    view_filters: [
      ...draftFilters,
      ...Object.entries(ARTICLE_CATEGORIES).map(([value, label]) => ({ label, field: 'category', pattern: `^${value}$` })),
    ],
    view_groups: [...yearGroups, { label: 'Chuyên mục', field: 'category' }],
  },
  fields: {
    ...publicationFields,
    category: { label: 'Chuyên mục', optionLabels: ARTICLE_CATEGORIES },
  },
  body: publicationBody,
} satisfies CollectionDefinition;
