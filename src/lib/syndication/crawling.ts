/**
 * What crawlers are told: the sitemap lists every public page except the
 * private ones (the CMS under /admin/), and robots.txt keeps robots out of
 * those and points them to the sitemap. One list serves both.
 */

/** Site paths (prefixes) that are not for the public or for search engines. */
export const PRIVATE_PATHS = ['/admin/'] as const;

/** Whether a page URL (absolute or a site path) belongs in the sitemap. */
export function inSitemap(page: string): boolean {
  const path = new URL(page, 'http://site.invalid').pathname;
  return !PRIVATE_PATHS.some((prefix) => path === prefix.slice(0, -1) || path.startsWith(prefix));
}

/** The sitemap index @astrojs/sitemap writes. */
export const SITEMAP_PATH = '/sitemap-index.xml';

export function robotsTxt(site: URL): string {
  return ['User-agent: *', ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`), '', `Sitemap: ${new URL(SITEMAP_PATH, site).href}`, ''].join('\n');
}
