import { slugify } from './slug.ts';

/** Every public URL the site builds, in one place (Vietnamese paths without diacritics). */
export const urls = {
  home: () => '/',
  newsList: () => '/tin-tuc/',
  news: (id: string) => `/tin-tuc/${id}/`,
  articleList: () => '/bai-viet/',
  article: (id: string) => `/bai-viet/${id}/`,
  category: (id: string) => `/bai-viet/chuyen-muc/${id}/`,
  eventList: () => '/su-kien/',
  event: (id: string) => `/su-kien/${id}/`,
  /** One event as an iCalendar file, next to its page. */
  eventIcs: (id: string) => `/su-kien/${id}.ics`,
  /** The iCalendar feed of every event. */
  eventFeed: () => '/su-kien.ics',
  /** The month calendar, month as "YYYY-MM". */
  eventMonth: (month: string) => `/su-kien/thang/${month}/`,
  /** Events of a past year. */
  eventYear: (year: number) => `/su-kien/nam/${year}/`,
  planList: () => '/ke-hoach/',
  plan: (id: string) => `/ke-hoach/${id}/`,
  /** Anchor of a task row on its plan page. */
  task: (plan: string, code: string) => `/ke-hoach/${plan}/#${taskAnchor(code)}`,
  /** A task's own page (its permalink): "II.3.c" → /ke-hoach/2022/nhiem-vu/ii-3-c/. */
  taskPage: (plan: string, code: string) => `/ke-hoach/${plan}/nhiem-vu/${taskSlug(code)}/`,
  /** Progress open data of a plan. */
  planCsv: (plan: string) => `/ke-hoach/${plan}/tien-do.csv`,
  planJson: (plan: string) => `/ke-hoach/${plan}/tien-do.json`,
  /** The market finder, its page per commune ("xa") or former district ("huyen-cu"), and a market's place on the finder. */
  markets: () => '/kiem-dinh-cho/',
  marketPlace: (kind: string, name: string) => `/kiem-dinh-cho/${kind}/${slugify(name)}/`,
  market: (id: string) => `/kiem-dinh-cho/#cho-${id}`,
  tagList: () => '/the/',
  tag: (id: string) => `/the/${id}/`,
  about: () => '/gioi-thieu/',
  contact: () => '/lien-he/',
  /** Báo chí: feeds, API and reuse terms for newsrooms. */
  press: () => '/bao-chi/',
  search: () => '/tim-kiem/',
  /** Văn bản: the documents register, a document, one filter value's page. */
  documentList: () => '/van-ban/',
  document: (id: string) => `/van-ban/${id}/`,
  documentFilter: (filter: string, value: string) => `/van-ban/${filter}/${value}/`,
  /** Hỏi đáp: answered questions. */
  questionList: () => '/hoi-dap/',
  question: (id: string) => `/hoi-dap/${id}/`,
  /** The one page in English. */
  english: () => '/en/',
  /** Tuyên bố về khả năng tiếp cận. */
  accessibility: () => '/kha-nang-tiep-can/',
} as const;

/** The element id of a task row, matching urls.task. */
export function taskAnchor(code: string): string {
  return `nv-${code.replace(/\./g, '-')}`;
}

/**
 * An absolute URL as a person reads it, for text on a page (never for href):
 * "https://…/tin-tuc/…/" rather than "https://…/tin-tuc/%E2%80%A6/".
 */
export function readableUrl(path: string, site: URL | string | undefined): string {
  return decodeURI(new URL(path, site).href);
}

/** A task code as a path segment: "II.3.c" → "ii-3-c". */
export function taskSlug(code: string): string {
  return code.toLowerCase().replace(/\./g, '-');
}
