/**
 * How the build reads a content file's data: a YAML data file whole, a
 * Markdown or MDX file's front matter. YAML is read with js-yaml's core schema
 * (YAML 1.2 types: null, booleans, numbers, strings) and without its
 * timestamp type, which would turn `start: 2027-05-21T08:00:00` into a Date in
 * UTC before we ever see the text (seven hours early in Vietnam) and lose the
 * offset an editor wrote. Dates stay text and are read by readWallClock
 * (src/lib/dates.ts); a title "2025-05-20" stays the string it is.
 */
import yaml from 'js-yaml';
import { extractFrontmatter } from 'astro/markdown';

/** Whether a path is a YAML data file (else a Markdown/MDX file with front matter). */
const isYamlFile = (path: string): boolean => /\.ya?ml$/i.test(path);

/** The data of a content file from its source text; {} for a Markdown file without front matter. */
export function readContentData(source: string, path: string): unknown {
  const text = isYamlFile(path) ? source : extractFrontmatter(source);
  if (text === undefined) return {};
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: path }) ?? {};
}
