/**
 * One built page per route: the route patterns come from the files under
 * src/pages/ (what Astro builds pages from), so a page type added later is
 * checked without anyone listing it. Endpoints (.ts) build no HTML pages.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT } from './build-site.ts';

export interface Route {
  /** The page file, e.g. "tin-tuc/[slug].astro". */
  file: string;
  pattern: RegExp;
  /** Lower sorts first when several routes match (Astro prefers static segments over parameters). */
  rank: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toRoute(file: string): Route {
  if (file === '404.astro') return { file, pattern: /^\/404\.html$/, rank: -1000 };
  const segments = file.replace(/\.astro$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  let source = '^';
  let rest = false;
  let fixed = 0;
  let parameters = 0;
  for (const segment of segments) {
    if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
      source += '(?:/.+)?';
      rest = true;
    } else if (segment.includes('[')) {
      source += `/${segment.split(/\[[^\]]+\]/).map(escape).join('[^/]+')}`;
      parameters += 1;
    } else {
      source += `/${escape(segment)}`;
      fixed += 1;
    }
  }
  // Like Astro: routes without a rest parameter first, then more fixed segments, then fewer parameters.
  return { file, pattern: new RegExp(`${source}/$`), rank: (rest ? 1000 : 0) - fixed * 10 + parameters };
}

export function pageRoutes(pagesDir = join(ROOT, 'src/pages')): Route[] {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => toRoute(relative(pagesDir, join(entry.parentPath, entry.name)).split(sep).join('/')))
    .sort((a, b) => a.rank - b.rank);
}

/**
 * The first built page (by path) of every route; a built page no route
 * explains (a static HTML file from public/) stands for itself.
 */
export function onePagePerRoute(paths: readonly string[], routes: readonly Route[] = pageRoutes()): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const route = routes.find((candidate) => candidate.pattern.test(path))?.file ?? path;
    if (!chosen.has(route)) chosen.set(route, path);
  }
  return chosen;
}
