/**
 * What the index knows about an item besides its text: its content type,
 * year and tags (the filters of /tim-kiem/) and the date results show. Item
 * pages pass these to BaseLayout, which writes them as Pagefind attributes.
 */
import { formatDate, formatPartialDate } from '../format/date.ts';
import { toCivilDate, type CivilDate } from '../dates.ts';

/**
 * Content types (loại nội dung) searched, as filter value → label: the one
 * list the type filter, result labels and tests read. A new searchable type
 * is one line here plus its pages passing facets to BaseLayout.
 */
export const SEARCH_TYPES = {
  'tin-tuc': 'Tin tức',
  'bai-viet': 'Bài viết',
  'su-kien': 'Sự kiện',
  'ke-hoach': 'Kế hoạch',
  'van-ban': 'Văn bản',
  'hoi-dap': 'Hỏi đáp',
} as const;
export type SearchType = keyof typeof SEARCH_TYPES;

export function isSearchType(value: string): value is SearchType {
  return Object.hasOwn(SEARCH_TYPES, value);
}

/** A type filter value's label, "" for a value that is not a type. */
export function searchTypeLabel(value: string): string {
  return isSearchType(value) ? SEARCH_TYPES[value] : '';
}

export interface SearchFacets {
  type: SearchType;
  /** Four-digit year the item belongs to (filter "year"). */
  year: string;
  /** Date as results show it: "15/03/2022" or "tháng 02/2022". */
  date: string;
  /** Tag ids (filter "tag"). */
  tags: string[];
}

/** An item dated by a moment, as news and articles are by publication: its day in Vietnam. Any type can use it. */
export function publicationFacets(type: SearchType, publishedAt: Date, tags: string[] = []): SearchFacets {
  const day = toCivilDate(publishedAt);
  return { type, year: day.slice(0, 4), date: formatDate(day), tags };
}

/** An event: the day it (first) starts, "2025-05-20" or "2025-05-20T08:00". */
export function eventFacets(start: string): SearchFacets {
  const day = start.slice(0, 10) as CivilDate;
  return { type: 'su-kien', year: day.slice(0, 4), date: formatDate(day), tags: [] };
}

/** A plan: the year its period starts and the date its document was issued. */
export function planFacets(periodStart: string, issued: string): SearchFacets {
  return { type: 'ke-hoach', year: periodStart.slice(0, 4), date: formatPartialDate(issued), tags: [] };
}

/** A document of the register: the year and date it was issued. */
export function documentFacets(issued: string): SearchFacets {
  return { type: 'van-ban', year: issued.slice(0, 4), date: formatPartialDate(issued), tags: [] };
}

/** An answered question: the day it was answered. */
export function questionFacets(answeredAt: string): SearchFacets {
  return { type: 'hoi-dap', year: answeredAt.slice(0, 4), date: formatDate(answeredAt as CivilDate), tags: [] };
}

/**
 * The hidden markers BaseLayout writes inside <main>: one element per filter
 * value, because Pagefind takes at most one inline "key:value" per attribute.
 * Values are ids and digits, so no comma or colon needs escaping.
 */
export function facetMarkers(facets: SearchFacets): { filter?: string; meta?: string }[] {
  return [
    { filter: `type:${facets.type}` },
    { filter: `year:${facets.year}` },
    ...facets.tags.map((tag) => ({ filter: `tag:${tag}` })),
    { meta: `date:${facets.date}` },
  ];
}

/** The parts of the site's content that facets are computed from (SiteContent fits). */
export interface SearchableContent {
  news: readonly { data: { publishedAt: Date; tags: string[] } }[];
  articles: readonly { data: { publishedAt: Date; tags: string[] } }[];
  events: readonly { data: { start: string } }[];
  plans: readonly { data: { period: { start: string }; document: { issued: string } } }[];
  documents?: readonly { data: { issued: string } }[];
  questions?: readonly { data: { answeredAt: string } }[];
}

/** Facets of every searchable item, as their pages write them. */
export function siteFacets(site: SearchableContent): SearchFacets[] {
  return [
    ...site.news.map((entry) => publicationFacets('tin-tuc', entry.data.publishedAt, entry.data.tags)),
    ...site.articles.map((entry) => publicationFacets('bai-viet', entry.data.publishedAt, entry.data.tags)),
    ...site.events.map((entry) => eventFacets(entry.data.start)),
    ...site.plans.map((plan) => planFacets(plan.data.period.start, plan.data.document.issued)),
    ...(site.documents ?? []).map((entry) => documentFacets(entry.data.issued)),
    ...(site.questions ?? []).map((entry) => questionFacets(entry.data.answeredAt)),
  ];
}
