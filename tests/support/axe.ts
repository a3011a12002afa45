/**
 * The one accessibility check every browser test calls (as GOV.UK Frontend's
 * shared/helpers/puppeteer.js does): axe-core with the rule set fixed here,
 * WCAG 2.1 levels A and AA (what the site promises, README "Budgets") plus
 * axe's best practices (landmarks, heading order, one <main>), which the site
 * also meets. A rule is switched off only in AXE_EXCEPTIONS, with its reason.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

/** Rules switched off for every page, rule id → why. None today: every page passes every rule of AXE_TAGS. */
export const AXE_EXCEPTIONS: Readonly<Record<string, string>> = {};

/** Every violation on the page as "rule (impact): element — what is wrong"; [] when it passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  const exceptions = Object.keys(AXE_EXCEPTIONS);
  if (exceptions.length > 0) builder.disableRules(exceptions);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${violation.help}`));
}
