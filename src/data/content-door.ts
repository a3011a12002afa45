/**
 * The door every content file passes on its way into the site: each
 * collection's loader gets the file's data as src/lib/content-data.ts reads it
 * (dates as the text written, never a UTC Date), with every string made safe
 * for every output by the text boundary (src/lib/text.ts). What the boundary
 * removed is a build warning naming file and field; the entry is kept.
 */
import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContentData } from '../lib/content-data.ts';
import { carriableData, removedWarning } from '../lib/text.ts';
import { fieldPath } from '../lib/validation/schema.ts';
import { projectPath } from './content-errors.ts';

function doorLoader(loader: Loader, root: string): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      // Read synchronously: Astro's glob loader looks for an entry with the same id
      // before parseData and stores it after, so an await here would let two files
      // with one id pass each other unnoticed (the duplicate check in broken-content).
      const parseData: LoaderContext['parseData'] = (props) => {
        if (!props.filePath) return context.parseData(props);
        const file = projectPath(props.filePath, root);
        const { data, removals } = carriableData(readContentData(readFileSync(props.filePath, 'utf8'), props.filePath));
        for (const removal of removals) context.logger.warn(removedWarning(file, fieldPath(removal.path), removal.removed));
        return context.parseData({ ...props, data: data as typeof props.data });
      };
      return loader.load({ ...context, parseData });
    },
  };
}

interface CollectionLike {
  loader?: unknown;
  schema?: unknown;
}

const isLoader = (value: unknown): value is Loader => typeof value === 'object' && value !== null && typeof (value as Loader).load === 'function';

/** The same collections, each loader reading files through the door. */
export function throughTheDoor<C extends Record<string, CollectionLike>>(collections: C, root: string = process.cwd()): C {
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => [name, isLoader(collection.loader) ? { ...collection, loader: doorLoader(collection.loader, root) } : collection]),
  ) as C;
}
