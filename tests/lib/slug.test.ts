/** src/lib/slug.ts: URL slugs from Vietnamese names. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

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
