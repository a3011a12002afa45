/**
 * Astro integration: gives the CMS page (/admin/) the CMS's own
 * Content-Security-Policy. Astro's security.csp writes the site policy into
 * every page's <meta>, and a page cannot opt out or drop directives; Decap
 * needs a wider one (admin/policy.ts), so once the site is built the meta
 * policy of the admin page is replaced, never added to (a browser enforces
 * every policy it is given, so two tags would only narrow it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { backendFromEnv } from '../../admin/backend.ts';
import { adminPolicy } from '../../admin/policy.ts';

const META = /(<meta http-equiv="content-security-policy" content=")[^"]*(")/i;

export default function adminPolicyIntegration(): AstroIntegration {
  return {
    name: 'admin-policy',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = join(fileURLToPath(dir), 'admin/index.html');
        const html = await readFile(file, 'utf8').catch(() => undefined);
        if (html === undefined || !META.test(html)) return;
        const policy = adminPolicy(backendFromEnv(process.env)).replace(/"/g, '&quot;');
        await writeFile(file, html.replace(META, `$1${policy}$2`));
      },
    },
  };
}
