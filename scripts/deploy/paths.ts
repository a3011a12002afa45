/** Where the deploy scripts find the project and the files they ship. */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The nginx files in deploy/nginx/: http level (conf.d) and server level (snippets). */
export const NGINX_FILES = { http: 'do-luong.http.conf', server: 'do-luong.server.conf' } as const;
export const NGINX_DIR = join(ROOT, 'deploy/nginx');
