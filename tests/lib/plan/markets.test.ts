/** src/lib/plan/markets.ts: the market finder's markets and sessions, by commune and by former district. */
import { describe, expect, it } from 'vitest';
import { marketFinder, sessionTally } from '../../../src/lib/plan/markets.ts';
import type { MarketData, VerificationSessionData } from '../../../src/schemas/market.ts';

const market = (id: string, name: string, commune: string, formerDistrict?: string) => ({
  id,
  data: { name, commune, address: '', ...(formerDistrict ? { formerDistrict } : {}) } satisfies MarketData,
});
const session = (id: string, marketId: string, date: string, verified: number, failed: number) => ({
  id,
  data: {
    date,
    market: marketId,
    task: { plan: '2022', task: 'II.3.c' },
    results: [
      { instrument: 'can-dong-ho-lo-xo', verified, passed: verified - failed, failed },
      { instrument: 'can-dia', verified: 5, passed: 5, failed: 0 },
    ],
    note: '',
  } as VerificationSessionData,
});

describe('sessionTally', () => {
  it('adds up every instrument type of a session', () => {
    expect(sessionTally(session('s', 'a', '2022-05-12', 40, 2).data)).toEqual({ verified: 45, passed: 43, failed: 2 });
  });
});

describe('marketFinder', () => {
  const markets = [
    market('cho-b', 'Chợ Bố Hạ', 'Xã Ví Dụ', 'Huyện Yên Thế'),
    market('cho-a', 'Chợ Đình', 'Phường Mẫu', 'Thành phố Bắc Giang'),
    market('cho-c', 'Chợ Cầu', 'Xã Ví Dụ', 'Huyện Yên Thế'),
    market('cho-d', 'Chợ Ân', 'Xã Mẫu'),
  ];
  const sessions = [session('1', 'cho-b', '2022-05-12', 40, 2), session('2', 'cho-b', '2022-10-12', 30, 1), session('3', 'cho-a', '2022-06-01', 20, 0)];
  const { summaries, places } = marketFinder(markets, sessions);

  it('lists every market in Vietnamese alphabetical order', () => {
    expect(summaries.map((item) => item.market.name)).toEqual(['Chợ Ân', 'Chợ Bố Hạ', 'Chợ Cầu', 'Chợ Đình']);
  });

  it('groups markets by today’s commune, and by former district only where one is recorded', () => {
    expect(places.xa.map((place) => [place.slug, place.name, place.markets.map((m) => m.id)])).toEqual([
      ['phuong-mau', 'Phường Mẫu', ['cho-a']],
      ['xa-mau', 'Xã Mẫu', ['cho-d']],
      ['xa-vi-du', 'Xã Ví Dụ', ['cho-b', 'cho-c']],
    ]);
    expect(places['huyen-cu'].map((place) => [place.slug, place.markets.map((m) => m.id)])).toEqual([
      ['huyen-yen-the', ['cho-b', 'cho-c']],
      ['thanh-pho-bac-giang', ['cho-a']],
    ]);
  });

  it('gives each market its own sessions newest first, the last one apart, and none to a market never verified', () => {
    const boHa = summaries[1]!;
    expect(boHa.sessions.map((item) => item.data.date)).toEqual(['2022-10-12', '2022-05-12']);
    expect(boHa.last?.id).toBe('2');
    const cau = summaries[2]!;
    expect(cau.sessions).toEqual([]);
    expect(cau.last).toBeUndefined();
  });
});
