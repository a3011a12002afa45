/**
 * Astro integration: the CMS page's script. A site build reuses the CMS bundle
 * from the build cache while its sources and the lockfile are unchanged, and
 * makes it (admin/bundle.ts, in a child process, before the site's own build)
 * when they changed, instead of bundling Decap inside every build: that cost
 * seconds and hundreds of MB at the build's peak. The bundle's files are
 * copied into the output when the build is done. The dev server loads the
 * entry's source directly, through Vite.
 * The page reads the script's URL from the module virtual:admin-bundle.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ENTRY, freshBundle, MANIFEST } from '../../admin/bundle.ts';

const MODULE = 'virtual:admin-bundle';

export default function adminBundle(): AstroIntegration {
  let bundleDir: string | undefined;
  return {
    name: 'admin-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        let script = `/${ENTRY}`;
        if (command === 'build') {
          bundleDir = join(fileURLToPath(config.cacheDir), 'admin-bundle');
          let manifest = freshBundle(root, bundleDir);
          if (manifest) logger.info('CMS bundle unchanged: reused from the build cache');
          else {
            logger.info('CMS bundle: building (its sources or the lockfile changed)');
            const run = spawnSync(process.execPath, [join(root, 'admin/bundle.ts'), root, bundleDir], { stdio: 'inherit' });
            manifest = freshBundle(root, bundleDir);
            if (run.status !== 0 || !manifest) throw new Error(`admin-bundle: bundling the CMS failed (exit ${run.status}); see the output above`);
          }
          script = manifest.script;
        }
        const resolved = `\0${MODULE}`;
        updateConfig({
          vite: {
            plugins: [{
              name: 'admin-bundle',
              resolveId: (id: string) => (id === MODULE ? resolved : undefined),
              load: (id: string) => (id === resolved ? `export const adminScript = ${JSON.stringify(script)};` : undefined),
              // Under astro dev the page loads the entry as a plain script, which Vite's
              // dependency scan of .astro files cannot see: name it, so Decap's packages
              // are prepared at start and not discovered (and the page reloaded) on first use.
              configEnvironment: (name: string) => (command === 'dev' && name === 'client' ? { optimizeDeps: { entries: [ENTRY] } } : undefined),
            }],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        if (bundleDir) cpSync(bundleDir, fileURLToPath(dir), { recursive: true, filter: (source) => !source.endsWith(MANIFEST) });
      },
    },
  };
}
