/** src/lib/format/money.ts: figures with Vietnamese separators, millions and đồng. */
import { describe, expect, it } from 'vitest';
import { formatMillionVnd, formatNumber, formatVnd, millionsToDong } from '../../../src/lib/format/money.ts';

describe('money', () => {
  it('groups thousands with "." and writes the unit', () => {
    expect(formatMillionVnd(1977)).toBe('1.977 triệu đồng');
    expect(formatMillionVnd(49)).toBe('49 triệu đồng');
    expect(formatMillionVnd(517.25)).toBe('517,25 triệu đồng');
    expect(formatVnd(466_000_000)).toBe('466.000.000 đồng');
    expect(formatNumber(0.5)).toBe('0,5');
  });
  it('converts millions to đồng exactly', () => {
    expect(millionsToDong(1977)).toBe(1_977_000_000n);
    expect(millionsToDong(0.125)).toBe(125_000n);
  });
});
