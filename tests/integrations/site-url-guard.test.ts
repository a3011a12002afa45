/** src/integrations/site-url-guard.ts on its own: only `astro build` is stopped, and only without a public SITE_URL. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import siteUrlGuard from '../../src/integrations/site-url-guard.ts';

const setup = (command: string) => siteUrlGuard().hooks['astro:config:setup']!({ command } as never);
afterEach(() => vi.unstubAllEnvs());

describe('site-url-guard', () => {
  it('stops a build without SITE_URL or with a local one', () => {
    vi.stubEnv('LOCAL_BUILD', '');
    vi.stubEnv('SITE_URL', '');
    expect(() => setup('build')).toThrow(/^SITE_URL is not set/);
    vi.stubEnv('SITE_URL', 'http://localhost:4321');
    expect(() => setup('build')).toThrow(/points at this machine/);
  });

  it('lets a build with a public address, a local build, and dev, preview and check through', () => {
    vi.stubEnv('LOCAL_BUILD', '');
    vi.stubEnv('SITE_URL', '');
    for (const command of ['dev', 'preview', 'sync']) expect(() => setup(command), command).not.toThrow();
    vi.stubEnv('SITE_URL', 'https://doluong.bacgiang.gov.vn');
    expect(() => setup('build')).not.toThrow();
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('LOCAL_BUILD', '1');
    expect(() => setup('build')).not.toThrow();
  });
});
