/** The site's main sections, in menu order, and which one a URL belongs to. */
export interface NavItem {
  href: string;
  label: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { href: '/', label: 'Trang chủ' },
  { href: '/tin-tuc/', label: 'Tin tức' },
  { href: '/bai-viet/', label: 'Bài viết' },
  { href: '/su-kien/', label: 'Sự kiện' },
  { href: '/ke-hoach/', label: 'Kế hoạch' },
  { href: '/gioi-thieu/', label: 'Giới thiệu' },
  { href: '/lien-he/', label: 'Liên hệ' },
];

/** The menu item for a path: the longest href that prefixes it ("/" only for the home page). */
export function currentNavItem(pathname: string, items: readonly NavItem[] = MAIN_NAV): NavItem | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return items
    .filter((item) => (item.href === '/' ? path === '/' : path.startsWith(item.href)))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/** Shown wherever a contact field is not known yet. */
export const PENDING = 'đang cập nhật';

export function orPending(value: string | undefined): string {
  return value && value.trim() ? value : PENDING;
}
