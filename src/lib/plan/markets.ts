/**
 * The market finder: markets grouped by area (huyện, thành phố), each with its
 * verification sessions, newest first, and the results of the last one.
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

export interface MarketArea {
  /** The area's page name, from its name without diacritics. */
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

/** Areas in Vietnamese alphabetical order, their markets likewise. */
export function marketAreas(markets: readonly Entry<MarketData>[], sessions: readonly Entry<VerificationSessionData>[]): MarketArea[] {
  const areas = new Map<string, MarketArea>();
  for (const { id, data } of markets) {
    const slug = slugify(data.area);
    const area = areas.get(slug) ?? { slug, name: data.area, markets: [] };
    const own = chronological(sessions.filter((s) => s.data.market === id)).reverse();
    area.markets.push({ id, market: data, sessions: own, last: own[0] });
    areas.set(slug, area);
  }
  const sorted = [...areas.values()].sort((a, b) => collator.compare(a.name, b.name));
  for (const area of sorted) area.markets.sort((a, b) => collator.compare(a.market.name, b.market.name) || a.id.localeCompare(b.id));
  return sorted;
}
