/** src/lib/urls.ts: every public path in one place, task anchors that match their links, readable absolute URLs. */
import { describe, expect, it } from 'vitest';
import { readableUrl, taskAnchor, urls } from '../../src/lib/urls.ts';

describe('urls', () => {
  it('gives every list and item its Vietnamese path, ending in "/"', () => {
    expect(urls.news('kiem-dinh-can')).toBe('/tin-tuc/kiem-dinh-can/');
    expect(urls.article('huong-dan')).toBe('/bai-viet/huong-dan/');
    expect(urls.category('kien-thuc-do-luong')).toBe('/bai-viet/chuyen-muc/kien-thuc-do-luong/');
    expect(urls.event('ngay-do-luong')).toBe('/su-kien/ngay-do-luong/');
    expect(urls.eventMonth('2026-05')).toBe('/su-kien/thang/2026-05/');
    expect(urls.eventYear(2025)).toBe('/su-kien/nam/2025/');
    expect(urls.tag('cho')).toBe('/the/cho/');
  });

  it('puts calendars and downloads next to what they describe', () => {
    expect(urls.eventIcs('ngay-do-luong')).toBe('/su-kien/ngay-do-luong.ics');
    expect(urls.eventFeed()).toBe('/su-kien.ics');
    expect(urls.planCsv('2022')).toBe('/ke-hoach/2022/tien-do.csv');
    expect(urls.planJson('2022')).toBe('/ke-hoach/2022/tien-do.json');
  });

  it('links a task to the row whose id taskAnchor gives it', () => {
    expect(taskAnchor('II.3.c')).toBe('nv-II-3-c');
    expect(urls.task('2022', 'II.3.c')).toBe(`/ke-hoach/2022/#${taskAnchor('II.3.c')}`);
  });

  it('finds a commune’s or a former district’s markets on their page, named without diacritics, and a market on the finder', () => {
    expect(urls.marketPlace('xa', 'Phường Ví Dụ')).toBe('/kiem-dinh-cho/xa/phuong-vi-du/');
    expect(urls.marketPlace('huyen-cu', 'Thành phố Bắc Giang')).toBe('/kiem-dinh-cho/huyen-cu/thanh-pho-bac-giang/');
    expect(urls.market('cho-chu')).toBe('/kiem-dinh-cho/#cho-cho-chu');
  });

  it('gives each task its own page', () => {
    expect(urls.taskPage('2022', 'II.3.c')).toBe('/ke-hoach/2022/nhiem-vu/ii-3-c/');
  });
});

describe('readableUrl', () => {
  it('writes an absolute URL as a person reads it, not percent-encoded', () => {
    expect(readableUrl(urls.news('…'), 'https://dolb.example.test/')).toBe('https://dolb.example.test/tin-tuc/…/');
    expect(readableUrl('/the/cho/', new URL('https://dolb.example.test/'))).toBe('https://dolb.example.test/the/cho/');
  });
});
