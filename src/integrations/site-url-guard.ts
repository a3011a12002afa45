/**
 * Astro integration: `astro build` stops before doing any work when SITE_URL
 * is missing or local (src/lib/site-url.ts). `astro dev`, `astro preview` and
 * `astro check` are not builds and are never stopped.
 */
import type { AstroIntegration } from 'astro';
import { productionSiteUrlProblem } from '../lib/site-url.ts';

export default function siteUrlGuard(): AstroIntegration {
  return {
    name: 'site-url-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problem = productionSiteUrlProblem(process.env);
        if (problem) throw new Error(problem);
      },
    },
  };
}
