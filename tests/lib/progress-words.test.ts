/** The plan's amounts in words, as the report prints them under its figures. */
import { describe, expect, it } from 'vitest';
import { millionVndInWords } from '../../src/lib/format/number-words.ts';
import { formatMillionVnd } from '../../src/lib/format/money.ts';

describe('amounts in words', () => {
  it.each([
    [1977, 'Một tỷ chín trăm bảy mươi bảy triệu đồng'],
    [1928, 'Một tỷ chín trăm hai mươi tám triệu đồng'],
    [49, 'Bốn mươi chín triệu đồng'],
    [220, 'Hai trăm hai mươi triệu đồng'],
    [517.25, 'Năm trăm mười bảy triệu hai trăm năm mươi nghìn đồng'],
    [1158, 'Một tỷ một trăm năm mươi tám triệu đồng'],
    [19.5, 'Mười chín triệu năm trăm nghìn đồng'],
  ])('%s triệu đồng reads "%s"', (millions, words) => {
    expect(millionVndInWords(millions)).toBe(words);
  });

  it('writes figures with Vietnamese separators', () => {
    expect(formatMillionVnd(1977)).toBe('1.977 triệu đồng');
    expect(formatMillionVnd(517.25)).toBe('517,25 triệu đồng');
  });
});
