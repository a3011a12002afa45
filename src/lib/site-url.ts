/**
 * The site's public address (SITE_URL), and the rule that a production build
 * never ships with a local one: canonical links, feeds, the calendar and the
 * press page would otherwise tell every reader and newsroom
 * "http://localhost:4321". Builds for this machine only (tests, `npm run
 * preview`) say so with LOCAL_BUILD=1.
 */

/** Where `npm run dev` and `npm run preview` answer; the address of a local build. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The address Astro is configured with. */
export function siteUrl(env: NodeJS.ProcessEnv): string {
  return env.SITE_URL || LOCAL_SITE_URL;
}

function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host);
}

/**
 * Why a production build may not use this environment's SITE_URL, or
 * undefined when it may. LOCAL_BUILD=1 marks a build meant for this machine.
 */
export function productionSiteUrlProblem(env: NodeJS.ProcessEnv): string | undefined {
  if (env.LOCAL_BUILD === '1') return undefined;
  const how = 'Set the public address, e.g. SITE_URL=https://doluong.bacgiang.gov.vn npm run build (or LOCAL_BUILD=1 for a build to view on this machine only).';
  if (!env.SITE_URL) return `SITE_URL is not set: feeds, canonical links and the press page would say ${LOCAL_SITE_URL}. ${how}`;
  let url: URL;
  try {
    url = new URL(env.SITE_URL);
  } catch {
    return `SITE_URL "${env.SITE_URL}" is not a URL. ${how}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL "${env.SITE_URL}" must start with https://. ${how}`;
  if (isLocalHost(url.hostname)) return `SITE_URL "${env.SITE_URL}" points at this machine, not at the public site. ${how}`;
  return undefined;
}
