/**
 * Under `npm run dev` only: a public page that cannot be rendered because the
 * content has problems (loadSite throws a ContentError) answers with the
 * Vietnamese list of those problems and links to the CMS (problem-page.ts)
 * instead of Astro's stack trace. /admin/ never depends on content being valid.
 * Builds are untouched: there a content problem stops the build.
 */
import { defineMiddleware } from 'astro:middleware';
import type { Problem } from './lib/validation/problem.ts';
import { problemPageHtml } from './lib/validation/problem-page.ts';

/** A ContentError, also when it comes from another copy of the module (Vite's dev module graph). */
function contentProblems(error: unknown): readonly Problem[] | undefined {
  const candidate = error as { name?: unknown; problems?: unknown } | null;
  return candidate?.name === 'ContentError' && Array.isArray(candidate.problems) ? (candidate.problems as Problem[]) : undefined;
}

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.DEV) return next();
  try {
    return await next();
  } catch (error) {
    const problems = contentProblems(error);
    if (!problems) throw error;
    return new Response(problemPageHtml(problems), { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
});
