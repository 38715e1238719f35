// Every failure the library can report to the UI, with a message in both languages that says what to do next.
// Raw IndexedDB errors (DOMException names) are mapped here so callers never have to know them.

export type LibraryErrorCode = 'quota' | 'blocked' | 'aborted' | 'corrupt' | 'invalid-file' | 'not-found' | 'conflict';

export const LIBRARY_ERROR_MESSAGES: Record<LibraryErrorCode, { vi: string; en: string }> = {
  quota: {
    vi: 'Bộ nhớ của trình duyệt đã đầy nên chưa lưu được bài. Hãy xoá bớt bài cũ hoặc bài có nhiều ảnh trong Thư viện rồi thử lại.',
    en: 'The browser storage is full, so the article was not saved. Delete some old or image-heavy articles in the Library and try again.',
  },
  blocked: {
    vi: 'Thư viện đang được mở ở một thẻ khác bằng phiên bản cũ của tiện ích. Hãy đóng hoặc tải lại các thẻ Tin Sạch khác rồi thử lại.',
    en: 'The library is open in another tab with an older version of the extension. Close or reload the other Tin Sạch tabs and try again.',
  },
  aborted: {
    vi: 'Thao tác với thư viện bị gián đoạn nên chưa có gì thay đổi. Hãy thử lại.',
    en: 'The library operation was interrupted, so nothing was changed. Please try again.',
  },
  corrupt: {
    vi: 'Một bài trong thư viện bị hỏng và đã được cách ly; các bài khác vẫn dùng bình thường. Hãy mở lại trang gốc và lưu lại bài đó.',
    en: 'An article in the library was damaged and has been set aside; the others still work. Open the original page and save it again.',
  },
  'invalid-file': {
    vi: 'Tệp này không phải bản sao lưu hợp lệ của Tin Sạch nên không có gì được nhập. Hãy chọn đúng tệp đã xuất từ Tin Sạch.',
    en: 'This file is not a valid Tin Sạch backup, so nothing was imported. Choose a file exported from Tin Sạch.',
  },
  conflict: {
    vi: 'Thư viện đã có một bài khác ở địa chỉ này, với tiêu đề hoặc nội dung khác. Bài đã lưu chưa bị thay. Hãy mở cửa sổ Tin Sạch trên trang này để chọn có thay hay không.',
    en: 'The library already has a different article at this address (another title or text). The saved one was not replaced. Open the Tin Sạch popup on this page to choose whether to replace it.',
  },
  'not-found': {
    vi: 'Không tìm thấy bài này trong thư viện (có thể đã bị xoá). Hãy tải lại danh sách.',
    en: 'This article is not in the library (it may have been deleted). Reload the list.',
  },
};

export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  readonly code: LibraryErrorCode;
  /** The article concerned, when there is one (corrupt, not-found). */
  readonly articleId?: string;

  constructor(code: LibraryErrorCode, detail?: string, opts?: { cause?: unknown; articleId?: string }) {
    // The English text is the Error message (logs, tests); the UI picks its language via messageFor().
    super(detail ? `${LIBRARY_ERROR_MESSAGES[code].en} (${detail})` : LIBRARY_ERROR_MESSAGES[code].en, {
      cause: opts?.cause,
    });
    this.code = code;
    if (opts?.articleId !== undefined) this.articleId = opts.articleId;
  }

  messageFor(lang: 'vi' | 'en' = 'vi'): string {
    return LIBRARY_ERROR_MESSAGES[this.code][lang];
  }
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
}

/** True for a storage-full error however the browser spells it (Firefox used NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(e: unknown): boolean {
  const name = errorName(e);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Maps anything thrown by IndexedDB to a LibraryError (LibraryErrors pass through unchanged). */
export function toLibraryError(e: unknown): LibraryError {
  if (e instanceof LibraryError) return e;
  if (isQuotaError(e)) return new LibraryError('quota', undefined, { cause: e });
  const name = errorName(e);
  const detail = e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
    ? `${name}: ${String((e as { message: unknown }).message)}`
    : String(e);
  return new LibraryError('aborted', detail, { cause: e });
}
