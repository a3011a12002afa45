/**
 * The whole Decap configuration: backend from the environment, collections
 * from admin/collections/ built against the schemas. The /admin page renders
 * it into the HTML at build time (CMS.init with load_config_file: false), so
 * there is no config.yml to drift.
 */
import type { CmsConfig } from 'decap-cms-core';
import { backendFromEnv } from './backend.ts';
import { definitions } from './collections/index.ts';
import { buildCollection } from './define.ts';
import { folderOf } from './collections/shared.ts';

export interface BuiltConfig {
  config: CmsConfig;
  /** Schema/CMS disagreements (see admin/define.ts); the parity test requires none. */
  problems: string[];
}

export function cmsConfig(env: Record<string, string | undefined>, site: { name: string; url?: string }): BuiltConfig {
  const built = definitions.map(buildCollection);
  const config: CmsConfig = {
    load_config_file: false,
    ...backendFromEnv(env),
    locale: 'vi',
    ...(site.url ? { site_url: site.url, display_url: site.url } : {}),
    logo: { src: '/favicon.svg', show_in_header: true },
    // Uploads land in content/anh/; collections store paths relative to the entry (see collections/shared.ts).
    media_folder: folderOf('images'),
    public_folder: `/${folderOf('images')}`,
    // File names from titles, without diacritics: "Hội nghị đo lường" → "hoi-nghi-do-luong".
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: built.map((item) => item.collection),
  };
  return { config, problems: built.flatMap((item) => item.problems) };
}
