import { describe, expect, it } from 'vitest';
import { creditName } from '../../../src/lib/format/credit.ts';
import { coverField } from '../../../src/schemas/shared.ts';
import { z } from 'astro/zod';

describe('creditName', () => {
  it.each([
    ['Chi cục TĐC Bắc Giang', 'Chi cục TĐC Bắc Giang'],
    ['Ảnh: Chi cục TĐC Bắc Giang', 'Chi cục TĐC Bắc Giang'],
    ['  ảnh :  Nguyễn Văn A ', 'Nguyễn Văn A'],
    ['ẢNH - Báo Bắc Giang', 'Báo Bắc Giang'],
    ['Nguồn ảnh: Sở KH&CN', 'Sở KH&CN'],
    ['Ảnh chụp màn hình của Sở', 'Ảnh chụp màn hình của Sở'],
  ])('%j → %j', (typed, name) => {
    expect(creditName(typed)).toBe(name);
  });

  it('is what the cover schema stores, so no output prints "Ảnh: Ảnh:"', () => {
    const cover = coverField(() => z.string()).parse({ src: 'a.jpg', alt: 'Cân', credit: 'Ảnh: Chi cục TĐC' });
    expect(cover.credit).toBe('Chi cục TĐC');
  });
});
