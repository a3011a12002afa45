/**
 * Under `npm run dev` only: a public page that cannot be rendered because the
 * content has problems (loadSite throws a ContentError) answers with the
 * Vietnamese list of those problems and links to the CMS (problem-page.ts)
 * instead of Astro's stack trace. /admin/ never depends on content being valid.
 * Routes with getStaticPaths give no paths under dev when the content has
 * problems (pathsOf in src/data/site.ts), so their requests reach 404.astro,
 * whose loadSite() throws here like any other page's.
 * Builds are untouched: there a content problem stops the build.
 */
import { defineMiddleware } from 'astro:middleware';
import { contentErrorProblems } from './lib/validation/problem.ts';
import { problemPageHtml } from './lib/validation/problem-page.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.DEV) return next();
  try {
    return await next();
  } catch (error) {
    const problems = contentErrorProblems(error);
    if (!problems) throw error;
    return new Response(problemPageHtml(problems), { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
});
