/**
 * Widgets several collections share: the stable id, the cover image, the
 * cross-references to tags, plan tasks and events (always picked from a list,
 * never typed), the draft switch and where uploaded images go.
 */
import { z } from 'astro/zod';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';
import { DAY_WIDGET, type FieldUi } from '../define.ts';

/** Stand-in for astro:assets' image() so the schemas can be read outside Astro: the CMS stores a path string. */
export const imageStandIn = () => z.string();

/** Where a collection's entries live, as Decap wants it (repository-relative). */
export const folderOf = (key: keyof typeof CONTENT_FOLDERS) => `content/${CONTENT_FOLDERS[key]}`;

/**
 * Uploads go to content/anh/ (media_folder, from the repository root), and
 * the entry stores "../anh/<file>": a path relative to the entry file, which
 * astro:assets resolves and optimises at build time.
 */
export const mediaFolders = {
  media_folder: `/${folderOf('images')}`,
  public_folder: `../${CONTENT_FOLDERS.images}`,
} as const;

/**
 * The stable id is bookkeeping, not something an editor reads or types: the
 * form never shows it, and the preSave hook (admin/app/hooks.ts) gives a new
 * entry its UUID.
 */
export const uidUi: FieldUi = {
  label: 'Mã định danh',
  widget: 'hidden',
  patternMessage: 'Mã định danh chỉ gồm chữ thường không dấu, số và "-"',
};

/** Replaced in the browser by today's date in Vietnam when a new entry opens (admin/app/today.ts). */
export const TODAY = '{{today}}';

/** A day picked on a calendar, stored "YYYY-MM-DD" (for schema fields that are day strings). */
export const dayUi = (label: string, hint?: string): FieldUi => ({ label, ...(hint ? { hint } : {}), ...DAY_WIDGET });

/**
 * A reference to one plan task, picked in one list that searches codes and
 * titles with or without marks (the "plan-task" widget, admin/app/task-picker.ts).
 */
export const taskRefUi = (label: string, hint?: string): FieldUi => ({
  label,
  hint: hint ?? 'Gõ mã (ví dụ II.3.c) hoặc vài chữ trong tên nhiệm vụ, rồi chọn trong danh sách.',
  widget: 'plan-task',
  fields: { plan: { label: 'Kế hoạch' }, task: { label: 'Nhiệm vụ' } },
});

/** Pick entries of another collection by file name (tags, events, news…). */
export const pickEntries = (label: string, collection: string, display: string, hint?: string): FieldUi => ({
  label,
  ...(hint ? { hint } : {}),
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: [display],
  display_fields: [display],
  multiple: true,
});

export const draftUi: FieldUi = {
  label: 'Bản nháp',
  hint: 'Bật: chưa đăng lên trang. Tắt để xuất bản.',
  default: true,
};

export const coverUi: FieldUi = {
  label: 'Ảnh đại diện',
  hint: 'Ảnh được tối ưu tự động khi xây dựng trang; nên dùng ảnh ngang, rộng từ 1200 điểm ảnh.',
  collapsed: false,
  fields: {
    src: { label: 'Ảnh', widget: 'image', choose_url: false, ...mediaFolders },
    alt: { label: 'Mô tả ảnh (bắt buộc)', hint: 'Ảnh thể hiện điều gì, cho người khiếm thị và khi ảnh không tải được.' },
    credit: { label: 'Nguồn ảnh', hint: 'Chỉ ghi tên người chụp hoặc đơn vị, ví dụ: Chi cục TĐC Bắc Giang. Trang tự thêm chữ “Ảnh:” phía trước.' },
  },
};

export const tagsUi = pickEntries('Thẻ', 'tags', 'label', 'Chọn một hoặc nhiều thẻ trong danh sách.');

/** Several plan tasks, picked in the same list (the "plan-task" widget with `multiple`). */
export const relatedTasksUi: FieldUi = {
  label: 'Nhiệm vụ liên quan',
  hint: 'Các nhiệm vụ trong kế hoạch mà nội dung này đề cập. Gõ mã (ví dụ II.3.c) hoặc vài chữ trong tên nhiệm vụ, rồi chọn; chọn được nhiều nhiệm vụ.',
  widget: 'plan-task',
  multiple: true,
  fields: { plan: { label: 'Kế hoạch' }, task: { label: 'Nhiệm vụ' } },
};

export const relatedEventsUi = pickEntries('Sự kiện liên quan', 'events', 'title');

/**
 * File names of new entries: the project's slugify (src/lib/slug.ts) of the
 * identifier field in NFC, put in this data key by the preSave hook
 * (admin/app/hooks.ts) and left out of the file by the formats
 * (admin/app/formats.ts). Decap's own slugs (clean_accents) turn each
 * combining mark of decomposed Vietnamese into "-" and keep "_" and "~".
 */
export const FILE_SLUG_KEY = 'fileSlug';
export const projectSlug = `{{fields.${FILE_SLUG_KEY}}}`;

/** Slugs from the title, without diacritics ("Đo lường" → "do-luong"). */
export const titleSlug = { identifier_field: 'title', slug: projectSlug } as const;

/**
 * A Markdown body. The page's title is its only level-1 heading, so the
 * toolbar offers sections at levels 2 and 3 only (WCAG 1.3.1: one h1, an
 * outline without jumps).
 */
export const markdownBody = (hint: string): FieldUi => ({
  label: 'Nội dung',
  hint,
  widget: 'markdown',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
});

/** A day as editors read it in lists ("20/05/2022"), from a stored "YYYY-MM-DD…" field (Decap's summary date filter). */
export const dayInList = (field: string) => `{{${field} | date('DD/MM/YYYY')}}`;

/**
 * Lịch sử thay đổi: the "change-notes" widget (admin/app/change-notes.ts) lists
 * the notes already published and, when a published entry is edited, asks for
 * a new note or for the change to be marked minor (then nothing is recorded).
 */
export const changesUi: FieldUi = {
  label: 'Lịch sử thay đổi',
  hint: 'Khi sửa nội dung đã đăng: ghi ngắn gọn điều đã thay đổi, hoặc đánh dấu "Thay đổi nhỏ" (sửa lỗi chính tả…) để không ghi vào lịch sử.',
  widget: 'change-notes',
  fields: {
    date: { label: 'Ngày thay đổi' },
    note: { label: 'Ghi chú thay đổi' },
  },
};

/** First published on the site: optional for entries seeded before the site existed. */
export const firstPublishedUi = dayUi('Ngày đăng lần đầu', 'Ngày đưa lên trang (không bắt buộc).');
