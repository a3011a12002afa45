/**
 * Collections that are normally empty for a while (progress updates, markets,
 * verification sessions: nothing is reported until work starts). Their folders
 * hold only a README at first. Astro's glob loader warns about a folder with no
 * matching file, and getCollection warns about an empty collection; for these
 * collections an empty folder is the expected state, so both stay quiet.
 */
import { readdirSync } from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

/** The pattern every optional collection uses: YAML files in the folder (READMEs are not entries). */
const DATA_FILE_PATTERN = '*.{yaml,yml}';

/** Whether a folder holds at least one data file (false when it does not exist). */
export function hasDataFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => /\.ya?ml$/.test(name));
  } catch {
    return false;
  }
}

/** Astro's glob loader over YAML files, minus its "No files found" warning. */
export function optionalGlob(base: string): Loader {
  const inner = glob({ pattern: DATA_FILE_PATTERN, base });
  return {
    name: 'optional-glob',
    load: (context) => {
      const quiet = Object.create(context.logger, {
        warn: {
          value: (message: string) => {
            if (!message.startsWith('No files found matching')) context.logger.warn(message);
          },
        },
      }) as typeof context.logger;
      return inner.load({ ...context, logger: quiet });
    },
  };
}
