/**
 * The /tim-kiem/ page in the browser: reads the search from the URL and the
 * form, runs it (ranked-search.ts: a few Pagefind passes ranked by tier, on
 * the summary index first and on the full text, newest years first, when that
 * finds too little or the reader asks: src/lib/search/scope.ts), and shows
 * the results as the user types. The summary
 * index is opened as the script starts (its files preloaded by the page's
 * head); the full text only when a search needs it.
 * Everything shown is built as text nodes; no result text is parsed as HTML.
 */
import { earlierYearsNotice, moreLabel, resultSummary, SEARCHING_EARLIER_YEARS, shownSummary, summaryNotice } from '../../lib/search/messages.ts';
import { headIndexedYears, SUMMARY_YEARS_META, YEARS_META } from '../../lib/search/preload.ts';
import { SUMMARY_BUNDLE } from '../../lib/search/bundles.ts';
import type { SearchedScope } from '../../lib/search/scope.ts';
import { querySyllables } from '../../lib/search/query.ts';
import { metaLine, readResult } from '../../lib/search/results.ts';
import { pagefindFilters, parseSearchState, searchQueryString, type SearchState } from '../../lib/search/state.ts';
import { noResultSuggestions } from '../../lib/search/suggestions.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { exclusive, PAGE_SIZE, scopedSearch, type Searches } from './ranked-search.ts';

/** Pause after the last keystroke before searching. */
const TYPING_DELAY_MS = 200;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page: #${id} is missing`);
  return element as T;
}

const form = byId<HTMLFormElement>('tim-kiem');
const input = byId<HTMLInputElement>('tu-khoa');
const status = byId<HTMLParagraphElement>('trang-thai');
const list = byId<HTMLOListElement>('ket-qua');
const shown = byId<HTMLParagraphElement>('da-hien');
const more = byId<HTMLButtonElement>('xem-them');
const empty = byId<HTMLDivElement>('khong-co-ket-qua');
const suggestions = byId<HTMLUListElement>('goi-y');
const summaryOnly = byId<HTMLParagraphElement>('chi-tom-tat');
const summaryOnlyText = byId<HTMLSpanElement>('chi-tom-tat-chu');
const fullText = byId<HTMLButtonElement>('tim-toan-van');
const earlier = byId<HTMLParagraphElement>('nam-truoc');
const earlierText = byId<HTMLSpanElement>('nam-truoc-chu');
const earlierButton = byId<HTMLButtonElement>('tim-nam-truoc');

/** The years with a full-text index, and those the summary holds, as the build wrote them into the head (src/integrations/pagefind.ts). */
const yearsMeta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
const indexed = headIndexedYears(yearsMeta(YEARS_META), yearsMeta(SUMMARY_YEARS_META));

/** Counts searches so a slow one never overwrites a newer one. */
let generation = 0;
/** Aborted when a newer search starts, so the one before starts no more Pagefind searches (ranked-search.ts, scopedSearch). */
let superseded = new AbortController();
let pending: PagefindResult[] = [];
/** Results on the page, by id: an extended search adds only what is not there yet. */
let shownIds = new Set<string>();
/** The search whose results are shown: its state, syllables (for excerpts), what was searched, its Pagefind searches (kept for the earlier years). */
let shownSearch: { state: SearchState; syllables: string[]; searched: SearchedScope; searches: Searches } | undefined;
let total = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function formState(): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return parseSearchState(params);
}

function fillForm(state: SearchState): void {
  const params = new URLSearchParams(searchQueryString(state));
  input.value = state.q;
  for (const select of form.querySelectorAll('select')) select.value = params.get(select.name) ?? '';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function renderResult(result: PagefindResult, syllables: readonly string[]): Promise<HTMLLIElement> {
  const shown = readResult(await result.data(), syllables);
  const item = element('li');
  const heading = element('h2');
  const link = element('a', shown.title);
  link.href = shown.url;
  heading.append(link);
  item.append(heading);
  if (shown.meta.length > 0) {
    const details = element('p', metaLine(shown));
    details.className = 'meta';
    item.append(details);
  }
  if (shown.excerpt.length > 0) {
    const excerpt = element('p');
    for (const run of shown.excerpt) excerpt.append(run.marked ? element('mark', run.text) : run.text);
    item.append(excerpt);
  }
  return item;
}

/** Whether the full text's earlier years are still to be searched for the results shown (the summary's say "Tìm trong toàn văn"). */
function earlierYearsLeft(): boolean {
  return shownSearch?.searched.scope === 'full' && shownSearch.searched.earlierYears.length > 0;
}

/**
 * "Xem thêm": the next results; once those searched are all shown and earlier
 * years are left, it searches them too and goes on (scope.ts), so it never
 * skips a year, and says so on its label.
 */
function updateMore(): void {
  more.hidden = pending.length === 0 && !earlierYearsLeft();
  more.textContent = moreLabel(pending.length > 0);
}

/** Shows the next `count` results, after those on the page or, with `replace`, instead of them. */
async function showMore(count = PAGE_SIZE, replace = false): Promise<void> {
  const current = generation;
  const batch = pending.splice(0, count);
  const items = await Promise.all(batch.map((result) => renderResult(result, shownSearch?.syllables ?? [])));
  if (current !== generation) return;
  if (replace) list.replaceChildren();
  list.append(...items);
  for (const result of batch) shownIds.add(result.id);
  shown.textContent = shownSummary(list.children.length, total);
  shown.hidden = shown.textContent === '';
  updateMore();
}

/** What the count and the notices say about what was searched. */
function showScope(): void {
  if (!shownSearch) return;
  const { searched, state } = shownSearch;
  summaryOnly.hidden = searched.scope !== 'summary';
  if (searched.scope === 'summary') summaryOnlyText.textContent = summaryNotice(searched);
  earlier.hidden = !earlierYearsLeft();
  earlierText.textContent = earlierYearsLeft() ? earlierYearsNotice(searched) : '';
  status.textContent = resultSummary(total, state.q, searched);
}

function showSuggestions(state: SearchState): void {
  suggestions.replaceChildren(
    ...noResultSuggestions(state, location.pathname).map((suggestion) => {
      const item = element('li');
      const link = element('a', suggestion.label);
      link.href = suggestion.href;
      item.append(link);
      return item;
    }),
  );
  empty.hidden = false;
}

function clearResults(): void {
  pending = [];
  shownIds = new Set();
  shownSearch = undefined;
  total = 0;
  list.replaceChildren();
  list.hidden = true;
  shown.hidden = true;
  more.hidden = true;
  empty.hidden = true;
  summaryOnly.hidden = true;
  earlier.hidden = true;
}

async function search(state: SearchState): Promise<void> {
  const current = ++generation;
  superseded.abort();
  superseded = new AbortController();
  const { signal } = superseded;
  const syllables = querySyllables(state.q);
  if (syllables.length === 0) {
    clearResults();
    status.textContent = '';
    return;
  }
  status.textContent = 'Đang tìm…';
  try {
    const searches: Searches = new Map();
    const found = await exclusive(() => (current === generation ? scopedSearch(syllables, pagefindFilters(state), indexed, state.fullText, searches, signal) : undefined));
    if (!found || current !== generation) return;
    clearResults();
    shownSearch = { state, syllables, searched: found, searches };
    pending = found.results;
    total = found.results.length;
    if (total === 0) {
      showSuggestions(state);
    } else {
      list.hidden = false;
      await showMore();
      if (current !== generation) return;
    }
    showScope();
  } catch (error) {
    if (current !== generation) return;
    clearResults();
    status.textContent = 'Không tải được chức năng tìm kiếm. Vui lòng thử lại sau.';
    console.error(error);
  }
}

/**
 * The earlier years for the results shown ("Xem thêm" once the years searched
 * are all shown): every year searched and ranked as one list, as a reload of
 * the URL then shows it (&toan-van=tat-ca), with a page more than was on the
 * page; returns where the first result not listed before now is.
 */
async function searchEarlierYears(): Promise<number> {
  const current = generation;
  const { signal } = superseded;
  const before = shownSearch;
  if (!before) return -1;
  status.textContent = SEARCHING_EARLIER_YEARS;
  try {
    const found = await exclusive(() => scopedSearch(before.syllables, pagefindFilters(before.state), indexed, 'all', before.searches, signal));
    if (current !== generation) return -1;
    const state: SearchState = { ...before.state, fullText: 'all' };
    remember(state, 'replace');
    const listed = shownIds;
    shownSearch = { ...before, state, searched: found };
    shownIds = new Set();
    pending = [...found.results];
    total = pending.length;
    const firstNew = pending.slice(0, list.children.length + PAGE_SIZE).findIndex((result) => !listed.has(result.id));
    await showMore(list.children.length + PAGE_SIZE, true);
    if (current !== generation) return -1;
    showScope();
    return firstNew;
  } catch (error) {
    if (current !== generation) return -1;
    status.textContent = 'Không tải được chức năng tìm kiếm. Vui lòng thử lại sau.';
    console.error(error);
    return -1;
  }
}

/** Keeps the URL in step with the form, so the search can be shared or reloaded. */
function remember(state: SearchState, mode: 'push' | 'replace'): void {
  const url = `${location.pathname}${searchQueryString(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function searchNow(mode: 'push' | 'replace'): void {
  clearTimeout(timer);
  const state = formState();
  remember(state, mode);
  void search(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  searchNow('push');
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => searchNow('replace'), TYPING_DELAY_MS);
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) searchNow('replace');
});
/** "Tìm trong toàn văn" (its newest years) and "Tìm cả các năm trước" (every year): a new search, focus on its first result. */
for (const [button, reach] of [[fullText, 'recent'], [earlierButton, 'all']] as const) {
  button.addEventListener('click', () => {
    clearTimeout(timer);
    const state: SearchState = { ...formState(), fullText: reach };
    remember(state, 'push');
    void search(state).then(() => resultLinks()[0]?.focus());
  });
}
more.addEventListener('click', () => {
  const first = list.children.length;
  const added = pending.length > 0 ? showMore().then(() => first) : searchEarlierYears();
  void added.then((at) => (list.children[at]?.querySelector('a') as HTMLElement | null)?.focus());
});

// Arrow keys move from the box into the results and between them.
function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
}
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' && !list.hidden) {
    event.preventDefault();
    resultLinks()[0]?.focus();
  }
});
list.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = resultLinks();
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});

// Open the summary index at once: its files are already on their way (the
// head preloads them, src/lib/search/preload.ts) and every search asks it
// first, so a first query waits for neither them nor Pagefind's start.
void loadPagefind(SUMMARY_BUNDLE).catch(() => undefined);
window.addEventListener('popstate', () => {
  const state = parseSearchState(location.search);
  fillForm(state);
  void search(state);
});

// The form drops what it cannot show (a filter value no option has); the
// full-text choice has no field, so it comes from the URL.
const initial = parseSearchState(location.search);
fillForm(initial);
if (initial.q) void search(initial.fullText ? { ...formState(), fullText: initial.fullText } : formState());
