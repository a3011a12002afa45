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
  planList: () => '/ke-hoach/',
  plan: (id: string) => `/ke-hoach/${id}/`,
  /** Anchor of a task row on its plan page. */
  task: (plan: string, code: string) => `/ke-hoach/${plan}/#nv-${code.replace(/\./g, '-')}`,
  tagList: () => '/the/',
  tag: (id: string) => `/the/${id}/`,
  about: () => '/gioi-thieu/',
  contact: () => '/lien-he/',
} as const;

/** The element id of a task row, matching urls.task. */
export function taskAnchor(code: string): string {
  return `nv-${code.replace(/\./g, '-')}`;
}
