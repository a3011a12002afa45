/**
 * The documents register (danh mục văn bản): how a document is cited, and the
 * static filter pages of /van-ban/ (by type, year, issuer and status). A
 * static host has no server to filter a list, so every filter value gets a
 * page of its own and the filters are plain links: they work without
 * JavaScript, can be bookmarked, and are indexed like any page.
 */
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentData } from '../../schemas/document.ts';
import { slugify } from '../slug.ts';
import { formatPartialDate } from '../format/date.ts';
import { PENDING } from '../format/pending.ts';

export interface RegisterEntry {
  id: string;
  data: DocumentData;
}

/** "409/KH-UBND"; a number the document leaves blank prints as "…" ("…/KH-KHCN"), as the plan page does. */
export function documentReference(data: Pick<DocumentData, 'number' | 'symbol'>): string {
  return `${data.number || '…'}/${data.symbol}`;
}

/** "Kế hoạch số 409/KH-UBND ngày 30/08/2021": how Vietnamese documents cite one another. */
export function documentCitation(data: Pick<DocumentData, 'kind' | 'number' | 'symbol' | 'issued'>): string {
  const date = /^\d{4}-\d{2}$/.test(data.issued) ? formatPartialDate(data.issued) : `ngày ${formatPartialDate(data.issued)}`;
  return `${DOCUMENT_KINDS[data.kind]} số ${documentReference(data)} ${date}`;
}

/** Label of a status; unknown until the Department states it. */
export const STATUS_UNKNOWN = { id: 'chua-xac-dinh', label: 'Chưa xác định' } as const;

export function statusLabel(data: Pick<DocumentData, 'status'>): string {
  return data.status ? DOCUMENT_STATUSES[data.status] : STATUS_UNKNOWN.label;
}

/** The four filters of the register, with their URL segment and heading. */
export const REGISTER_FILTERS = {
  loai: 'Loại văn bản',
  nam: 'Năm ban hành',
  'co-quan': 'Cơ quan ban hành',
  'tinh-trang': 'Tình trạng hiệu lực',
} as const;
export type RegisterFilter = keyof typeof REGISTER_FILTERS;

/** One value of one filter and the documents it selects. */
export interface FilterValue<T extends RegisterEntry = RegisterEntry> {
  filter: RegisterFilter;
  /** URL segment: /van-ban/{filter}/{value}/. */
  value: string;
  label: string;
  entries: T[];
}

function valueOf(filter: RegisterFilter, data: DocumentData): { value: string; label: string } {
  switch (filter) {
    case 'loai':
      return { value: data.kind, label: DOCUMENT_KINDS[data.kind] };
    case 'nam':
      return { value: data.issued.slice(0, 4), label: data.issued.slice(0, 4) };
    case 'co-quan':
      return { value: slugify(data.issuer), label: data.issuer };
    case 'tinh-trang':
      return data.status ? { value: data.status, label: DOCUMENT_STATUSES[data.status] } : { value: STATUS_UNKNOWN.id, label: STATUS_UNKNOWN.label };
  }
}

/** Newest issued first, then by reference: the register's order everywhere. */
export function registerOrder<T extends RegisterEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.issued.localeCompare(a.data.issued) || a.id.localeCompare(b.id));
}

/**
 * Every value each filter takes among the documents, in a stable order (years
 * newest first, the rest alphabetically by label), each with its documents.
 * Only values that select something get a page.
 */
export function filterValues<T extends RegisterEntry>(entries: readonly T[]): FilterValue<T>[] {
  const ordered = registerOrder(entries);
  return (Object.keys(REGISTER_FILTERS) as RegisterFilter[]).flatMap((filter) => {
    const byValue = new Map<string, FilterValue<T>>();
    for (const entry of ordered) {
      const { value, label } = valueOf(filter, entry.data);
      const found = byValue.get(value) ?? { filter, value, label, entries: [] };
      found.entries.push(entry);
      byValue.set(value, found);
    }
    const values = [...byValue.values()];
    return filter === 'nam' ? values.sort((a, b) => b.value.localeCompare(a.value)) : values.sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  });
}

/**
 * The register entries a text cites by number and symbol ("… Kế hoạch số
 * 409/KH-UBND ngày 30/8/2021 …"): how a plan's legal bases link to the register.
 * A document without a number cannot be told apart by its symbol alone and is
 * never matched.
 */
export function citedDocuments(text: string, entries: readonly RegisterEntry[]): RegisterEntry[] {
  const folded = text.normalize('NFC');
  return entries.filter((entry) => entry.data.number !== '' && folded.includes(documentReference(entry.data).normalize('NFC')));
}

/** Label → value rows every view of a document shows (page, feed). */
export function documentMetadata(entry: RegisterEntry): { label: string; value: string }[] {
  const { data } = entry;
  return [
    { label: 'Loại văn bản', value: DOCUMENT_KINDS[data.kind] },
    { label: 'Số, ký hiệu', value: documentReference(data) },
    { label: 'Ngày ban hành', value: formatPartialDate(data.issued) },
    { label: 'Ngày có hiệu lực', value: data.effective ? formatPartialDate(data.effective) : PENDING },
    { label: 'Cơ quan ban hành', value: data.issuer },
    { label: 'Người ký', value: data.signer ? [data.signer.position, data.signer.name].filter(Boolean).join(' ') : PENDING },
    { label: 'Trích yếu', value: data.title },
    { label: 'Tình trạng hiệu lực', value: statusLabel(data) },
    { label: 'Lĩnh vực', value: data.field || PENDING },
  ];
}
