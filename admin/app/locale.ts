/**
 * The CMS in Vietnamese. Phrases missing from decap-cms-locales' "vi" (Decap shows the
 * English phrase instead: "Add nhiệm vụ", "Login with Forgejo"). Registered
 * over the package's own phrases; tests/lib/cms-config.test.ts checks that
 * together they cover every English phrase.
 */
import type { CMS } from 'decap-cms-core';

export const MISSING_VI_PHRASES = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo' },
    entries: { unpublishedHeader: 'Mục chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung hiện có sẽ bị ghi đè.',
      },
    },
    editorInterface: { toggleI18n: 'Bật/tắt đa ngôn ngữ', togglePreview: 'Bật/tắt xem trước', toggleScrollSync: 'Cuộn đồng bộ', toggleNotes: 'Bật/tắt ghi chú' },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để cùng trao đổi.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Huỷ',
      edit: 'Sửa',
      delete: 'Xoá',
      resolve: 'Đã giải quyết',
      unresolve: 'Mở lại',
      confirmDelete: 'Bạn có chắc muốn xoá ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Mục đang là bản nháp. Để hoàn tất và gửi duyệt, chuyển trạng thái sang "Chờ duyệt"',
      statusInfoTooltipInReview: 'Mục đang được duyệt, không cần làm gì thêm. Bạn vẫn có thể sửa trong khi chờ duyệt.',
    },
    editorWidgets: {
      markdown: {
        bold: 'In đậm',
        italic: 'In nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ (URL) của liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách dấu đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: { rich: 'Chuyển sang chế độ soạn thảo', markdown: 'Chuyển sang chế độ Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn các hình',
        chooseUrl: 'Chèn từ URL',
        replaceUrl: 'Thay bằng URL',
        promptUrl: 'Nhập địa chỉ (URL) của hình',
        addMore: 'Thêm hình',
        removeAll: 'Xoá tất cả hình',
      },
      file: {
        chooseUrl: 'Chèn từ URL',
        chooseMultiple: 'Chọn các tập tin',
        replaceUrl: 'Thay bằng URL',
        promptUrl: 'Nhập địa chỉ (URL) của tập tin',
        addMore: 'Thêm tập tin',
        removeAll: 'Xoá tất cả tập tin',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Sao chép', copyUrl: 'Sao chép URL', copyPath: 'Sao chép đường dẫn', copyName: 'Sao chép tên', copied: 'Đã sao chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tuỳ chọn tài khoản' },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã cập nhật ghi chú',
      onFailToUpdateNote: 'Không cập nhật được ghi chú: %{details}',
      noteDeleted: 'Đã xoá ghi chú',
      onFailToDeleteNote: 'Không xoá được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã giải quyết',
      noteReopened: 'Ghi chú đã mở lại',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};

/**
 * Phrases of decap-cms-locales' "vi" that first editors misread, replaced:
 * "＋ tin" (a full-width plus Debian's fonts draw as a box), "tải lên" for
 * reopening a backup kept in the browser, "Lấy những cái đã chọn", and a
 * screen-reader name built from the field's technical name ("Đặt publishedAt
 * là bây giờ": Decap passes the name, not the label).
 */
export const CLEARER_VI_PHRASES = {
  collection: { collectionTop: { newButton: 'Thêm %{collectionLabel}' } },
  editor: {
    editor: {
      confirmLoadBackup:
        'Trình duyệt còn giữ một bản đang soạn dở của mục này, chưa được lưu. Mở lại bản đó để soạn tiếp? (Chọn "Hủy" để dùng bản đã lưu.)',
    },
    editorWidgets: { datetime: { setToNow: 'Điền ngày giờ hiện tại' } },
  },
  mediaLibrary: { mediaLibraryModal: { chooseSelected: 'Dùng tệp đã chọn' } },
};

type Phrases = { [key: string]: string | Phrases };

/** `base` with `extra` filled in where base has no phrase. */
export function withPhrases(base: Phrases, extra: Phrases): Phrases {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = result[key];
    if (typeof value === 'string') result[key] = existing ?? value;
    else result[key] = withPhrases(typeof existing === 'object' ? existing : {}, value);
  }
  return result;
}

/** Decap's "vi" phrases, completed with MISSING_VI_PHRASES and corrected by CLEARER_VI_PHRASES. */
export function vietnamesePhrases(vi: Phrases): Phrases {
  return withPhrases(CLEARER_VI_PHRASES, withPhrases(vi, MISSING_VI_PHRASES));
}

export function registerVietnamese(cms: CMS): void {
  cms.registerLocale('vi', vietnamesePhrases(cms.getLocale('vi') as unknown as Phrases) as never);
}
