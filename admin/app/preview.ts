/**
 * The preview pane: news, articles and events laid out with the site's own
 * stylesheet and the same markup classes as their pages
 * (src/components/PublicationBody.astro, src/pages/su-kien/[slug].astro),
 * so editors see what readers will see, not Decap's default preview.
 */
import { createElement as h, type ComponentType, type ReactNode } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import siteCss from '../../src/styles/global.css?inline';
import { EVENT_KINDS } from '../../src/schemas/event.ts';
import { ARTICLE_CATEGORIES } from '../../src/schemas/publication.ts';
import { localDateTimeText } from './local-date.ts';

type Props = PreviewTemplateComponentProps;

const field = (props: Props, ...path: string[]): unknown => props.entry.getIn(['data', ...path]);
const text = (props: Props, ...path: string[]): string => String(field(props, ...path) ?? '');

function page(children: ReactNode[]) {
  return h('div', { className: 'wrap' }, h('main', { id: 'noi-dung' }, h('article', { className: 'prose' }, ...children)));
}

function cover(props: Props) {
  const src = text(props, 'cover', 'src');
  if (!src) return null;
  const credit = text(props, 'cover', 'credit');
  return h(
    'figure',
    { className: 'cover cover-full' },
    h('img', { src: String(props.getAsset(src) ?? src), alt: text(props, 'cover', 'alt') }),
    credit ? h('figcaption', { className: 'meta' }, `Ảnh: ${credit}`) : null,
  );
}

function publicationPreview(kicker: (props: Props) => string): ComponentType<Props> {
  return function PublicationPreview(props: Props) {
    const author = text(props, 'author');
    const updated = localDateTimeText(field(props, 'updatedAt'));
    return page([
      h('p', { className: 'meta', key: 'k' }, kicker(props)),
      h('h1', { key: 'h' }, text(props, 'title')),
      h('p', { className: 'meta', key: 'd' }, `${author ? `${author} · ` : ''}Đăng ngày ${localDateTimeText(field(props, 'publishedAt'))}${updated ? ` · Cập nhật ngày ${updated}` : ''}`),
      h('p', { className: 'lead', key: 's' }, text(props, 'summary')),
      h('div', { key: 'c' }, cover(props)),
      h('div', { key: 'b' }, props.widgetFor('body')),
    ]);
  };
}

function EventPreview(props: Props) {
  const kind = text(props, 'kind') as keyof typeof EVENT_KINDS;
  const end = localDateTimeText(field(props, 'end'));
  const location = text(props, 'location');
  return page([
    h('p', { className: 'meta', key: 'k' }, `${EVENT_KINDS[kind] ?? ''}${text(props, 'recurrence') === 'yearly' ? ' · hằng năm' : ''}`),
    h('h1', { key: 'h' }, text(props, 'title')),
    h(
      'dl',
      { className: 'panel event-facts', key: 'f' },
      h('dt', null, 'Thời gian'),
      h('dd', null, `${localDateTimeText(field(props, 'start'))}${end ? ` – ${end}` : ''}`),
      location ? h('dt', null, 'Địa điểm') : null,
      location ? h('dd', null, location) : null,
    ),
    h('p', { className: 'lead', key: 's' }, text(props, 'summary')),
    h('div', { key: 'b' }, props.widgetFor('body')),
  ]);
}

export function registerPreviews(cms: CMS): void {
  cms.registerPreviewStyle(siteCss, { raw: true });
  cms.registerPreviewTemplate('news', publicationPreview(() => 'Tin tức'));
  cms.registerPreviewTemplate('articles', publicationPreview((props) => ARTICLE_CATEGORIES[text(props, 'category') as keyof typeof ARTICLE_CATEGORIES] ?? 'Bài viết'));
  cms.registerPreviewTemplate('events', EventPreview);
}
