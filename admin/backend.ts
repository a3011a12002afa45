/**
 * Where the CMS reads and writes content, chosen at build time by environment
 * variables (documented in README, "Production backend"):
 * - CMS_BACKEND: proxy (default: decap-server on this machine, `npm run dev`),
 *   github, gitlab, gitea or forgejo;
 * - CMS_REPO ("owner/name"), CMS_BRANCH (default "main");
 * - CMS_API_ROOT: the forge's API (required for gitea and forgejo, e.g.
 *   https://git.example.gov.vn/api/v1; optional for a self-hosted GitLab);
 * - CMS_BASE_URL, CMS_AUTH_ENDPOINT: the OAuth server (GitHub: an OAuth proxy;
 *   GitLab / Gitea: the forge itself); CMS_APP_ID: the OAuth application id
 *   (GitLab, Gitea and Forgejo log in with PKCE, no server needed);
 * - CMS_EDITORIAL_WORKFLOW: "false" turns the review workflow off where it is on by default;
 * - DECAP_SERVER_PORT: decap-server's port for the proxy backend (default 8081).
 */
import type { CmsBackend, CmsPublishMode } from 'decap-cms-core';

export const BACKENDS = ['proxy', 'github', 'gitlab', 'gitea', 'forgejo'] as const;
export type BackendName = (typeof BACKENDS)[number];

/**
 * Backends that support the editorial workflow (bản nháp → chờ duyệt → sẵn
 * sàng → xuất bản). Decap's Gitea backend refuses it ("does not support
 * editorial workflow"), and decap-server in its default "fs" mode writes files
 * directly, so neither gets it.
 */
const WORKFLOW_BACKENDS: ReadonlySet<BackendName> = new Set(['github', 'gitlab', 'forgejo']);

export const DEFAULT_DECAP_SERVER_PORT = 8081;

export interface BackendChoice {
  backend: CmsBackend;
  publish_mode: CmsPublishMode;
}

type Env = Record<string, string | undefined>;

function required(env: Env, name: string, backend: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`CMS_BACKEND=${backend} needs ${name} (see README, "Production backend")`);
  return value;
}

function optional(env: Env, names: Record<string, keyof CmsBackend>): Partial<CmsBackend> {
  const result: Record<string, string> = {};
  for (const [variable, key] of Object.entries(names)) {
    const value = env[variable]?.trim();
    if (value) result[key] = value;
  }
  return result as Partial<CmsBackend>;
}

/** The backend section of the Decap configuration for the given environment. */
export function backendFromEnv(env: Env): BackendChoice {
  const name = (env.CMS_BACKEND?.trim() || 'proxy') as BackendName;
  if (!BACKENDS.includes(name)) throw new Error(`CMS_BACKEND must be one of ${BACKENDS.join(', ')}; got "${env.CMS_BACKEND}"`);
  if (name === 'proxy') {
    const port = Number(env.DECAP_SERVER_PORT ?? DEFAULT_DECAP_SERVER_PORT);
    if (!Number.isInteger(port) || port <= 0) throw new Error(`DECAP_SERVER_PORT must be a port number; got "${env.DECAP_SERVER_PORT}"`);
    return { backend: { name, proxy_url: `http://127.0.0.1:${port}/api/v1` }, publish_mode: 'simple' };
  }
  const backend: CmsBackend = {
    name,
    repo: required(env, 'CMS_REPO', name),
    branch: env.CMS_BRANCH?.trim() || 'main',
    ...optional(env, { CMS_API_ROOT: 'api_root', CMS_BASE_URL: 'base_url', CMS_AUTH_ENDPOINT: 'auth_endpoint', CMS_APP_ID: 'app_id' }),
  };
  if (name === 'gitea' || name === 'forgejo') backend.api_root = required(env, 'CMS_API_ROOT', name);
  if (name === 'gitea' && !backend.base_url) backend.base_url = backend.api_root!.replace(/\/api\/[^/]+\/?$/, '');
  if ((name === 'gitlab' || name === 'gitea' || name === 'forgejo') && backend.app_id) backend.auth_type = 'pkce';
  const workflow = WORKFLOW_BACKENDS.has(name) && env.CMS_EDITORIAL_WORKFLOW?.trim().toLowerCase() !== 'false';
  return { backend, publish_mode: workflow ? 'editorial_workflow' : 'simple' };
}
