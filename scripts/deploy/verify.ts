/**
 * Checks a built release before it goes live, with tools we did not write:
 * every internal link, image and stylesheet answers (linkinator, crawling the
 * release served on 127.0.0.1), every RSS feed parses (Python's feedparser),
 * every JSON Feed matches the JSON Feed schema the site publishes (ajv), and
 * every calendar parses and survives a round trip (Mozilla's ical.js). The
 * parsers are the ones the tests use (tests/support/), so a deploy holds a
 * release to what `npm test` holds the build to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LinkChecker, LinkState } from 'linkinator';
import { listFiles, pagePath } from '../../tests/support/dist.ts';
import { parseFeeds } from '../../tests/support/feedparser.ts';
import { parseCalendar } from '../../tests/support/icalendar.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { precompress } from './precompress.ts';
import { BUILD_MARK } from '../../src/lib/build-output.ts';

/** Internal URLs that do not resolve, as "page → link (status)". */
async function brokenLinks(dir: string, files: readonly string[]): Promise<string[]> {
  const server = await serveStatic(dir);
  try {
    const pages = files.filter((file) => file.endsWith('.html') && file !== '404.html').map((file) => `${server.url}${encodeURI(pagePath(file))}`);
    const result = await new LinkChecker().check({
      path: pages,
      recurse: true,
      concurrency: 8,
      // Only our own files: the canonical and feed links name the public address, and outside links are not ours to fix.
      linksToSkip: async (link) => !link.startsWith(`${server.url}/`),
    });
    return result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${decodeURI(link.parent?.replace(server.url, '') ?? '?')} → ${decodeURI(link.url.replace(server.url, ''))} (${link.status ?? 'no answer'})`);
  } finally {
    await server.close();
  }
}

function feedProblems(dir: string, files: readonly string[]): string[] {
  const rss = files.filter((file) => /(^|\/)rss\.xml$/.test(file));
  const problems = parseFeeds(rss.map((file) => join(dir, file)))
    .filter((feed) => feed.bozo || !feed.version.startsWith('rss'))
    .map((feed) => `${feed.path.slice(dir.length + 1)}: not a valid RSS feed (${feed.bozo_exception || feed.version || 'unknown format'})`);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const jsonFeed = ajv.compile(JSON.parse(readFileSync(join(dir, 'api/v1/schema/json-feed.json'), 'utf8')));
  for (const file of files.filter((name) => /(^|\/)feed\.json$/.test(name))) {
    if (!jsonFeed(JSON.parse(readFileSync(join(dir, file), 'utf8')))) problems.push(`${file}: not a valid JSON Feed: ${ajv.errorsText(jsonFeed.errors)}`);
  }
  if (rss.length === 0) problems.push('no RSS feed (rss.xml) in the release');
  return problems;
}

function calendarProblems(dir: string, files: readonly string[]): string[] {
  const calendars = files.filter((file) => file.endsWith('.ics'));
  const problems = calendars.flatMap((file) => {
    try {
      return parseCalendar(readFileSync(join(dir, file), 'utf8')).problems.map((problem) => `${file}: ${problem}`);
    } catch (error) {
      return [`${file}: not a valid calendar: ${(error as Error).message}`];
    }
  });
  if (!calendars.includes('su-kien.ics')) problems.push('no event calendar (su-kien.ics) in the release');
  return problems;
}

/** Every problem found in the release at `dir`; empty when it may go live. */
export async function verifyRelease(dir: string): Promise<string[]> {
  if (existsSync(join(dir, BUILD_MARK))) return [`${BUILD_MARK}: the build that wrote this folder did not finish, so it holds the last build's files and this one's mixed; build again`];
  const files = listFiles(dir);
  const missing = ['index.html', '404.html'].filter((file) => !files.includes(file)).map((file) => `${file} is missing`);
  if (missing.length > 0) return missing;
  return [...feedProblems(dir, files), ...calendarProblems(dir, files), ...(await brokenLinks(dir, files))];
}

/** Verifies a release and, when it passes, precompresses it; returns the problems (none: ready to go live). */
export async function prepareRelease(dir: string): Promise<string[]> {
  console.log(`Verifying ${dir}: internal links, feeds, calendars…`);
  const problems = await verifyRelease(dir);
  if (problems.length === 0) console.log(`Verified. Precompressed ${precompress(dir)} files.`);
  return problems;
}
