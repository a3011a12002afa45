/**
 * The commit status an editor sees in the CMS: Decap's editorial workflow
 * shows, beside an entry awaiting publication, the status of its branch whose
 * context contains "deploy" (decap-cms-lib-util isPreviewContext), linked to
 * its target URL. CI posts one after each build (scripts/deploy/forge-status.ts)
 * with the line from src/lib/deploy/report.ts, linked to the run whose summary
 * holds the Vietnamese problem list, or to the site when it went well.
 *
 * GitHub: its job results are check runs, which Decap does not read, so the
 * status is posted through the statuses API. Forgejo: the same API under
 * /api/v1 (Decap's Gitea backend has no editorial workflow, but the forge's
 * commit list and pull requests show it). GitLab: every CI job is a commit
 * status named after the job, so the job "deploy-trang-web" already is one;
 * nothing is posted.
 */

/** Contains "deploy", so Decap picks it without a preview_context setting. */
export const STATUS_CONTEXT = 'deploy/trang-web';

export type Forge = 'github' | 'forgejo';
export type StatusState = 'pending' | 'success' | 'failure';

export interface StatusRequest {
  url: string;
  headers: Record<string, string>;
  body: { state: StatusState; context: string; description: string; target_url: string };
}

/** Reads a required variable, naming it when missing. */
function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: the commit status cannot be posted (run this inside the forge's CI)`);
  return value;
}

/**
 * The request that sets the status of STATUS_SHA (the branch head of a pull
 * request) or else GITHUB_SHA. Both forges' Actions set the GITHUB_* variables;
 * STATUS_TOKEN is the job's token. `targetUrl` overrides the run's page.
 */
export function statusRequest(forge: Forge, env: NodeJS.ProcessEnv, state: StatusState, description: string, targetUrl?: string): StatusRequest {
  const server = required(env, 'GITHUB_SERVER_URL').replace(/\/$/, '');
  const repository = required(env, 'GITHUB_REPOSITORY');
  const sha = env.STATUS_SHA || required(env, 'GITHUB_SHA');
  const token = required(env, 'STATUS_TOKEN');
  const api = forge === 'github' ? (env.GITHUB_API_URL || 'https://api.github.com') : `${server}/api/v1`;
  // Forgejo numbers runs per repository in its web pages; GitHub uses the run id.
  const run = forge === 'github' ? required(env, 'GITHUB_RUN_ID') : required(env, 'GITHUB_RUN_NUMBER');
  return {
    url: `${api}/repos/${repository}/statuses/${sha}`,
    headers: {
      authorization: forge === 'github' ? `Bearer ${token}` : `token ${token}`,
      accept: forge === 'github' ? 'application/vnd.github+json' : 'application/json',
      'content-type': 'application/json',
    },
    body: { state, context: STATUS_CONTEXT, description, target_url: targetUrl || `${server}/${repository}/actions/runs/${run}` },
  };
}
