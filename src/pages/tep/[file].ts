/**
 * Attached files of the documents register, served as they were uploaded:
 * they live with the content (content/tep/), not in public/, so a fixture
 * build (CONTENT_DIR) carries its own.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { loadSite, pathsOf } from '../../data/site.ts';
import { attachmentExtension } from '../../lib/documents/attachments.ts';
import { ATTACHMENT_TYPES } from '../../schemas/document.ts';
import { CONTENT_FOLDERS, contentDir } from '../../lib/content-folders.ts';

export const getStaticPaths = pathsOf(async () => {
  const { attachmentSizes } = await loadSite();
  return [...attachmentSizes.keys()].flatMap((path) => {
    const extension = attachmentExtension(path);
    const file = path.split('/').pop() ?? '';
    return extension ? [{ params: { file }, props: { mime: ATTACHMENT_TYPES[extension].mime } }] : [];
  });
});

export const GET: APIRoute<{ mime: string }, { file: string }> = async ({ params, props }) => {
  const bytes = await readFile(`${contentDir()}/${CONTENT_FOLDERS.attachments}/${params.file}`);
  return new Response(bytes, { headers: { 'Content-Type': props.mime } });
};
