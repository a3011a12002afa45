/** src/lib/format/number-words.ts: amounts in words, as the plan and its report print them. */
import { describe, expect, it } from 'vitest';
import { dongInWords, millionVndInWords, numberInWords } from '../../../src/lib/format/number-words.ts';

describe('amounts in words', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [30, 'ba mươi'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1_005, 'một nghìn không trăm linh năm'],
    [1_050, 'một nghìn không trăm năm mươi'],
    [1_000_000, 'một triệu'],
    [2_000_014, 'hai triệu không trăm mười bốn'],
    [1_158_000_000, 'một tỷ một trăm năm mươi tám triệu'],
    [5_000_000_000_000, 'năm nghìn tỷ'],
  ])('%d → %s', (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });
  it('offers "lẻ" for the zero tens', () => {
    expect(numberInWords(105, { zeroTens: 'lẻ' })).toBe('một trăm lẻ năm');
  });
  it('capitalises and adds the currency', () => {
    expect(dongInWords(466_000_000)).toBe('Bốn trăm sáu mươi sáu triệu đồng');
  });
  it('refuses fractions', () => {
    expect(() => numberInWords(1.5)).toThrow(RangeError);
  });
});

describe('the plan’s amounts, as the seed document prints them', () => {
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
});
