/** The dev server's page for content problems (src/lib/validation/problem-page.ts): Vietnamese, escaped, linked to the CMS. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cmsEntryUrl, problemPageHtml } from '../../../src/lib/validation/problem-page.ts';

describe('cmsEntryUrl', () => {
  it('links a file to its entry in the CMS', () => {
    expect(cmsEntryUrl('content/ke-hoach/2022.yaml')).toBe('/admin/#/collections/plans/entries/2022');
    expect(cmsEntryUrl('tests/x/tin-tuc/abc.md')).toBe('/admin/#/collections/news/entries/abc');
    expect(cmsEntryUrl('content/tien-do/2022-05-01-ii-2-b.yaml')).toBe('/admin/#/collections/progressUpdates/entries/2022-05-01-ii-2-b');
    expect(cmsEntryUrl('content/cai-dat/trang-web.yaml')).toBe('/admin/#/collections/settings');
    expect(cmsEntryUrl('somewhere/else.txt')).toBeUndefined();
  });
});

describe('problemPageHtml', () => {
  it('lists each problem as a sentence with its file, field and a link, escaping what content wrote', () => {
    const html = problemPageHtml([
      { file: 'content/ke-hoach/2022.yaml', field: 'tasks[10].budget', message: 'kinh phí mục II.3 là 540 triệu đồng nhưng các dòng con cộng lại 541 triệu đồng' },
      { file: 'content/tin-tuc/a.md', field: 'tags[0]', message: 'không có thẻ "<script>"' },
    ]);
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
    const items = [...document.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Kinh phí mục II.3 là 540 triệu đồng nhưng các dòng con cộng lại 541 triệu đồng',
      'Không có thẻ "<script>"',
    ]);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/admin/#/collections/plans/entries/2022');
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });
});
