import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneLine } from '../../scripts/bench/phone-line.ts';

/** When each transfer ends, in ms from the start, on a line of `bytesPerSecond`; each starts at its `at`. */
async function ends(bytesPerSecond: number, transfers: { at: number; bytes: number }[]): Promise<number[]> {
  const line = new PhoneLine(bytesPerSecond);
  const start = performance.now();
  const ended: number[] = [];
  const all = transfers.map(({ at, bytes }, i) => new Promise<void>((started) => setTimeout(started, at)).then(() => line.transfer(bytes)).then(() => (ended[i] = performance.now() - start)));
  await vi.runAllTimersAsync();
  await Promise.all(all);
  return ended;
}

describe('the slow phone line of the search benchmark', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('gives a response alone the whole line', async () => {
    expect(await ends(1000, [{ at: 0, bytes: 1500 }])).toEqual([1500]);
  });

  it('shares the line between responses at once: two of 1,000 bytes take as long as one of 2,000', async () => {
    expect(await ends(1000, [{ at: 0, bytes: 1000 }, { at: 0, bytes: 1000 }])).toEqual([2000, 2000]);
  });

  it('gives the whole line back when one ends, and shares it with one that comes later', async () => {
    // 0–1,000 ms: both at half (500 bytes each); the 500-byte one is through, the other has 1,000 left alone.
    expect(await ends(1000, [{ at: 0, bytes: 1500 }, { at: 0, bytes: 500 }])).toEqual([2000, 1000]);
    // 0–500 ms alone (500 bytes); then halves: the late 250 bytes take 500 ms; then the first's last 250 alone.
    expect(await ends(1000, [{ at: 0, bytes: 1000 }, { at: 500, bytes: 250 }])).toEqual([1250, 1000]);
  });

  it('refuses a line with no bandwidth', () => {
    expect(() => new PhoneLine(0)).toThrow(/not a bandwidth/);
  });
});
