/**
 * Reads content files the way the build does, for tests that validate single
 * files without a build: YAML data files, and Markdown front matter.
 * js-yaml is what Astro itself uses to parse front matter and YAML.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export function readContentData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (/\.ya?ml$/.test(path)) return yaml.load(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${path}: no front matter`);
  return yaml.load(match[1] ?? '');
}
