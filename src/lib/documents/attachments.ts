/**
 * Attached files of a document as readers see them listed: file type and size
 * ("PDF, 245,3 KB"), so they know what they download on a slow connection.
 */
import { ATTACHMENT_TYPES } from '../../schemas/document.ts';

export interface Attachment {
  /** Site path, "/tep/ke-hoach-409.pdf". */
  url: string;
  /** What the editor called it, else the file name. */
  title: string;
  /** "PDF", "DOC", "DOCX". */
  typeLabel: string;
  mime: string;
  bytes: number;
  /** "245,3 KB". */
  sizeLabel: string;
}

/** The extension of a stored file path, lowercased: "pdf". */
export function attachmentExtension(path: string): keyof typeof ATTACHMENT_TYPES | undefined {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  return Object.hasOwn(ATTACHMENT_TYPES, extension) ? (extension as keyof typeof ATTACHMENT_TYPES) : undefined;
}

/** Bytes in Vietnamese units with a decimal comma: "850 B", "12,4 KB", "1,2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toFixed(1).replace('.', ',')} ${unit}`;
}

export function attachment(file: { file: string; title?: string | undefined }, bytes: number): Attachment {
  const extension = attachmentExtension(file.file);
  if (!extension) throw new Error(`${file.file}: not a PDF, DOC or DOCX file`);
  const type = ATTACHMENT_TYPES[extension];
  const name = decodeURIComponent(file.file.split('/').pop() ?? file.file);
  return { url: file.file, title: file.title || name, typeLabel: type.label, mime: type.mime, bytes, sizeLabel: formatFileSize(bytes) };
}

/** The attachments of a document, with the sizes of the stored files (validation has checked they exist). */
export function attachmentsOf(files: readonly { file: string; title?: string | undefined }[], sizes: ReadonlyMap<string, number>): Attachment[] {
  return files.map((file) => attachment(file, sizes.get(file.file) ?? 0));
}
