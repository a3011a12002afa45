import { describe, expect, it } from 'vitest';
import { productionSiteUrlProblem, siteUrl } from '../../src/lib/site-url.ts';
import { readableUrl, urls } from '../../src/lib/urls.ts';

describe('the public address of a production build', () => {
  it('accepts a public https or http address', () => {
    expect(productionSiteUrlProblem({ SITE_URL: 'https://doluong.bacgiang.gov.vn' })).toBeUndefined();
    expect(productionSiteUrlProblem({ SITE_URL: 'http://10.0.0.5/' })).toBeUndefined();
    expect(siteUrl({ SITE_URL: 'https://doluong.bacgiang.gov.vn' })).toBe('https://doluong.bacgiang.gov.vn');
  });

  it('refuses an unset, local or malformed address with the fix in the message', () => {
    expect(productionSiteUrlProblem({})).toMatch(/^SITE_URL is not set: .*http:\/\/localhost:4321.*SITE_URL=https:\/\//);
    for (const local of ['http://localhost:4321', 'http://127.0.0.1:8080/', 'http://[::1]/', 'http://site.localhost/', 'http://0.0.0.0/']) {
      expect(productionSiteUrlProblem({ SITE_URL: local }), local).toMatch(/points at this machine/);
    }
    expect(productionSiteUrlProblem({ SITE_URL: 'doluong.bacgiang.gov.vn' })).toMatch(/is not a URL/);
    expect(productionSiteUrlProblem({ SITE_URL: 'ftp://doluong.bacgiang.gov.vn' })).toMatch(/must start with https/);
  });

  it('lets a build for this machine say so, and defaults to the local address', () => {
    expect(productionSiteUrlProblem({ LOCAL_BUILD: '1' })).toBeUndefined();
    expect(productionSiteUrlProblem({ LOCAL_BUILD: '', SITE_URL: 'http://localhost:4321' })).toBeDefined();
    expect(siteUrl({})).toBe('http://localhost:4321');
  });
});

describe('readable URLs', () => {
  it('shows Vietnamese and punctuation in a path as text, not percent-escapes', () => {
    expect(readableUrl(urls.news('…'), 'https://doluong.bacgiang.gov.vn')).toBe('https://doluong.bacgiang.gov.vn/tin-tuc/…/');
    expect(readableUrl('/tìm kiếm/', 'https://doluong.bacgiang.gov.vn')).toBe('https://doluong.bacgiang.gov.vn/tìm kiếm/');
  });
});
