/**
 * Every built page is valid HTML, checked by html-validate with its
 * recommended rules (one finding per line: page, rule, message, element).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeAll, expect, inject, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';

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

let dir: string;
beforeAll(() => {
  dir = inject('siteDir');
});

it('every page is valid HTML', async () => {
  const findings: string[] = [];
  for (const file of htmlPages(dir)) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      findings.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
    }
  }
  expect(findings).toEqual([]);
});
