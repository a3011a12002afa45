/**
 * The documents register as pages and the feed need it: each public document
 * with its attachments (type and size of the stored files) and its feed item.
 */
import { loadSite, type DocumentEntry } from './site.ts';
import { attachmentsOf, type Attachment } from '../lib/documents/attachments.ts';
import { documentFeedItem } from '../lib/documents/feed.ts';
import { registerOrder } from '../lib/documents/register.ts';
import { newestFirst, type FeedItem } from '../lib/syndication/item.ts';

export interface RegisterDocument {
  entry: DocumentEntry;
  attachments: Attachment[];
}

/** Public documents in the register's order (newest issued first). */
export async function loadRegister(): Promise<RegisterDocument[]> {
  const site = await loadSite();
  return registerOrder(site.documents).map((entry) => ({ entry, attachments: attachmentsOf(entry.data.files, site.attachmentSizes) }));
}

/** The register's feed items, newest first. */
export async function documentFeedItems(): Promise<FeedItem[]> {
  const site = new URL(import.meta.env.SITE);
  return newestFirst((await loadRegister()).map(({ entry, attachments }) => documentFeedItem(entry, attachments, site)));
}
