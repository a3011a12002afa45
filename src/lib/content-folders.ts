/**
 * Where each content type lives under content/. Folder names are Vietnamese,
 * like the URLs, so editors recognise them.
 */
export const CONTENT_FOLDERS = {
  news: 'tin-tuc',
  articles: 'bai-viet',
  events: 'su-kien',
  plans: 'ke-hoach',
  tags: 'the',
  settings: 'cai-dat',
  images: 'anh',
} as const;

/** The content root: "content", or CONTENT_DIR for fixture builds and benchmarks. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
