/**
 * The market finder: markets with their verification sessions, newest first,
 * grouped two ways for shoppers: by the commune (xã, phường) they are in today,
 * and by the former district (huyện, thành phố before 1 July 2025) that older
 * reports name, for the markets whose reports do.
 */
import type { MarketData, VerificationSessionData } from '../../schemas/market.ts';
import { slugify } from '../slug.ts';
import { chronological, type Entry } from './counting.ts';

export interface Tally {
  verified: number;
  passed: number;
  failed: number;
}

export interface MarketSummary {
  id: string;
  market: MarketData;
  /** Its sessions, newest first. */
  sessions: Entry<VerificationSessionData>[];
  last: Entry<VerificationSessionData> | undefined;
}

/** How the finder groups markets: today's commune, or the former district. */
export const PLACE_KINDS = {
  xa: { field: 'commune', label: 'Xã, phường' },
  'huyen-cu': { field: 'formerDistrict', label: 'Huyện, thành phố cũ (trước 01/7/2025)' },
} as const;
export type PlaceKind = keyof typeof PLACE_KINDS;

export interface MarketPlace {
  kind: PlaceKind;
  /** The place's page name, from its name without diacritics. */
  slug: string;
  name: string;
  markets: MarketSummary[];
}

const collator = new Intl.Collator('vi');

/** Scales verified, passed and failed in a session, all instrument types together. */
export function sessionTally(session: VerificationSessionData): Tally {
  return session.results.reduce(
    (sum, r) => ({ verified: sum.verified + r.verified, passed: sum.passed + r.passed, failed: sum.failed + r.failed }),
    { verified: 0, passed: 0, failed: 0 },
  );
}

/** Every market with its sessions, in Vietnamese alphabetical order. */
export function marketSummaries(markets: readonly Entry<MarketData>[], sessions: readonly Entry<VerificationSessionData>[]): MarketSummary[] {
  return markets
    .map(({ id, data }) => {
      const own = chronological(sessions.filter((s) => s.data.market === id)).reverse();
      return { id, market: data, sessions: own, last: own[0] };
    })
    .sort((a, b) => collator.compare(a.market.name, b.market.name) || a.id.localeCompare(b.id));
}

/** The places of one kind that have markets, alphabetically, each with its markets. */
export function marketPlaces(summaries: readonly MarketSummary[], kind: PlaceKind): MarketPlace[] {
  const places = new Map<string, MarketPlace>();
  for (const summary of summaries) {
    const name = summary.market[PLACE_KINDS[kind].field];
    if (name === undefined) continue;
    const slug = slugify(name);
    const place = places.get(slug) ?? { kind, slug, name, markets: [] };
    place.markets.push(summary);
    places.set(slug, place);
  }
  return [...places.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** What the finder's pages show: every market, and the places of each kind. */
export function marketFinder(markets: readonly Entry<MarketData>[], sessions: readonly Entry<VerificationSessionData>[]) {
  const summaries = marketSummaries(markets, sessions);
  const places: Record<PlaceKind, MarketPlace[]> = { xa: marketPlaces(summaries, 'xa'), 'huyen-cu': marketPlaces(summaries, 'huyen-cu') };
  return { summaries, places };
}
