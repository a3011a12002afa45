/** src/lib/slug.ts: URL slugs from Vietnamese names. */
import { describe, expect, it } from 'vitest';
import { slugFileName, slugify } from '../../src/lib/slug.ts';

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

describe('uploaded file names', () => {
  it('are the NFC name through slugify, the extension kept in lower case', () => {
    const typed = 'Hội nghị đo lường.JPG'.normalize('NFD');
    expect(slugFileName(typed)).toBe('hoi-nghi-do-luong.jpg');
    expect(slugFileName(typed)).toBe(`${slugify('Hội nghị đo lường')}.jpg`);
    expect(slugFileName('Ảnh_chợ ~ Thương (1).jpeg')).toBe('anh-cho-thuong-1.jpeg');
    expect(slugFileName('bao-cao.2022.PDF')).toBe('bao-cao-2022.pdf');
    expect(slugFileName('README')).toBe('readme');
    expect(slugFileName('.jpg')).toBe('jpg');
  });

  it('never take a name already in the media folder (compared in lower case)', () => {
    expect(slugFileName('Hội nghị.jpg', ['hoi-nghi.jpg'])).toBe('hoi-nghi-2.jpg');
    expect(slugFileName('Hội nghị.jpg', ['HOI-NGHI.JPG', 'hoi-nghi-2.jpg'])).toBe('hoi-nghi-3.jpg');
    expect(slugFileName('Hội nghị.jpg', ['hoi-nghi.png'])).toBe('hoi-nghi.jpg');
  });
});
