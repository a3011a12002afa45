/**
 * A document of the register as a feed item (/van-ban/rss.xml, feed.json):
 * the citation as title, the trích yếu as summary, the metadata and attached
 * files as the body. A document first published on the site dates from then;
 * one seeded without that date dates from its issue (the month's first day
 * when only the month is known).
 */
import { DOCUMENT_KINDS } from '../../schemas/document.ts';
import { changeHistory } from '../change-history.ts';
import { urls } from '../urls.ts';
import { escapeXml } from '../syndication/rss.ts';
import { htmlToText } from '../syndication/html.ts';
import type { FeedItem } from '../syndication/item.ts';
import type { Attachment } from './attachments.ts';
import { documentCitation, documentMetadata, type RegisterEntry } from './register.ts';

/** "2022-02" → midnight of 1 February 2022 in Vietnam; "2021-08-30" → midnight of that day. */
export function issuedInstant(issued: string): Date {
  return new Date(`${issued.length === 7 ? `${issued}-01` : issued}T00:00:00+07:00`);
}

export function documentFeedItem(entry: RegisterEntry, attachments: readonly Attachment[], site: URL): FeedItem {
  const abs = (path: string) => new URL(path, site).href;
  const rows = documentMetadata(entry).map((row) => `<dt>${escapeXml(row.label)}</dt><dd>${escapeXml(row.value)}</dd>`);
  const files = attachments.map((file) => `<li><a href="${escapeXml(abs(file.url))}">${escapeXml(file.title)}</a> (${file.typeLabel}, ${file.sizeLabel})</li>`);
  const html = `<dl>${rows.join('')}</dl>${files.length > 0 ? `<p>Tệp đính kèm:</p><ul>${files.join('')}</ul>` : ''}`;
  const publishedAt = entry.data.publishedAt ?? issuedInstant(entry.data.issued);
  const history = changeHistory({ ...entry.data, publishedAt });
  return {
    id: entry.data.uid,
    type: 'document',
    url: abs(urls.document(entry.id)),
    title: documentCitation(entry.data),
    summary: entry.data.title,
    publishedAt,
    updatedAt: history.updatedAt,
    changes: history.notes,
    author: entry.data.issuer,
    category: { id: entry.data.kind, label: DOCUMENT_KINDS[entry.data.kind], url: abs(urls.documentFilter('loai', entry.data.kind)) },
    tags: [],
    html,
    text: htmlToText(html),
  };
}
