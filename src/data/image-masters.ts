/**
 * The original picture a build's master stands for (src/integrations/image-masters.ts
 * records them), so what names a picture as its entry does (the CMS content
 * index) never names the build cache. Any other path is its own original.
 */
import { MASTER_SOURCES } from '../lib/image-masters.ts';

export function originalImagePath(path: string): string {
  return (globalThis as { [MASTER_SOURCES]?: ReadonlyMap<string, string> })[MASTER_SOURCES]?.get(path) ?? path;
}
