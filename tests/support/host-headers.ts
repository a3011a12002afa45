/**
 * Reads a Netlify-style `_headers` file (public/_headers) and answers which
 * headers a path gets, so tests can serve the built site the way the host
 * will. Netlify's rules, from its headers parser: every rule whose path
 * pattern matches applies, and for the same header the later rule wins.
 * Patterns used here: exact paths and a trailing "*" (any rest of the path).
 */
import { readFileSync } from 'node:fs';

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => matches(rule.path, pathname)).map((rule) => rule.headers));
}

/** The headers function serveStatic takes, from a `_headers` file. */
export function hostHeaders(file: string): (pathname: string) => Record<string, string> {
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return (pathname) => headersFor(rules, pathname);
}
