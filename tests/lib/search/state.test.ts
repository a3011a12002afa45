/** Search state in the URL, filters, ranking, suggestions, messages and facets. */
import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindFilters, parseSearchState, searchQueryString } from '../../../src/lib/search/state.ts';
import { rankResults, relevanceTiers, searchPasses } from '../../../src/lib/search/rank.ts';
import { noResultSuggestions } from '../../../src/lib/search/suggestions.ts';
import { resultSummary, shownSummary } from '../../../src/lib/search/messages.ts';
import { fillsPage, fullTextYears, halfTypedYearStage, SUMMARY_MIN_PAGES, summaryCoverage, summaryStages, summaryYears } from '../../../src/lib/search/scope.ts';
import { eventFacets, facetMarkers, planFacets, publicationFacets, siteFacets } from '../../../src/lib/search/facets.ts';
import { tagOptions, yearOptions } from '../../../src/lib/search/options.ts';

describe('search state', () => {
  it('reads query and filters from the URL', () => {
    expect(parseSearchState('?q=c%C3%A2n+%C4%91%E1%BB%93ng+h%E1%BB%93&loai=tin-tuc&nam=2022&the=cho')).toEqual({
      q: 'cân đồng hồ',
      type: 'tin-tuc',
      year: '2022',
      tag: 'cho',
    });
  });

  it('drops values that cannot be ours and empty fields from a no-JS form', () => {
    expect(parseSearchState('?q=&loai=video&nam=22&the=%3Cscript%3E')).toEqual({ q: '' });
    expect(parseSearchState('?q=do&loai=&nam=&the=')).toEqual({ q: 'do' });
  });

  it('writes the same state back', () => {
    const state = { q: 'can dong ho "x" <b>', type: 'su-kien', year: '2025', tag: 'kiem-dinh' } as const;
    expect(parseSearchState(searchQueryString(state))).toEqual(state);
    expect(searchQueryString({ q: '' })).toBe('');
  });

  it('keeps the full-text choice in the URL as toan-van=1 (newest years first) or toan-van=tat-ca (every year), and nothing else as it', () => {
    const state = { q: 'cân đồng hồ', type: 'tin-tuc', fullText: 'recent' } as const;
    expect(searchQueryString(state)).toBe('?q=c%C3%A2n+%C4%91%E1%BB%93ng+h%E1%BB%93&loai=tin-tuc&toan-van=1');
    expect(parseSearchState(searchQueryString(state))).toEqual(state);
    expect(searchQueryString({ q: 'do', fullText: 'all' })).toBe('?q=do&toan-van=tat-ca');
    expect(parseSearchState('?q=do&toan-van=tat-ca')).toEqual({ q: 'do', fullText: 'all' });
    expect(parseSearchState('?q=do&toan-van=tat')).toEqual({ q: 'do' });
    expect(parseSearchState('?q=do&toan-van=0')).toEqual({ q: 'do' });
    expect(parseSearchState('?q=do&toan-van=')).toEqual({ q: 'do' });
    expect(searchQueryString({ q: 'do' })).toBe('?q=do');
  });

  it('turns filters into Pagefind filters', () => {
    expect(pagefindFilters({ q: 'x', type: 'ke-hoach', tag: 'cho' })).toEqual({ type: 'ke-hoach', tag: 'cho' });
    expect(pagefindFilters({ q: 'x' })).toEqual({});
    expect(hasFilters({ q: 'x' })).toBe(false);
    expect(hasFilters({ q: 'x', year: '2022' })).toBe(true);
  });
});

describe('relevance tiers', () => {
  /** What a pass found: ids, each matched at word position 0 unless given. */
  const found = (...entries: (string | [string, number[]])[]) => new Map(entries.map((entry) => (typeof entry === 'string' ? [entry, [0]] : entry)));
  // Pagefind's plain search (prefixes) found a–f in this order for "cân đồng hồ":
  // d has the phrase; f has "cân đồng" then "hồng" (a half-typed "hồ") at 7–9; b and d have
  // every syllable whole; e has them in another order (5–7, no whole "hồ"); a and c lack a whole "đồng".
  const plain = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
  const folded = {
    phrase: found('d'),
    prefixes: [found(['d', [4]], ['f', [1, 7]], ['e', [6]]), found(['d', [5]], ['f', [8]], ['e', [5]]), found(['d', [6]], ['f', [9]], ['e', [7]])],
    words: [found('b', 'c', 'd', 'e', 'f'), found('b', 'd', 'e', 'f'), found('d', 'b')],
    plain: found('a', 'b', 'c', 'd', 'e', 'f'),
  };

  it('asks Pagefind for the phrase, each syllable whole and as a prefix, and its own search, in index spelling', () => {
    expect(searchPasses(['cân', 'đồng', 'hồ'], 'all')).toEqual({
      phrase: '"cân d\u0369ồng hồ"',
      prefixes: ['cân', 'd\u0369ồng', 'hồ'],
      words: ['"cân"', '"d\u0369ồng"', '"hồ"'],
      plain: 'cân d\u0369ồng hồ',
    });
    expect(searchPasses(['taximet'], 'all').prefixes).toEqual([]);
  });

  it('asks only for the passes the kept tiers need: the phrase and its order; with exact diacritics, no prefixes, and the phrase alone below every tier', () => {
    expect(searchPasses(['cân', 'đồng'], 'phrase')).toEqual({ phrase: '"cân d\u0369ồng"', prefixes: [], words: [], plain: 'cân d\u0369ồng' });
    expect(searchPasses(['cân', 'đồng'], 'phrase-typing')).toEqual(searchPasses(['cân', 'đồng'], 'all'));
    expect(searchPasses(['cân', 'đồng'], 'all', true)).toEqual({ phrase: '"cân d\u0369ồng"', prefixes: [], words: ['"cân"', '"d\u0369ồng"'], plain: 'cân d\u0369ồng' });
    for (const tiers of ['phrase', 'phrase-typing'] as const) expect(searchPasses(['cân', 'đồng'], tiers, true)).toEqual({ phrase: '"cân d\u0369ồng"', prefixes: [], words: [] });
  });

  it('puts the phrase first, then the phrase with a half-typed last syllable, then whole syllables apart, then a prefix of the last; drops the rest', () => {
    expect(relevanceTiers(folded).map((tier) => [...tier].sort())).toEqual([['d'], ['d', 'f'], ['b', 'd'], ['b', 'd', 'e', 'f']]);
    expect(rankResults(plain, folded).map((r) => r.id)).toEqual(['d', 'f', 'b', 'e']);
  });

  it('keeps only the tiers asked for (the summary index), from only the passes they need', () => {
    expect(rankResults(plain, folded, undefined, 'phrase-typing').map((r) => r.id)).toEqual(['d', 'f']);
    const none = found();
    const exactF = { phrase: found('f'), prefixes: [], words: [], plain: none };
    expect(rankResults(plain, folded, exactF, 'phrase-typing').map((r) => r.id)).toEqual(['d', 'f']);
    const phraseOnly = { phrase: found('d', 'f'), prefixes: [], words: [], plain: folded.plain };
    expect(rankResults(plain, phraseOnly, undefined, 'phrase').map((r) => r.id)).toEqual(['d', 'f']);
    expect(rankResults(plain, phraseOnly, exactF, 'phrase').map((r) => r.id)).toEqual(['f', 'd']);
  });

  it('needs the syllables in their order, next to each other, for the half-typed phrase', () => {
    const apart = { ...folded, prefixes: [found(['f', [1, 7]]), found(['f', [9]]), found(['f', [10]])] };
    expect([...(relevanceTiers(apart)[1] ?? [])]).toEqual([]);
  });

  it('lists exact-diacritic matches first within each tier, and keeps Pagefind\'s order inside a group', () => {
    const none = found();
    const exactApart = { phrase: none, prefixes: [], words: [found('b', 'e'), found('b', 'e'), found('b')], plain: found('b', 'e') };
    expect(rankResults(plain, folded, exactApart).map((r) => r.id)).toEqual(['d', 'f', 'b', 'e']);
    const exactPartial = { phrase: none, prefixes: [], words: [found('e', 'b'), found('e', 'b'), none], plain: found('e', 'b') };
    expect(rankResults(plain, folded, exactPartial).map((r) => r.id)).toEqual(['d', 'f', 'b', 'e']);
    const twoApart = { ...folded, words: [found('b', 'c', 'd', 'e', 'f'), found('b', 'd', 'e', 'f'), found('d', 'b', 'e')] };
    const exactE = { phrase: none, prefixes: [], words: [found('e'), found('e'), found('e')], plain: found('e') };
    expect(rankResults(plain, twoApart, exactE).map((r) => r.id)).toEqual(['d', 'f', 'e', 'b']);
  });

  it('for one syllable: whole words first, exact ones leading, then words it starts', () => {
    const none = found();
    const one = { phrase: found('b', 'c'), prefixes: [], words: [found('b', 'c')], plain: found('a', 'b', 'c') };
    expect(rankResults(plain, one).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    const exact = { phrase: found('c'), prefixes: [], words: [found('c')], plain: found('c', 'a') };
    expect(rankResults(plain, one, exact).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('which index answers', () => {
  it('the summary index when its phrase matches fill a page of results, else the full text', () => {
    expect(fillsPage(10, 10)).toBe(true);
    expect(fillsPage(40, 10)).toBe(true);
    expect(fillsPage(9, 10)).toBe(false);
    expect(fillsPage(0, 10)).toBe(false);
  });

  it('goes through the full text newest year first, or only the year filtered by (none when it has no index)', () => {
    expect(fullTextYears(['2022', '2026', '2025'])).toEqual(['2026', '2025', '2022']);
    expect(fullTextYears(['2022', '2026', '2025'], '2025')).toEqual(['2025']);
    expect(fullTextYears(['2022', '2026'], '2024')).toEqual([]);
    // A year after the newest index: the newest holds the pages dated after the build (upcoming events).
    expect(fullTextYears(['2022', '2026'], '2027')).toEqual(['2026']);
    expect(fullTextYears([], '2027')).toEqual([]);
  });

  it('holds in the summary index the newest years until they hold enough pages, or every year', () => {
    const pages = new Map([['2024', 900], ['2026', 800], ['2025', 700], ['2022', 50]]);
    expect(summaryYears(pages, 1500)).toEqual(['2026', '2025']);
    expect(summaryYears(pages, 1501)).toEqual(['2026', '2025', '2024']);
    expect(summaryYears(pages, 800), 'the newest year alone holds enough').toEqual(['2026']);
    expect(summaryYears(pages, 10_000), 'a smaller site: every year').toEqual(['2026', '2025', '2024', '2022']);
    expect(summaryYears(pages), `${SUMMARY_MIN_PAGES} pages by default`).toEqual(['2026']);
    expect(summaryYears(new Map([['2026', 200], ['2025', 200], ['2024', 200], ['2023', 200]])), 'a small site: the newest years holding 500').toEqual(['2026', '2025', '2024']);
    expect(summaryYears(new Map())).toEqual([]);
    expect(() => summaryYears(pages, 0)).toThrow('the summary cannot hold at least 0 pages');
    expect(() => summaryYears(pages, 1.5)).toThrow('at least 1.5 pages');
  });

  it('says what the summary answers for: the site, its newest years, or nothing for a year it does not hold', () => {
    const order = ['2026', '2025', '2022'];
    expect(summaryCoverage(order, order)).toEqual({ years: [], earlierYears: [] });
    expect(summaryCoverage(order, ['2026', '2025'])).toEqual({ years: ['2026', '2025'], earlierYears: ['2022'] });
    expect(summaryCoverage(['2025'], ['2026', '2025']), 'filtered by a year it holds').toEqual({ years: [], earlierYears: [] });
    expect(summaryCoverage(['2022'], ['2026', '2025']), 'filtered by a year it does not hold').toBeUndefined();
    expect(summaryCoverage([], []), 'nothing indexed (the dev server): asked, and its failure to load shown').toEqual({ years: [], earlierYears: [] });
    expect(summaryCoverage(fullTextYears(['2026', '2025'], '2027'), ['2026']), 'a year after the newest: the build year’s index, which it holds').toEqual({ years: [], earlierYears: [] });
  });

  it('asks the summary index for the phrase first, then for the half-typed phrase too, which one syllable does not have', () => {
    expect(summaryStages(3)).toEqual(['phrase', 'phrase-typing']);
    expect(summaryStages(1)).toEqual(['phrase']);
  });

  it('asks a year for the half-typed phrase only while no year searched has the phrase itself', () => {
    expect(halfTypedYearStage(4, 0), '"kho khan vuong m": nowhere as a phrase').toBe(true);
    expect(halfTypedYearStage(3, 4), '"thiet bi do": found as a phrase, so "do" is a finished word').toBe(false);
    expect(halfTypedYearStage(1, 0)).toBe(false);
  });
});

describe('when nothing is found', () => {
  it('suggests dropping filters, then a word, then browsing topics', () => {
    const suggestions = noResultSuggestions({ q: 'cân đồng hồ', type: 'su-kien', year: '2022' }, '/tim-kiem/');
    expect(suggestions.map((s) => s.href)).toEqual([
      '/tim-kiem/?q=c%C3%A2n+%C4%91%E1%BB%93ng+h%E1%BB%93',
      '/tim-kiem/?q=c%C3%A2n+%C4%91%E1%BB%93ng&loai=su-kien&nam=2022',
      '/the/',
    ]);
    expect(suggestions[1]?.label).toContain('“cân đồng”');
  });

  it('only suggests topics for one word without filters', () => {
    expect(noResultSuggestions({ q: 'xyz' }, '/tim-kiem/')).toEqual([{ label: 'Xem tất cả chủ đề', href: '/the/' }]);
  });

  it('says how many were found', () => {
    expect(resultSummary(0, 'x')).toMatch(/^Không tìm thấy kết quả nào cho “x” \(/);
    expect(resultSummary(1234, 'cân')).toMatch(/^Tìm thấy 1\.234 kết quả cho “cân” \(/);
    expect(shownSummary(10, 25)).toBe('Đang hiển thị 10 trên 25 kết quả.');
    expect(shownSummary(3, 3)).toBe('');
  });
});

describe('facets', () => {
  it('dates a publication by its day in Vietnam', () => {
    // 31/12/2024 18:00 UTC is already 01/01/2025 in Vietnam.
    expect(publicationFacets('tin-tuc', new Date('2024-12-31T18:00:00Z'), ['cho'])).toEqual({ type: 'tin-tuc', year: '2025', date: '01/01/2025', tags: ['cho'] });
  });

  it('dates events by their start and plans by their period and document', () => {
    expect(eventFacets('2025-05-20T08:00')).toEqual({ type: 'su-kien', year: '2025', date: '20/05/2025', tags: [] });
    expect(planFacets('2022-03', '2022-02')).toEqual({ type: 'ke-hoach', year: '2022', date: 'tháng 02/2022', tags: [] });
  });

  it('writes one Pagefind marker per filter value', () => {
    expect(facetMarkers({ type: 'bai-viet', year: '2023', date: '05/06/2023', tags: ['a', 'b'] })).toEqual([
      { filter: 'type:bai-viet' },
      { filter: 'year:2023' },
      { filter: 'tag:a' },
      { filter: 'tag:b' },
      { meta: 'date:05/06/2023' },
    ]);
  });

  it('offers the years that have content, newest first, and tags in Vietnamese order', () => {
    const facets = siteFacets({
      news: [{ data: { publishedAt: new Date('2023-01-05T00:00:00+07:00'), tags: [] } }],
      articles: [{ data: { publishedAt: new Date('2022-07-01T00:00:00+07:00'), tags: [] } }],
      events: [{ data: { start: '2025-05-20' } }],
      plans: [{ data: { period: { start: '2022-03' }, document: { issued: '2022-02' } } }],
    });
    expect(yearOptions(facets).map((o) => o.value)).toEqual(['2025', '2023', '2022']);
    expect(tagOptions([{ id: 'z', label: 'Đo lường' }, { id: 'y', label: 'Doanh nghiệp' }, { id: 'x', label: 'Chợ' }]).map((o) => o.label)).toEqual(['Chợ', 'Doanh nghiệp', 'Đo lường']);
  });
});
