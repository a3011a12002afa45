/**
 * html-validate with its recommended rules, as every build test that checks
 * pages uses it (one finding per line: page, rule, message, element).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { htmlPages } from './dist.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // A search-engine heuristic, not validity: headlines are long in
      // Vietnamese and every title ends with the site's name.
      'long-title': 'off',
      // A scrolling table's wrapper is a focusable, labelled <div role="region">
      // (keyboard users must be able to scroll it), valid per ARIA in HTML; the
      // rule still holds for every other role (button, link, list…).
      'prefer-native-element': ['error', { exclude: ['region'] }],
    },
  }),
);

/** Every html-validate finding over the built pages of `dir`; empty when all are valid. */
export async function htmlFindings(dir: string): Promise<string[]> {
  const findings: string[] = [];
  for (const file of htmlPages(dir)) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      findings.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
    }
  }
  return findings;
}
