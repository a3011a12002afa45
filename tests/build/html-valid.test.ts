/**
 * Every built page is valid HTML, checked by html-validate with its
 * recommended rules (tests/support/html-validate.ts).
 */
import { beforeAll, expect, inject, it } from 'vitest';
import { htmlFindings } from '../support/html-validate.ts';

let dir: string;
beforeAll(() => {
  dir = inject('siteDir');
});

it('every page is valid HTML', async () => {
  expect(await htmlFindings(dir)).toEqual([]);
});
