/**
 * What a page's head says to other machines: its share image, its Open Graph
 * type and its structured data. Decided from what the page itself is about (its
 * own item or event, passed down by the page), never by looking the page up
 * among every item of the site.
 */
import type { CivilDate } from '../dates.ts';
import { firstOccurrence, nextOccurrence } from '../events/occurrence.ts';
import { urls } from '../urls.ts';
import type { ShareImage } from './head.ts';
import type { ItemMeta } from './item.ts';
import { articleLd, eventLd, organisationLd, type EventInput, type Owner } from './json-ld.ts';
import { CARD, sharePaths } from './share-image.ts';

/** What a page is about, when it is one item's or one event's page. */
export type PageSubject =
  | { item: ItemMeta }
  | { event: { id: string; data: EventInput & { recurrence: 'none' | 'yearly' } }; today: CivilDate };

export interface PageMetaInput {
  /** The page's site path, e.g. "/tin-tuc/abc/". */
  path: string;
  site: URL;
  owner: Owner;
  siteName: string;
  tagline: string;
  subject?: PageSubject | undefined;
}

export interface PageMeta {
  type: 'website' | 'article';
  image: ShareImage;
  item?: ItemMeta | undefined;
  /** JSON-LD documents for <script type="application/ld+json">. */
  structuredData: object[];
}

/** Pages that speak for the agency itself carry its GovernmentOrganization. */
const OWNER_PAGES = new Set<string>([urls.home(), urls.about(), urls.contact(), urls.press()]);

export function defaultShareImage(site: URL, siteName: string, tagline: string): ShareImage {
  return { url: new URL(sharePaths.defaultCard(), site).href, alt: tagline ? `${siteName}: ${tagline}` : siteName, ...CARD, type: 'image/png' };
}

export function pageMeta(input: PageMetaInput): PageMeta {
  const fallback = defaultShareImage(input.site, input.siteName, input.tagline);
  const subject = input.subject;
  if (subject && 'item' in subject) {
    const item = subject.item;
    const cover = item.cover;
    const image: ShareImage =
      cover?.width && cover.height && cover.type ? { url: cover.url, alt: cover.alt, width: cover.width, height: cover.height, type: cover.type } : fallback;
    return { type: 'article', image, item, structuredData: [articleLd(item, input.owner, input.site, image.url)] };
  }
  if (subject && 'event' in subject) {
    const { event, today } = subject;
    const occurrence = nextOccurrence(event.data, today) ?? firstOccurrence(event.data);
    const pageUrl = new URL(input.path, input.site).href;
    return { type: 'website', image: fallback, structuredData: [eventLd(event.data, occurrence, pageUrl, input.owner, input.site, fallback.url)] };
  }
  return { type: 'website', image: fallback, structuredData: OWNER_PAGES.has(input.path) ? [organisationLd(input.owner, input.site)] : [] };
}

/** JSON for inside a <script> element: "<" escaped so no text can close the element early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
