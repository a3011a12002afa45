/**
 * A key that changes whenever content does, so that work over the whole site
 * (validateSite: every entry through its schema again) is done once per
 * revision of the content rather than on every page of `astro dev`, which
 * loads the site several times per request. Astro's glob loader keeps a
 * digest of each file's text on its entry; attachments count by name and size.
 */

/** An entry as getCollection gives it: its id and Astro's digest of its file. */
interface DigestedEntry {
  id: string;
  digest?: string | number | undefined;
  data?: unknown;
}

/** Every collection's entries (id and digest, or the data itself where Astro gave no digest) and every attachment, as one string. */
export function contentRevision(collections: Readonly<Record<string, readonly DigestedEntry[]>>, attachments: ReadonlyMap<string, number>): string {
  const parts: string[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) parts.push(`${name}/${entry.id}:${entry.digest ?? JSON.stringify(entry.data)}`);
  }
  for (const [path, size] of attachments) parts.push(`${path}:${size}`);
  return parts.join('\n');
}
