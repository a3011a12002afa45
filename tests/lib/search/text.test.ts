/** Search text: index spelling of "đ", query normalisation, excerpts rendered as text. */
import { describe, expect, it } from 'vitest';
import { fromIndexText, toIndexText } from '../../../src/lib/search/encoding.ts';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, normaliseQuery, querySyllables } from '../../../src/lib/search/query.ts';
import { EXCERPT_WORDS, decodeEntities, phraseExcerpt, type ExcerptRun } from '../../../src/lib/search/excerpt.ts';
import { foldMarks, hasMarks } from '../../../src/lib/search/encoding.ts';
import { metaLine, readResult } from '../../../src/lib/search/results.ts';
import { earlierYearsNotice, moreLabel, resultSummary, summaryNotice } from '../../../src/lib/search/messages.ts';
import { searchDocuments } from '../../../src/lib/search/index-html.ts';

const fullText = (html: string) => searchDocuments(html).fullText;
const summary = (html: string) => searchDocuments(html).summary;

describe('index spelling', () => {
  it('spells đ and Đ as d/D plus a mark that Unicode decomposition folds away', () => {
    const indexed = toIndexText('Đo lường cân đồng hồ');
    expect(indexed).not.toMatch(/[đĐ]/);
    expect(indexed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('do luong can dong ho');
  });

  it('round-trips every Vietnamese text', () => {
    const text = 'Đề án 996: Đo lường, đồng hồ nước, ĐIỆN; “dao động” <b>&amp;</b>';
    expect(fromIndexText(toIndexText(text))).toBe(text);
  });

  it('composes decomposed input (as some Vietnamese keyboards type it) first', () => {
    const decomposed = 'câ\u0301n'.normalize('NFD');
    expect(toIndexText(decomposed)).toBe('cấn');
  });

  it('keeps a plain "d" apart from "đ"', () => {
    expect(toIndexText('do')).toBe('do');
    expect(toIndexText('đo')).not.toBe('do');
  });
});

describe('queries', () => {
  it('folds whitespace and trims', () => {
    expect(normaliseQuery('  cân \n\t đồng   hồ ')).toBe('cân đồng hồ');
  });

  it('cuts long input to MAX_QUERY_LENGTH characters', () => {
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect([...normaliseQuery('đ'.repeat(500))]).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('searches at most MAX_QUERY_WORDS syllables, as typed', () => {
    const words = Array.from({ length: 30 }, (_, i) => `đo${i}`);
    expect(querySyllables(words.join(' '))).toEqual(words.slice(0, MAX_QUERY_WORDS));
  });

  it('has nothing to search for in punctuation alone, and takes quotation marks off words', () => {
    expect(querySyllables('"" \'\' ... ?')).toEqual([]);
    expect(querySyllables(`"cân" 'đồng' “hồ”`)).toEqual(['cân', 'đồng', 'hồ']);
    expect(querySyllables('Kế hoạch 409/KH-UBND, 1.977')).toEqual(['Kế', 'hoạch', '409/KH-UBND,', '1.977']);
  });
});

describe('marks', () => {
  it('folds every Vietnamese mark and đ, and lower-cases', () => {
    expect(foldMarks('CÂN ĐỒNG HỒ Đo lường')).toBe('can dong ho do luong');
  });

  it('tells a query typed with marks from one typed without', () => {
    expect(hasMarks('cân')).toBe(true);
    expect(hasMarks('đo')).toBe(true);
    expect(hasMarks('CAN DONG HO 1.977')).toBe(false);
  });
});

const text = (runs: ExcerptRun[]) => runs.map((run) => run.text).join('');
const marked = (runs: ExcerptRun[]) => runs.filter((run) => run.marked).map((run) => run.text);

describe('excerpts', () => {
  const content =
    'Cân ở chợ Người tiêu dùng hỏi về kế hoạch hỗ trợ. Khi mua hàng ở chợ, người tiêu dùng trả tiền theo số chỉ của chiếc cân thông dụng ở mọi chợ trong tỉnh, nơi các hộ kinh doanh dùng cân đồng hồ lò xo, cân đĩa và cân bàn để bán hàng mỗi ngày cho người dân.';

  it('shows the phrase, not the first syllable found, marked as one run', () => {
    const runs = phraseExcerpt(content, ['can', 'dong', 'ho']);
    expect(marked(runs)).toContain('cân đồng hồ');
    expect(marked(runs)).not.toContain('hỗ');
  });

  it('starts at the sentence when it is near, else a few words before the match with "…", always at a word boundary', () => {
    const near = phraseExcerpt('Một hai ba. Bốn năm cân đồng hồ sáu', ['cân', 'đồng', 'hồ']);
    expect(text(near)).toBe('Bốn năm cân đồng hồ sáu');
    const far = text(phraseExcerpt(content, ['can', 'dong', 'ho']));
    expect(far.startsWith('… ')).toBe(true);
    const words = content.split(' ');
    expect(words).toContain(far.slice(2).split(' ')[0]);
    expect(far.split(' ').filter((w) => w !== '…').length).toBeLessThanOrEqual(EXCERPT_WORDS);
    expect(far.endsWith(' …')).toBe(false); // the text ends within the window
    expect(text(phraseExcerpt(`${content} ${content}`, ['can', 'dong', 'ho'])).endsWith(' …')).toBe(true);
  });

  it('matches the last syllable as a prefix only when the text has no whole match for it', () => {
    expect(marked(phraseExcerpt('kiểm định lưu động tại chợ', ['kiem', 'dinh', 'luu', 'do']))).toEqual(['kiểm định lưu động']);
    expect(marked(phraseExcerpt('đo lường: kiểm định lưu động, đồng hồ', ['kiem', 'dinh', 'luu', 'do']))).toEqual(['đo', 'kiểm định lưu động']);
    expect(marked(phraseExcerpt('đo đồng hồ', ['do']))).toEqual(['đo']);
  });

  it('with marks, marks only the same spelling; without, every spelling', () => {
    const unit = 'Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ';
    expect(marked(phraseExcerpt(unit, ['đo', 'lường']))).toEqual(['Đo lường', 'đo lường']);
    expect(marked(phraseExcerpt(unit, ['ĐO', 'LƯỜNG']))).toEqual(['Đo lường', 'đo lường']);
    expect(marked(phraseExcerpt(unit, ['do', 'luong']))).toEqual(['Đo lường', 'lượng', 'đo lường']);
    expect(marked(phraseExcerpt('cân đồng hồ và cân đong', ['cân', 'đồng', 'hồ']))).toEqual(['cân đồng hồ', 'cân']);
  });

  it('with marks, centres on the phrase so spelt when the page also has another spelling first', () => {
    const filler = Array.from({ length: EXCERPT_WORDS }, (_, i) => `x${i}`).join(' ');
    const runs = phraseExcerpt(`Đo lượng ${filler} đo lường`, ['đo', 'lường']);
    expect(marked(runs)).toEqual(['đo lường']);
    expect(text(phraseExcerpt(`Đo lượng ${filler} đo lường`, ['do', 'luong'])).startsWith('Đo lượng')).toBe(true);
  });

  it('with marks, marks other spellings of a syllable the excerpt never shows so spelt (a mark mistyped)', () => {
    expect(marked(phraseExcerpt('Chất lượng và đo lường', ['đo', 'lương']))).toEqual(['lượng', 'đo lường']);
    expect(marked(phraseExcerpt('Đo lượng tại chợ', ['đo', 'lường']))).toEqual(['Đo lượng']);
    expect(marked(phraseExcerpt('kiểm tra đo lường', ['đo', 'luong']))).toEqual(['đo lường']);
  });

  it('marks the word inside punctuation, and figures and document numbers whole', () => {
    expect(phraseExcerpt('nhóm 2 (cân đồng hồ lò xo)', ['cân', 'đồng', 'hồ'])).toEqual([
      { text: 'nhóm 2 (', marked: false },
      { text: 'cân đồng hồ', marked: true },
      { text: ' lò xo)', marked: false },
    ]);
    expect(marked(phraseExcerpt('Kế hoạch số 409/KH-UBND ngày 30/8/2021, tổng 1.977 triệu đồng', ['409/KH-UBND']))).toEqual(['409/KH-UBND']);
    expect(marked(phraseExcerpt('tổng 1.977 triệu đồng.', ['1.977']))).toEqual(['1.977']);
  });

  it('decodes escaped markup as text, never as tags', () => {
    expect(text(phraseExcerpt('cân &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp;amp;', ['cân']))).toBe('cân <script>alert(1)</script> "x" &amp;');
  });

  it('decodes numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&#273;&#x110;&bogus;&#0;')).toBe('đĐ&bogus;&#0;');
  });
});

describe('results as shown', () => {
  const fragment = {
    url: '/tin-tuc/a/',
    content: toIndexText('Đo lường cân đồng hồ tại chợ'),
    meta: { title: toIndexText('Đo cân ở chợ'), date: '21/11/2026' },
    filters: { type: ['tin-tuc'] },
  };

  it('undoes the index spelling in every field at once', () => {
    const shown = readResult(fragment, ['đo']);
    expect(shown.title).toBe('Đo cân ở chợ');
    expect(text(shown.excerpt)).toBe('Đo lường cân đồng hồ tại chợ');
    expect(JSON.stringify(shown)).not.toContain('\u0369');
    expect(metaLine(shown)).toBe('Tin tức · 21/11/2026');
  });

  it('never shows an empty metadata part or a dangling separator', () => {
    expect(readResult({ ...fragment, meta: { title: 'x' } }, ['x']).meta).toEqual(['Tin tức']);
    expect(readResult({ ...fragment, meta: { title: 'x', date: ' ' }, filters: {} }, ['x']).meta).toEqual([]);
    expect(readResult({ ...fragment, meta: {}, filters: { type: ['khong-co'] } }, ['x'])).toMatchObject({ title: '/tin-tuc/a/', meta: [] });
  });
});

describe('the count says what was searched', () => {
  it('with marks: exact spelling first; without: every spelling', () => {
    expect(resultSummary(3, 'cân đồng hồ')).toBe('Tìm thấy 3 kết quả cho “cân đồng hồ” (có dấu: đúng dấu xếp trước, rồi đến cách viết khác dấu).');
    expect(resultSummary(1200, 'can dong ho')).toBe('Tìm thấy 1.200 kết quả cho “can dong ho” (không dấu: tìm cả chữ có dấu).');
    expect(resultSummary(0, 'xyz')).toBe('Không tìm thấy kết quả nào cho “xyz” (không dấu: tìm cả chữ có dấu).');
  });

  it('says when results come from titles and summaries only', () => {
    expect(resultSummary(40, 'dong ho', { scope: 'summary', years: [], earlierYears: [] })).toBe('Tìm thấy 40 kết quả trong tiêu đề và tóm tắt cho “dong ho” (không dấu: tìm cả chữ có dấu).');
    expect(resultSummary(40, 'dong ho', { scope: 'full', years: ['2026', '2025'], earlierYears: [] })).toBe(resultSummary(40, 'dong ho'));
    expect(summaryNotice({ scope: 'summary', years: [], earlierYears: [] })).toBe('Đây là kết quả tìm nhanh trong tiêu đề và tóm tắt; trang chỉ nhắc từ khóa trong phần nội dung chưa có ở đây.');
  });

  it('says which years titles and summaries were searched in when the summary does not hold every year', () => {
    const newest = { scope: 'summary', years: ['2026', '2025'], earlierYears: ['2024', '2022'] } as const;
    expect(resultSummary(40, 'dong ho', newest)).toBe('Tìm thấy 40 kết quả trong tiêu đề và tóm tắt các trang năm 2025–2026 cho “dong ho” (không dấu: tìm cả chữ có dấu).');
    expect(summaryNotice(newest)).toBe('Đây là kết quả tìm nhanh trong tiêu đề và tóm tắt các trang năm 2025–2026; các trang chỉ nhắc từ khóa trong phần nội dung, cũng như các trang từ năm 2024 trở về trước, chưa có ở đây.');
  });

  it('says which years of the full text were searched when earlier ones are left, and what is not listed yet', () => {
    const recent = { scope: 'full', years: ['2026', '2025'], earlierYears: ['2024', '2022'] } as const;
    expect(resultSummary(12, 'kho khan', recent)).toBe('Tìm thấy 12 kết quả trong toàn văn các trang năm 2025–2026 cho “kho khan” (không dấu: tìm cả chữ có dấu).');
    expect(moreLabel(true)).toBe('Xem thêm kết quả');
    expect(moreLabel(false)).toBe('Xem thêm kết quả (tìm cả các năm trước)');
    expect(earlierYearsNotice(recent)).toBe('Đây là các trang năm 2025–2026 có đúng cụm từ này trong toàn văn; các trang từ năm 2024 trở về trước chưa được tìm kiếm.');
    expect(earlierYearsNotice({ ...recent, halfTyped: true })).toBe('Đây là các trang năm 2025–2026 có cụm từ này (chữ cuối có thể chưa gõ hết) trong toàn văn; các trang từ năm 2024 trở về trước chưa được tìm kiếm.');
    expect(resultSummary(10, 'khó khăn', { scope: 'full', years: ['2026'], earlierYears: ['2025'] })).toContain(' trong toàn văn các trang năm 2026 cho “khó khăn”');
  });
});

describe('pages as indexed', () => {
  it('separates words at the end of every element that is not inline', () => {
    expect(fullText('<dl><dt>Ngày kỷ niệm</dt><dd>Hằng năm</dd></dl><table><tr><th>TT</th><td>x</td></tr></table>')).toBe(
      '<dl><dt>Ngày kỷ niệm </dt><dd>Hằng năm </dd> </dl><table><tr><th>TT </th><td>x </td> </tr> </table>',
    );
  });

  it('leaves inline elements joined, as the words they spell', () => {
    expect(fullText('<p>đ<strong>o</strong> <a href="/x">lường</a><time>2022</time></p>')).toBe(`<p>d\u0369<strong>o</strong> <a href="/x">lường</a><time>2022</time> </p>`);
  });

  it('for the summary index, gives Pagefind only the title, lead and facets as its body', () => {
    const page = '<main id="noi-dung" data-pagefind-body><span hidden data-search-summary data-pagefind-filter="type:tin-tuc"></span><h1 data-pagefind-weight="10" data-search-summary>Đo lường</h1><p>Thân bài</p><p class="lead" data-search-summary>Tóm tắt</p></main>';
    expect(summary(page)).toBe(
      '<!DOCTYPE html><html><body><span hidden data-pagefind-body data-pagefind-filter="type:tin-tuc"></span><h1 data-pagefind-weight="10" data-pagefind-body>D\u0369o lường </h1><p class="lead" data-pagefind-body>Tóm tắt </p> </body> </html>',
    );
    // No h1 to take a title from: the page is kept whole.
    expect(summary('<main data-pagefind-body=""><p data-search-summary="">x</p></main>')).toBe('<main><p data-pagefind-body>x </p> </main>');
  });
});
