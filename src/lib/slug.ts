/**
 * URL slugs from Vietnamese titles: diacritics removed, đ → d, lowercase,
 * words joined by "-". Stable: the same title always gives the same slug.
 */
export function slugify(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
