/** src/lib/syndication/json-ld.ts: the agency, news, articles and events as schema.org JSON-LD. */
import { describe, expect, it } from 'vitest';
import { articleLd, eventLd, organisationLd } from '../../../src/lib/syndication/json-ld.ts';
import type { ItemMeta } from '../../../src/lib/syndication/item.ts';

const site = new URL('https://dolb.example.test/');
const owner = { organisation: 'Sở Khoa học và Công nghệ tỉnh Bắc Giang', unit: 'Chi cục Tiêu chuẩn Đo lường Chất lượng', address: '', phone: '0204 3 854 000', email: '' };
const item: ItemMeta = {
  id: 'uid-1',
  type: 'article',
  url: 'https://dolb.example.test/bai-viet/huong-dan/',
  title: 'Hướng dẫn',
  summary: 'Tóm tắt.',
  publishedAt: new Date('2026-11-10T01:00:00Z'),
  changes: [],
  author: 'Nguyễn Văn A',
  category: { id: 'kien-thuc-do-luong', label: 'Kiến thức đo lường', url: 'https://dolb.example.test/bai-viet/chuyen-muc/kien-thuc-do-luong/' },
  tags: [{ id: 'cho', label: 'Chợ', url: 'https://dolb.example.test/the/cho/' }],
};

describe('organisationLd', () => {
  it('names the agency with its unit as a department, and only the contacts that are known', () => {
    const ld = organisationLd(owner, site);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: owner.organisation, url: site.href, department: { name: owner.unit }, telephone: owner.phone });
    expect(ld).not.toHaveProperty('email');
    expect(ld).not.toHaveProperty('address');
  });
});

describe('articleLd', () => {
  it('makes an article an Article by a person, with its section and keywords, modified when published if never edited', () => {
    expect(articleLd(item, owner, site, 'https://dolb.example.test/anh.jpg')).toMatchObject({
      '@type': 'Article',
      headline: 'Hướng dẫn',
      author: { '@type': 'Person', name: 'Nguyễn Văn A' },
      articleSection: 'Kiến thức đo lường',
      keywords: ['Chợ'],
      datePublished: '2026-11-10T01:00:00.000Z',
      dateModified: '2026-11-10T01:00:00.000Z',
      image: ['https://dolb.example.test/anh.jpg'],
      inLanguage: 'vi',
    });
  });

  it('makes news a NewsArticle, and a byline naming the unit an organisation', () => {
    const ld = articleLd({ ...item, type: 'news', author: owner.unit, category: undefined }, owner, site, 'x');
    expect(ld).toMatchObject({ '@type': 'NewsArticle', author: { '@type': 'GovernmentOrganization', name: owner.unit } });
    expect(ld).not.toHaveProperty('articleSection');
  });
});

describe('eventLd', () => {
  const occurrence = { start: '2027-05-20', end: '2027-05-20' } as Parameters<typeof eventLd>[1];
  it('dates an all-day event by its days', () => {
    expect(eventLd({ title: 'Ngày Đo lường', summary: 'S', start: '2022-05-20', allDay: true }, occurrence, 'https://dolb.example.test/su-kien/x/', owner, site, 'img')).toMatchObject({
      '@type': 'Event',
      startDate: '2027-05-20',
      endDate: '2027-05-20',
      organizer: { '@type': 'GovernmentOrganization' },
    });
  });
  it('dates a timed event with Vietnam’s offset and names its place', () => {
    const timed = { start: '2026-12-01', end: '2026-12-01' } as Parameters<typeof eventLd>[1];
    expect(eventLd({ title: 'Hội nghị', summary: 'S', start: '2026-12-01T08:00', end: '2026-12-01T11:30', allDay: false, location: 'Hội trường' }, timed, 'u', owner, site, 'img')).toMatchObject({
      startDate: '2026-12-01T08:00:00+07:00',
      endDate: '2026-12-01T11:30:00+07:00',
      location: { '@type': 'Place', name: 'Hội trường' },
    });
  });
  it('says whether the event goes ahead', () => {
    const event = { title: 'Hội nghị', summary: 'S', start: '2026-12-01', allDay: true };
    expect(eventLd(event, occurrence, 'u', owner, site, 'img').eventStatus).toBe('https://schema.org/EventScheduled');
    expect(eventLd({ ...event, status: 'tentative' }, occurrence, 'u', owner, site, 'img').eventStatus).toBe('https://schema.org/EventScheduled');
    expect(eventLd({ ...event, status: 'cancelled' }, occurrence, 'u', owner, site, 'img').eventStatus).toBe('https://schema.org/EventCancelled');
  });
});
