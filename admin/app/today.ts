/**
 * Defaults that depend on the day the editor opens the form: "{{today}}"
 * (admin/collections/shared.ts) becomes today's date in Vietnam. The
 * configuration is rendered at build time, so this must happen in the browser.
 */
import { toCivilDate } from '../../src/lib/dates.ts';

export function resolveToday<T>(config: T, now: Date): T {
  const today = toCivilDate(now);
  return JSON.parse(JSON.stringify(config), (_key, value: unknown) => (value === '{{today}}' ? today : value)) as T;
}
