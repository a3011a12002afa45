/**
 * Content-Security-Policy of the public site and of the CMS at /admin/. This
 * is the one definition: astro.config.mjs hands the site's directives to
 * Astro's `security.csp`, which writes a <meta> policy on every page with the
 * hashes of exactly the scripts and styles that page uses; public/_headers
 * (Netlify, Cloudflare Pages) and docs/nginx-security-headers.conf send the
 * header form; tests/build/security.test.ts checks that all of them agree.
 *
 * Why two layers. A <meta> policy cannot carry frame-ancestors and does not
 * protect files that are not HTML: an uploaded SVG opened on its own would run
 * its scripts with the site's origin. The header covers every file, the meta
 * tag covers hosts that send no headers. Where both apply the browser enforces
 * both, so the header may stay coarser on styles (inline <style> needs page
 * hashes) while the meta tag holds each page to its own hashes.
 */

/** Sources every page may use besides its own scripts and styles (directives Astro lets us set). */
export const SITE_DIRECTIVES = [
  "default-src 'self'",
  // data: covers images Vite inlines as data URIs (under 4 KB).
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index files from our own origin.
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * script-src sources for every page, besides the hashes Astro adds. Pagefind's
 * search core is WebAssembly, which browsers compile only with
 * 'wasm-unsafe-eval'; that grants WebAssembly compilation, not JavaScript eval.
 */
export const SITE_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * style-src-attr: GFM table alignment writes style="text-align: …" on cells.
 * Style attributes cannot run script, and the sanitiser lets through no other
 * style attribute from content (src/lib/security/content-html.ts).
 */
export const SITE_STYLE_ATTRIBUTE_SOURCES = ["'unsafe-inline'"] as const;

/** What only a header can say: nobody may frame the site. */
const HEADER_ONLY = ["frame-ancestors 'none'"] as const;

/** The site's policy as an HTTP header (applies to every file, SVG uploads included). */
export function siteHeaderPolicy(): string {
  return [
    ...SITE_DIRECTIVES,
    `script-src ${SITE_SCRIPT_SOURCES.join(' ')}`,
    // Inline <style> is held to hashes by each page's meta policy (see above).
    "style-src 'self' 'unsafe-inline'",
    ...HEADER_ONLY,
  ].join('; ');
}

/**
 * The CMS's policy. Decap CMS is a single-page app bundled into /admin/ from
 * our own origin (never a CDN); what it needs beyond 'self', from decaporg/
 * decap-cms#2138 and checked in Chromium by tests/build/security-admin.test.ts:
 * - 'unsafe-eval': its bundle compiles code at run time (ajv schema checks);
 * - style-src 'unsafe-inline': its styling (emotion) injects <style> elements;
 * - img-src blob: and data:: previews of images an editor has just picked;
 * - connect-src https://api.github.com: the GitHub backend's API;
 *   http://127.0.0.1:8081 and http://localhost:8081: decap-server when an
 *   editor works locally (npm run cms).
 */
export const ADMIN_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https://api.github.com http://127.0.0.1:8081 http://localhost:8081",
  "media-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The CMS's policy as a <meta> tag may carry it. */
export function adminMetaPolicy(): string {
  return ADMIN_DIRECTIVES.join('; ');
}

/** The CMS's policy as an HTTP header. */
export function adminHeaderPolicy(): string {
  return [...ADMIN_DIRECTIVES, ...HEADER_ONLY].join('; ');
}

/** Other headers every response gets (both hosts' files carry them). */
export const OTHER_SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
} as const;
