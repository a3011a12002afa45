/**
 * A small real PDF for tests that upload or publish one: Chromium prints a
 * page of Vietnamese text to PDF (the same Chromium the browser tests drive),
 * so the file is what an editor's office software would produce, not bytes we
 * made up.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from './browser.ts';

const run = promisify(execFile);

export async function writePdf(path: string, text: string): Promise<Buffer> {
  const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${text}</title><p>${text}</p></html>`;
  await run(CHROMIUM_PATH, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-pdf-header-footer',
    `--print-to-pdf=${path}`,
    `data:text/html;charset=utf-8,${encodeURIComponent(html)}`,
  ]);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`${path}: Chromium did not write a PDF`);
  return bytes;
}
