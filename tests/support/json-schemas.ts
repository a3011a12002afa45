/**
 * The JSON the site publishes, checked by ajv against the schemas the site
 * publishes itself (/api/v1/schema/: API index pages, API items, JSON Feed 1.1).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { listFiles } from './dist.ts';

export const readJson = (dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown> & { items: Record<string, unknown>[] };

export function jsonValidators(dir: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const compile = (name: string) => ajv.compile(JSON.parse(readFileSync(join(dir, `api/v1/schema/${name}.json`), 'utf8')));
  return { index: compile('index'), item: compile('item'), jsonFeed: compile('json-feed') };
}

/** Every API document and JSON Feed of a build that does not match its schema, with ajv's reasons; empty when all do. */
export function jsonSchemaFindings(dir: string): string[] {
  const check = jsonValidators(dir);
  const findings: string[] = [];
  for (const file of listFiles(join(dir, 'api/v1'))) {
    if (file.startsWith('schema/')) continue;
    const validate = /^(news|articles)(\/page\/\d+)?\.json$/.test(file) ? check.index : check.item;
    if (!validate(readJson(dir, `api/v1/${file}`))) findings.push(`api/v1/${file}: ${JSON.stringify(validate.errors)}`);
  }
  for (const file of listFiles(dir).filter((name) => name.endsWith('feed.json') && !name.startsWith('api/'))) {
    if (!check.jsonFeed(readJson(dir, file))) findings.push(`${file}: ${JSON.stringify(check.jsonFeed.errors)}`);
  }
  return findings;
}
