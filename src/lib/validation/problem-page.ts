/**
 * What `npm run dev` shows instead of a public page while content has
 * problems: a Vietnamese page listing each problem, with a link to the entry
 * in the CMS, so that the editor can put it right (never a stack trace).
 * Only the dev server shows it (src/middleware.ts); a build stops instead.
 */
import { CONTENT_FOLDERS } from '../content-folders.ts';
import { sentence } from './messages.ts';
import type { Problem } from './problem.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "content/ke-hoach/2022.yaml" → "/admin/#/collections/plans/entries/2022"; the collection's page for a file collection (settings). */
export function cmsEntryUrl(file: string): string | undefined {
  const parts = file.split('/');
  const [folder, name] = parts.slice(-2);
  const collection = Object.entries(CONTENT_FOLDERS).find(([, path]) => path === folder)?.[0];
  if (!collection || !name || collection === 'images') return undefined;
  if (collection === 'settings') return `/admin/#/collections/${collection}`;
  return `/admin/#/collections/${collection}/entries/${name.replace(/\.[^.]+$/, '')}`;
}

export function problemPageHtml(problems: readonly Problem[]): string {
  const items = problems.map((problem) => {
    const url = cmsEntryUrl(problem.file);
    const where = `<code>${escape(problem.file)}</code>, trường <code>${escape(problem.field)}</code>`;
    const link = url ? ` <a href="${escape(url)}">Sửa trong trang quản trị</a>` : '';
    return `<li><p>${escape(sentence(problem.message))}</p><p>${where}.${link}</p></li>`;
  });
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nội dung cần sửa</title>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}li{margin-bottom:1rem}code{font-size:.9em}a{color:#0b4f8a}</style></head>
<body><main>
<h1>Nội dung cần sửa trước khi trang hiển thị được</h1>
<p>Trang web chưa hiển thị được vì nội dung có ${problems.length} lỗi dưới đây. Mở từng mục trong <a href="/admin/">trang quản trị</a>, sửa, lưu lại rồi tải lại trang này.</p>
<ol>
${items.join('\n')}
</ol>
</main></body>
</html>
`;
}
