/**
 * The CMS page's Content-Security-Policy: the CMS policy of
 * src/lib/security/csp.ts, with connect-src widened to the origins of the
 * backend this build is configured for (a self-hosted GitLab, Gitea or
 * Forgejo, decap-server on another port), which that static policy cannot know.
 */
import { ADMIN_DIRECTIVES } from '../src/lib/security/csp.ts';
import type { BackendChoice } from './backend.ts';

/** Origins the CMS must fetch from for this backend (API and OAuth token endpoint). */
export function backendOrigins({ backend }: BackendChoice): string[] {
  const urls = [backend.api_root, backend.base_url, backend.proxy_url, (backend as { graphql_api_root?: string }).graphql_api_root];
  if (backend.name === 'gitlab') urls.push(backend.api_root ? undefined : 'https://gitlab.com');
  return [...new Set(urls.filter((url): url is string => Boolean(url)).map((url) => new URL(url).origin))];
}

export function adminPolicy(choice: BackendChoice): string {
  return ADMIN_DIRECTIVES.map((directive) => {
    if (!directive.startsWith('connect-src ')) return directive;
    const sources = directive.split(' ').slice(1);
    const extra = backendOrigins(choice).filter((origin) => !sources.includes(origin));
    return ['connect-src', ...sources, ...extra].join(' ');
  }).join('; ');
}
