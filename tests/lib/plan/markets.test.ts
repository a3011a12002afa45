/** src/lib/plan/markets.ts: the market finder's areas, markets and sessions. */
import { describe, expect, it } from 'vitest';
import { marketAreas, sessionTally } from '../../../src/lib/plan/markets.ts';
import type { MarketData, VerificationSessionData } from '../../../src/schemas/market.ts';

const market = (id: string, name: string, area: string) => ({ id, data: { name, commune: 'Xã Ví Dụ', area, address: '' } satisfies MarketData });
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

describe('marketAreas', () => {
  const markets = [market('cho-b', 'Chợ Bố Hạ', 'Huyện Yên Thế'), market('cho-a', 'Chợ Đình', 'Thành phố Bắc Giang'), market('cho-c', 'Chợ Cầu', 'Huyện Yên Thế'), market('cho-d', 'Chợ Ân', 'Huyện Lục Ngạn')];
  const sessions = [session('1', 'cho-b', '2022-05-12', 40, 2), session('2', 'cho-b', '2022-10-12', 30, 1), session('3', 'cho-a', '2022-06-01', 20, 0)];
  const areas = marketAreas(markets, sessions);

  it('groups markets by area in Vietnamese alphabetical order, with the area’s page slug', () => {
    expect(areas.map((area) => [area.slug, area.name])).toEqual([
      ['huyen-luc-ngan', 'Huyện Lục Ngạn'],
      ['huyen-yen-the', 'Huyện Yên Thế'],
      ['thanh-pho-bac-giang', 'Thành phố Bắc Giang'],
    ]);
    expect(areas[1]!.markets.map((item) => item.market.name)).toEqual(['Chợ Bố Hạ', 'Chợ Cầu']);
  });

  it('gives each market its own sessions newest first, the last one apart, and none to a market never verified', () => {
    const boHa = areas[1]!.markets[0]!;
    expect(boHa.sessions.map((item) => item.data.date)).toEqual(['2022-10-12', '2022-05-12']);
    expect(boHa.last?.id).toBe('2');
    const cau = areas[1]!.markets[1]!;
    expect(cau.sessions).toEqual([]);
    expect(cau.last).toBeUndefined();
  });
});
