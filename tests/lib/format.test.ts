import { describe, expect, it } from 'vitest';
import { formatMillionVnd, formatNumber, formatVnd, millionsToDong } from '../../src/lib/format/money.ts';
import { dongInWords, millionVndInWords, numberInWords } from '../../src/lib/format/number-words.ts';
import { formatDate, formatDateWithWeekday, formatMonth, formatPartialDate, weekdayName } from '../../src/lib/format/date.ts';
import { slugify } from '../../src/lib/slug.ts';

describe('money', () => {
  it('groups thousands with "." and writes the unit', () => {
    expect(formatMillionVnd(1977)).toBe('1.977 triệu đồng');
    expect(formatMillionVnd(49)).toBe('49 triệu đồng');
    expect(formatVnd(466_000_000)).toBe('466.000.000 đồng');
    expect(formatNumber(0.5)).toBe('0,5');
  });
  it('converts millions to đồng exactly', () => {
    expect(millionsToDong(1977)).toBe(1_977_000_000n);
    expect(millionsToDong(0.125)).toBe(125_000n);
  });
});

describe('amounts in words', () => {
  it('reads the plan total as the seed prints it', () => {
    expect(millionVndInWords(1977)).toBe('Một tỷ chín trăm bảy mươi bảy triệu đồng');
  });
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
    expect(millionVndInWords(220)).toBe('Hai trăm hai mươi triệu đồng');
  });
  it('refuses fractions', () => {
    expect(() => numberInWords(1.5)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('writes dd/mm/yyyy on the Vietnamese calendar', () => {
    expect(formatDate('2025-01-20')).toBe('20/01/2025');
    // 23:30 UTC on 19 January is already 20 January in Vietnam.
    expect(formatDate(new Date('2025-01-19T23:30:00Z'))).toBe('20/01/2025');
  });
  it('names the weekday', () => {
    expect(weekdayName('2025-01-20')).toBe('Thứ Hai');
    expect(weekdayName('2025-01-19')).toBe('Chủ Nhật');
    expect(formatDateWithWeekday('2025-05-20')).toBe('Thứ Ba, 20/05/2025');
  });
  it('writes months and dates known only to the month', () => {
    expect(formatMonth('2022-02')).toBe('02/2022');
    expect(formatPartialDate('2022-02')).toBe('tháng 02/2022');
    expect(formatPartialDate('2022-02-15')).toBe('15/02/2022');
  });
});

describe('slugs', () => {
  it.each([
    ['Kiểm định cân tại 28 chợ', 'kiem-dinh-can-tai-28-cho'],
    ['Đo lường Bắc Giang', 'do-luong-bac-giang'],
    ['Ngày Đo lường thế giới 20/5!', 'ngay-do-luong-the-gioi-20-5'],
    ['  Quyền lợi người tiêu dùng  ', 'quyen-loi-nguoi-tieu-dung'],
    ['KH&CN Bắc Giang', 'kh-cn-bac-giang'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
  it('is stable on its own output', () => {
    expect(slugify(slugify('Ngày Khoa học và Công nghệ Việt Nam'))).toBe('ngay-khoa-hoc-va-cong-nghe-viet-nam');
  });
  it('handles decomposed (NFD) input like precomposed', () => {
    expect(slugify('Cân đồng hồ'.normalize('NFD'))).toBe('can-dong-ho');
  });
});
