/**
 * A production build never ships a local address: `astro build` without
 * SITE_URL, or with a local one, stops before building, saying how to fix it;
 * and the press page shows its example URLs as a person reads them.
 */
import { describe, expect, inject, it } from 'vitest';
import { buildFailure } from '../support/build-site.ts';
import { pageText, readPage } from '../support/dist.ts';

describe('the public address of a production build', () => {
  it('stops a build with SITE_URL unset, naming the variable and the fix', async () => {
    const log = await buildFailure({ key: 'no-site-url', env: { LOCAL_BUILD: '', SITE_URL: '' } });
    expect(log).toMatch(/SITE_URL is not set: feeds, canonical links and the press page would say http:\/\/localhost:4321\. Set the public address, e\.g\. SITE_URL=https:\/\//);
    expect(log).not.toMatch(/page\(s\) built/);
  });

  it('stops a build whose SITE_URL points at this machine', async () => {
    const log = await buildFailure({ key: 'local-site-url', env: { LOCAL_BUILD: '', SITE_URL: 'http://127.0.0.1:4321' } });
    expect(log).toMatch(/SITE_URL "http:\/\/127\.0\.0\.1:4321" points at this machine/);
  });

  it('the press page writes the attribution example with a readable URL', () => {
    const text = pageText(readPage(inject('siteDir'), 'bao-chi/index.html'));
    expect(text).toContain('http://localhost:4321/tin-tuc/…/');
    expect(text).not.toMatch(/%[0-9A-F]{2}/);
  });
});
