/** The CMS configuration's moving parts: backend from the environment, the page's policy, blanks dropped before a save, today's date. */
import { describe, expect, it } from 'vitest';
import { backendFromEnv } from '../../admin/backend.ts';
import { cmsConfig } from '../../admin/config.ts';
import { adminPolicy } from '../../admin/policy.ts';
import { dropBlankOptionals } from '../../admin/app/clean.ts';
import { resolveToday } from '../../admin/app/today.ts';
import { vietnamesePhrases } from '../../admin/app/locale.ts';
import { joinLocalDateTime, localDateTimeText, splitLocalDateTime } from '../../admin/app/local-date.ts';
import { isBlank } from '../../admin/app/blank.ts';
import { adminMetaPolicy } from '../../src/lib/security/csp.ts';

describe('backendFromEnv', () => {
  it('defaults to decap-server on loopback, without the editorial workflow', () => {
    expect(backendFromEnv({})).toEqual({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' }, publish_mode: 'simple' });
    expect(backendFromEnv({ DECAP_SERVER_PORT: '9000' }).backend.proxy_url).toBe('http://127.0.0.1:9000/api/v1');
  });

  it('GitHub and GitLab get the editorial workflow, which CMS_EDITORIAL_WORKFLOW=false turns off', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'so-khcn/do-luong', CMS_BASE_URL: 'https://oauth.example.vn' })).toEqual({
      backend: { name: 'github', repo: 'so-khcn/do-luong', branch: 'main', base_url: 'https://oauth.example.vn' },
      publish_mode: 'editorial_workflow',
    });
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'id', CMS_BRANCH: 'xuat-ban' })).toEqual({
      backend: { name: 'gitlab', repo: 'a/b', branch: 'xuat-ban', app_id: 'id', auth_type: 'pkce' },
      publish_mode: 'editorial_workflow',
    });
    expect(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_EDITORIAL_WORKFLOW: 'false' }).publish_mode).toBe('simple');
  });

  it('Gitea (no workflow in Decap) and Forgejo (workflow) need their API root; Gitea logs in on the same host', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: 'https://git.example.vn/api/v1', CMS_APP_ID: 'x' })).toEqual({
      backend: { name: 'gitea', repo: 'a/b', branch: 'main', api_root: 'https://git.example.vn/api/v1', base_url: 'https://git.example.vn', app_id: 'x', auth_type: 'pkce' },
      publish_mode: 'simple',
    });
    expect(backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_API_ROOT: 'https://git.example.vn/api/v1' }).publish_mode).toBe('editorial_workflow');
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b' })).toThrow('CMS_BACKEND=gitea needs CMS_API_ROOT');
  });

  it('names what is missing or wrong', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow('CMS_BACKEND=github needs CMS_REPO');
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow('CMS_BACKEND must be one of proxy, github, gitlab, gitea, forgejo; got "bitbucket"');
    expect(() => backendFromEnv({ DECAP_SERVER_PORT: 'abc' })).toThrow('DECAP_SERVER_PORT must be a port number');
  });
});

describe('the whole configuration', () => {
  const { config } = cmsConfig({}, { name: 'Đo lường Bắc Giang', url: 'https://doluong.example.vn/' });
  it('is in Vietnamese, stores uploads in content/anh/ and makes slugs without diacritics', () => {
    expect(config).toMatchObject({
      locale: 'vi',
      load_config_file: false,
      media_folder: 'content/anh',
      slug: { encoding: 'ascii', clean_accents: true },
      site_url: 'https://doluong.example.vn/',
    });
  });
  it('stores cover images as paths from the entry into content/anh/', () => {
    const news = config.collections.find((collection) => collection.name === 'news')!;
    const cover = news.fields!.find((field) => field.name === 'cover') as { fields: { name: string; widget: string; media_folder?: string; public_folder?: string }[] };
    expect(cover.fields.find((field) => field.name === 'src')).toMatchObject({ widget: 'image', media_folder: '/content/anh', public_folder: '../anh' });
  });
});

describe('adminPolicy', () => {
  it('is the CMS policy of src/lib/security/csp.ts for the default backend', () => {
    expect(adminPolicy(backendFromEnv({}))).toBe(adminMetaPolicy());
  });
  it('lets the CMS reach a self-hosted forge', () => {
    const policy = adminPolicy(backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_API_ROOT: 'https://git.example.vn/api/v1' }));
    expect(policy).toMatch(/connect-src 'self' [^;]* https:\/\/git\.example\.vn(;|$)/);
    expect(adminPolicy(backendFromEnv({ DECAP_SERVER_PORT: '9000' }))).toContain('http://127.0.0.1:9000');
  });
});

describe('dropBlankOptionals', () => {
  const fields = [
    { name: 'title', required: true },
    { name: 'updatedAt', required: false },
    { name: 'cover', required: false, fields: [{ name: 'src' }, { name: 'alt' }] },
    { name: 'tasks', required: true, fields: [{ name: 'code' }, { name: 'budget', required: false }] },
  ];
  it('drops what an emptied optional field leaves behind', () => {
    expect(dropBlankOptionals(fields, { title: 'A', updatedAt: '', cover: { src: '', alt: '' }, tasks: [{ code: 'I.1', budget: '' }] })).toEqual({ title: 'A', tasks: [{ code: 'I.1' }] });
  });
  it('keeps blanks the file already had, and every required field', () => {
    const data = { title: '', updatedAt: '', tasks: [{ code: 'I.1', budget: null }] };
    expect(dropBlankOptionals(fields, data, { updatedAt: '', tasks: [{ code: 'I.1', budget: null }] })).toEqual(data);
  });
});

describe('isBlank', () => {
  it('is blank for "", null, undefined and objects of blanks, Immutable values included', () => {
    for (const lists of ['filled', 'blank-when-empty'] as const) {
      expect(isBlank({ src: '', alt: null }, { lists })).toBe(true);
      expect(isBlank({ toJS: () => ({ src: '' }) }, { lists })).toBe(true);
      expect(isBlank({ src: 'a.jpg' }, { lists })).toBe(false);
      expect(isBlank(0, { lists })).toBe(false);
    }
  });
  it('counts an empty list as a value when saving, and as blank for the optional-object widget', () => {
    expect(isBlank({ items: [] }, { lists: 'filled' })).toBe(false);
    expect(isBlank({ items: [] }, { lists: 'blank-when-empty' })).toBe(true);
    expect(isBlank({ items: [''] }, { lists: 'blank-when-empty' })).toBe(true);
    expect(isBlank({ items: ['x'] }, { lists: 'blank-when-empty' })).toBe(false);
  });
});

describe('dates', () => {
  it('"{{today}}" becomes the day in Vietnam, which is already tomorrow at 20:00 UTC', () => {
    expect(resolveToday({ default: '{{today}}', nested: [{ default: '{{today}}' }] }, new Date('2026-11-24T20:00:00Z'))).toEqual({ default: '2026-11-25', nested: [{ default: '2026-11-25' }] });
  });
  it('local-datetime keeps a day alone or a day and time', () => {
    expect(splitLocalDateTime('2025-05-20 08:30')).toEqual({ date: '2025-05-20', time: '08:30' });
    expect(splitLocalDateTime('2022-01-20')).toEqual({ date: '2022-01-20', time: '' });
    expect(joinLocalDateTime('2022-01-20', '')).toBe('2022-01-20');
    expect(joinLocalDateTime('2022-01-20', '14:00')).toBe('2022-01-20T14:00');
    expect(joinLocalDateTime('', '14:00')).toBe('');
  });
  it('reads a stored day as the site writes it, dd/mm/yyyy, and nothing for what is not a day', () => {
    expect(localDateTimeText('2026-11-21')).toBe('21/11/2026');
    expect(localDateTimeText('2026-11-21T08:00')).toBe('21/11/2026 lúc 08:00');
    expect(localDateTimeText('2026-13-40')).toBe('');
    expect(localDateTimeText(undefined)).toBe('');
  });
});

describe('the Vietnamese interface', () => {
  it('has a Vietnamese phrase for every English one of Decap', async () => {
    const en = (await import('decap-cms-locales/dist/esm/en/index.js')).default;
    const vi = (await import('decap-cms-locales/dist/esm/vi/index.js')).default;
    const merged = vietnamesePhrases(vi as never);
    const missing = (english: Record<string, unknown>, local: Record<string, unknown>, path: string): string[] =>
      Object.entries(english).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null
          ? missing(value as Record<string, unknown>, (local[key] ?? {}) as Record<string, unknown>, `${path}${key}.`)
          : key in local ? [] : [`${path}${key}`],
      );
    expect(missing(en, merged, '')).toEqual([]);
  });

  it('says plainly what first editors misread, in characters Debian’s fonts draw', async () => {
    const vi = (await import('decap-cms-locales/dist/esm/vi/index.js')).default;
    const merged = vietnamesePhrases(vi as never) as Record<string, Record<string, Record<string, Record<string, string>>>>;
    expect(merged.collection!.collectionTop!.newButton).toBe('Thêm %{collectionLabel}');
    expect(merged.mediaLibrary!.mediaLibraryModal!.chooseSelected).toBe('Dùng tệp đã chọn');
    expect(merged.editor!.editor!.confirmLoadBackup).not.toMatch(/tải lên/);
    expect(merged.editor!.editorWidgets!.datetime).toMatchObject({ setToNow: 'Điền ngày giờ hiện tại' });
    const all = JSON.stringify(merged);
    // Full-width forms (U+FF00–FFEF) such as "＋" have no glyph in Debian's default fonts.
    expect(all.match(/[\uff00-\uffef]/gu) ?? []).toEqual([]);
  });
});
