/**
 * Structured data (JSON-LD, schema.org) for search engines and aggregators:
 * the site's owner as a GovernmentOrganization, news items as NewsArticle,
 * articles as Article, events as Event. Typed with schema-dts so a misspelt
 * property or a wrong value type fails `astro check`.
 */
import type { Article, Event, GovernmentOrganization, NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import type { Occurrence } from '../events/occurrence.ts';
import type { ItemMeta } from './item.ts';

export interface Owner {
  /** settings.organisation: the agency that owns the site. */
  organisation: string;
  /** settings.unit: the unit that runs the programme and writes most items. */
  unit: string;
  address: string;
  phone: string;
  email: string;
}

type GovernmentOrganizationNode = Exclude<GovernmentOrganization, string>;

/** The owning agency with its unit as a department; contact fields only when known. */
export function organisationNode(owner: Owner, site: URL): GovernmentOrganizationNode {
  return {
    '@type': 'GovernmentOrganization',
    name: owner.organisation,
    url: site.href,
    department: { '@type': 'GovernmentOrganization', name: owner.unit },
    ...(owner.address ? { address: owner.address } : {}),
    ...(owner.phone ? { telephone: owner.phone } : {}),
    ...(owner.email ? { email: owner.email } : {}),
  };
}

export function organisationLd(owner: Owner, site: URL): WithContext<GovernmentOrganizationNode> {
  return { '@context': 'https://schema.org', ...organisationNode(owner, site) };
}

/** A byline naming the agency or its unit is an organisation; any other is a person. */
function authorNode(author: string, owner: Owner): Person | Organization {
  return author === owner.unit || author === owner.organisation ? { '@type': 'GovernmentOrganization', name: author } : { '@type': 'Person', name: author };
}

/** NewsArticle for news, Article for articles. */
export function articleLd(item: ItemMeta, owner: Owner, site: URL, imageUrl: string): WithContext<Exclude<NewsArticle, string> | Exclude<Article, string>> {
  const common = {
    headline: item.title,
    description: item.summary,
    url: item.url,
    mainEntityOfPage: item.url,
    inLanguage: 'vi',
    datePublished: item.publishedAt.toISOString(),
    dateModified: (item.updatedAt ?? item.publishedAt).toISOString(),
    author: authorNode(item.author, owner),
    publisher: organisationNode(owner, site),
    image: [imageUrl],
    keywords: item.tags.map((tag) => tag.label),
    ...(item.category ? { articleSection: item.category.label } : {}),
  };
  return item.type === 'news' ? { '@context': 'https://schema.org', '@type': 'NewsArticle', ...common } : { '@context': 'https://schema.org', '@type': 'Article', ...common };
}

export interface EventInput {
  title: string;
  summary: string;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" in Vietnam. */
  start: string;
  end?: string | undefined;
  allDay: boolean;
  location?: string | undefined;
  /** Whether it goes ahead (src/schemas/event.ts); absent reads as confirmed. */
  status?: 'confirmed' | 'tentative' | 'cancelled' | undefined;
}

/** A date, or a date and time with Vietnam's offset (ISO 8601, as schema.org wants). */
function isoInVietnam(day: string, dateTime: string | undefined, allDay: boolean): string {
  const time = dateTime?.split('T')[1];
  return allDay || !time ? day : `${day}T${time}:00+07:00`;
}

/** The Event for one occurrence (the next one of a yearly observance). */
export function eventLd(event: EventInput, occurrence: Occurrence, pageUrl: string, owner: Owner, site: URL, imageUrl: string): WithContext<Exclude<Event, string>> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: pageUrl,
    inLanguage: 'vi',
    startDate: isoInVietnam(occurrence.start, event.start, event.allDay),
    endDate: isoInVietnam(occurrence.end, event.end ?? event.start, event.allDay),
    eventStatus: event.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(event.location ? { location: { '@type': 'Place', name: event.location, address: event.location } } : {}),
    organizer: organisationNode(owner, site),
    image: [imageUrl],
  };
}
