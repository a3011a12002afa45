/**
 * The preview pane: news, articles, events and plans laid out with the site's
 * own stylesheet and the same markup classes as their pages
 * (src/components/PublicationBody.astro, src/pages/su-kien/[slug].astro,
 * src/components/PlanAppendix.astro), so editors see what readers will see,
 * not Decap's default preview.
 */
import { createElement as h, type ComponentType, type ReactNode } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import siteCss from '../../src/styles/global.css?inline';
import { EVENT_KINDS } from '../../src/schemas/event.ts';
import { ARTICLE_CATEGORIES } from '../../src/schemas/publication.ts';
import { localDateTimeText } from './local-date.ts';
import { appendixRows } from '../../src/lib/plan/appendix.ts';
import { planBudget, planTree } from '../../src/lib/plan/tree.ts';
import { formatMillionVnd, formatNumber } from '../../src/lib/format/money.ts';
import { millionVndInWords } from '../../src/lib/format/number-words.ts';
import type { PlanData } from '../../src/schemas/plan.ts';

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

/** The plan's title and its budget appendix as the plan page prints it, while the editor types. */
function PlanPreview(props: Props) {
  const plan = (props.entry.get('data') as { toJS(): unknown }).toJS() as Partial<PlanData>;
  let appendix: ReactNode;
  try {
    // The form holds what the file holds: lists the schema defaults (products) may be absent.
    const tasks = (plan.tasks ?? []).filter((task) => task && task.code).map((task) => ({ ...task, products: task.products ?? [] }));
    const tree = planTree({ sections: plan.sections ?? [], tasks });
    const total = planBudget(tree);
    const cell = (value: number | undefined) => (value === undefined ? '' : formatNumber(Number(value)));
    appendix = h(
      'div',
      null,
      h(
        'table',
        { className: 'appendix' },
        h('caption', null, 'Phụ lục kinh phí (triệu đồng)'),
        h('thead', null, h('tr', null, ...['TT', 'Nội dung nhiệm vụ', 'Thời gian thực hiện', 'Sản phẩm dự kiến', 'Kinh phí (tr.đ)', 'Ghi chú'].map((title) => h('th', { scope: 'col', key: title }, title)))),
        h(
          'tbody',
          null,
          ...appendixRows(tree).map((row) =>
            h(
              'tr',
              { key: row.code, className: row.kind === 'section' ? 'section-row' : `depth-${row.depth}` },
              h(row.kind === 'section' ? 'th' : 'td', null, row.marker),
              h(row.kind === 'section' ? 'th' : 'td', null, row.title),
              h('td', null, row.timeframe),
              h('td', null, row.products),
              h('td', { className: 'num' }, cell(row.budget)),
              h('td', null, row.note),
            ),
          ),
        ),
        h('tfoot', null, h('tr', null, h('th', { colSpan: 4, scope: 'row' }, 'Tổng cộng'), h('td', { className: 'num' }, formatNumber(total)), h('td', null))),
      ),
      h('p', null, h('strong', null, `Tổng kinh phí: ${formatMillionVnd(total)}`), ` (viết bằng chữ: ${millionVndInWords(total)}).`),
    );
  } catch {
    // Half-typed data (a code being written) is not an appendix yet; the form's own checks say what is missing.
    appendix = h('p', { className: 'meta' }, 'Phụ lục sẽ hiện ở đây khi các dòng có mã và kinh phí hợp lệ.');
  }
  return page([
    h('p', { className: 'meta', key: 'k' }, 'Kế hoạch'),
    h('h1', { key: 'h' }, String(plan.title ?? '')),
    plan.summary ? h('p', { className: 'lead', key: 's' }, String(plan.summary)) : null,
    h('h2', { key: 'a' }, 'Phụ lục kinh phí'),
    h('div', { key: 't' }, appendix),
  ]);
}

export function registerPreviews(cms: CMS): void {
  cms.registerPreviewStyle(siteCss, { raw: true });
  cms.registerPreviewTemplate('news', publicationPreview(() => 'Tin tức'));
  cms.registerPreviewTemplate('articles', publicationPreview((props) => ARTICLE_CATEGORIES[text(props, 'category') as keyof typeof ARTICLE_CATEGORIES] ?? 'Bài viết'));
  cms.registerPreviewTemplate('events', EventPreview);
  cms.registerPreviewTemplate('plans', PlanPreview);
}
