/** Search text: index spelling of "đ", query normalisation, excerpts rendered as text. */
import { describe, expect, it } from 'vitest';
import { fromIndexText, toIndexText } from '../../src/lib/search/encoding.ts';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, normaliseQuery, pagefindTerm } from '../../src/lib/search/query.ts';
import { decodeEntities, excerptRuns } from '../../src/lib/search/excerpt.ts';
import { indexableHtml } from '../../src/lib/search/index-html.ts';

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

  it('searches at most MAX_QUERY_WORDS words, in index spelling', () => {
    const words = Array.from({ length: 30 }, (_, i) => `đo${i}`);
    const term = pagefindTerm(words.join(' '));
    expect(term.split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(fromIndexText(term)).toBe(words.slice(0, MAX_QUERY_WORDS).join(' '));
  });

  it('has nothing to search for in punctuation alone', () => {
    expect(pagefindTerm('"" \'\' ... ?')).toBe('');
    expect(pagefindTerm('"cân"')).toBe('"cân"');
  });
});

describe('excerpts', () => {
  it('splits marked and unmarked runs', () => {
    expect(excerptRuns('Kiểm định <mark>cân</mark> tại chợ')).toEqual([
      { text: 'Kiểm định ', marked: false },
      { text: 'cân', marked: true },
      { text: ' tại chợ', marked: false },
    ]);
  });

  it('restores đ and decodes escaped markup as text, never as tags', () => {
    const runs = excerptRuns(`${toIndexText('<mark>đồng</mark>')} hồ &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp;amp;`);
    expect(runs).toEqual([
      { text: 'đồng', marked: true },
      { text: ' hồ <script>alert(1)</script> "x" &amp;', marked: false },
    ]);
  });

  it('drops any tag other than <mark>', () => {
    expect(excerptRuns('a <img src=x onerror=alert(1)>b <mark>c</mark>')).toEqual([
      { text: 'a b ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('decodes numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&#273;&#x110;&bogus;&#0;')).toBe('đĐ&bogus;&#0;');
  });
});

describe('pages as indexed', () => {
  it('separates words at the end of every element that is not inline', () => {
    expect(indexableHtml('<dl><dt>Ngày kỷ niệm</dt><dd>Hằng năm</dd></dl><table><tr><th>TT</th><td>x</td></tr></table>')).toBe(
      '<dl><dt>Ngày kỷ niệm </dt><dd>Hằng năm </dd> </dl><table><tr><th>TT </th><td>x </td> </tr> </table>',
    );
  });

  it('leaves inline elements joined, as the words they spell', () => {
    expect(indexableHtml('<p>đ<strong>o</strong> <a href="/x">lường</a><time>2022</time></p>')).toBe(`<p>d\u0369<strong>o</strong> <a href="/x">lường</a><time>2022</time> </p>`);
  });
});
