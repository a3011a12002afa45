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
  /** Cập nhật tiến độ: one YAML file per progress update. */
  progressUpdates: 'tien-do',
  /** Chợ: one YAML file per market. */
  markets: 'cho',
  /** Đợt kiểm định lưu động tại chợ: one YAML file per session. */
  verificationSessions: 'kiem-dinh-cho',
  /** Văn bản: one YAML file per document of the register. */
  documents: 'van-ban',
  /** Tệp đính kèm of documents (PDF, DOC, DOCX), served at /tep/. */
  attachments: 'tep',
  /** Hỏi đáp: one YAML file per answered question. */
  questions: 'hoi-dap',
} as const;

/** The content root: "content", or CONTENT_DIR for fixture builds and benchmarks. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}

/** The file an entry came from, as error messages name it. */
export function fileOf(entry: { id: string; filePath?: string | undefined }, folder: string): string {
  return entry.filePath ?? `${contentDir()}/${folder}/${entry.id}`;
}
