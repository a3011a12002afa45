/** The site's main sections, in menu order, and which one a URL belongs to. */
import { urls } from './urls.ts';

export interface NavItem {
  href: string;
  label: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { href: urls.home(), label: 'Trang chủ' },
  { href: urls.newsList(), label: 'Tin tức' },
  { href: urls.articleList(), label: 'Bài viết' },
  { href: urls.eventList(), label: 'Sự kiện' },
  { href: urls.planList(), label: 'Kế hoạch' },
  { href: urls.markets(), label: 'Kiểm định chợ' },
  { href: urls.about(), label: 'Giới thiệu' },
  { href: urls.contact(), label: 'Liên hệ' },
];

/** The menu item for a path: the longest href that prefixes it ("/" only for the home page). */
export function currentNavItem(pathname: string, items: readonly NavItem[] = MAIN_NAV): NavItem | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return items
    .filter((item) => (item.href === urls.home() ? path === urls.home() : path.startsWith(item.href)))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
