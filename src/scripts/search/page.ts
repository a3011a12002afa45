/**
 * The /tim-kiem/ page in the browser: reads the search from the URL and the
 * form, runs it (ranked-search.ts: a few Pagefind passes ranked by tier, on
 * the summary index first and on the full text when that finds too little or
 * the reader asks), and shows the results as the user types. The summary
 * index is opened as the script starts (its files preloaded by the page's
 * head); the full text only when a search needs it.
 * Everything shown is built as text nodes; no result text is parsed as HTML.
 */
import { resultSummary, shownSummary } from '../../lib/search/messages.ts';
import { querySyllables } from '../../lib/search/query.ts';
import { metaLine, readResult } from '../../lib/search/results.ts';
import { pagefindFilters, parseSearchState, searchQueryString, type SearchState } from '../../lib/search/state.ts';
import { noResultSuggestions } from '../../lib/search/suggestions.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { exclusive, PAGE_SIZE, scopedSearch } from './ranked-search.ts';

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
const fullText = byId<HTMLButtonElement>('tim-toan-van');

/** Counts searches so a slow one never overwrites a newer one. */
let generation = 0;
let pending: PagefindResult[] = [];
/** The syllables of the search whose results are shown, for their excerpts. */
let shownSyllables: string[] = [];
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

async function showMore(): Promise<void> {
  const current = generation;
  const batch = pending.splice(0, PAGE_SIZE);
  const items = await Promise.all(batch.map((result) => renderResult(result, shownSyllables)));
  if (current !== generation) return;
  list.append(...items);
  shown.textContent = shownSummary(list.children.length, total);
  shown.hidden = shown.textContent === '';
  more.hidden = pending.length === 0;
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
  total = 0;
  list.replaceChildren();
  list.hidden = true;
  shown.hidden = true;
  more.hidden = true;
  empty.hidden = true;
  summaryOnly.hidden = true;
}

async function search(state: SearchState): Promise<void> {
  const current = ++generation;
  const syllables = querySyllables(state.q);
  if (syllables.length === 0) {
    clearResults();
    status.textContent = '';
    return;
  }
  status.textContent = 'Đang tìm…';
  try {
    const found = await exclusive(() => (current === generation ? scopedSearch(syllables, pagefindFilters(state), state.fullText === true) : undefined));
    if (!found || current !== generation) return;
    clearResults();
    shownSyllables = syllables;
    pending = found.results;
    total = found.results.length;
    if (total === 0) {
      showSuggestions(state);
    } else {
      list.hidden = false;
      await showMore();
      if (current !== generation) return;
    }
    summaryOnly.hidden = found.scope !== 'summary';
    status.textContent = resultSummary(total, state.q, found.scope);
  } catch (error) {
    if (current !== generation) return;
    clearResults();
    status.textContent = 'Không tải được chức năng tìm kiếm. Vui lòng thử lại sau.';
    console.error(error);
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
fullText.addEventListener('click', () => {
  clearTimeout(timer);
  const state: SearchState = { ...formState(), fullText: true };
  remember(state, 'push');
  void search(state).then(() => resultLinks()[0]?.focus());
});
more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore().then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
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
void loadPagefind('summary').catch(() => undefined);
window.addEventListener('popstate', () => {
  const state = parseSearchState(location.search);
  fillForm(state);
  void search(state);
});

// The form drops what it cannot show (a filter value no option has); the
// full-text choice has no field, so it comes from the URL.
const initial = parseSearchState(location.search);
fillForm(initial);
if (initial.q) void search(initial.fullText ? { ...formState(), fullText: true } : formState());
