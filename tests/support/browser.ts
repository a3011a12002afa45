/**
 * Headless Debian Chromium through playwright-core, with the flags this
 * machine's closed network needs, and a page wrapper that records console
 * errors and failed requests.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `extraArgs`: more Chromium flags, e.g. a remote-debugging port for Lighthouse. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests that failed or answered 4xx/5xx. */
  failedRequests: string[];
}

export async function openWatchedPage(browser: Browser, options: { viewport?: { width: number; height: number } } = {}): Promise<WatchedPage> {
  // A page in its own context (closed with the page): @axe-core/playwright
  // refuses pages made by browser.newPage().
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  // Closing the page closes its context; when the browser is already shutting
  // down that close is refused, which is fine: the context goes with it.
  page.on('close', () => void context.close().catch(() => undefined));
  const errors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return { page, errors, failedRequests };
}
