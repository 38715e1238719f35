// The one definition of what the extractor produces and everything else consumes
// (content script, popup, library, CLI, tests).

export interface ArticleImage {
  /** Absolute URL of the image as found on the page (lazy-load attributes resolved). */
  src: string;
  alt: string;
  caption: string;
}

export interface Attachment {
  name: string;
  /** Absolute URL of the attached file (.pdf, .doc(x), .xls(x), …). */
  href: string;
}

export interface Article {
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  /** ISO 8601 with the page's own offset (`2023-04-12T15:20:00+07:00`) or a date only (`2023-04-12`). */
  publishedAt: string | null;
  siteName: string | null;
  lang: string;
  /** The lead (sapo), plain text; '' when the page has none. */
  lead: string;
  /** Sanitised article HTML (lead not included). */
  html: string;
  /** Plain text of the article, lead first, paragraphs separated by blank lines. */
  text: string;
  images: ArticleImage[];
  attachments: Attachment[];
  wordCount: number;
  readingMinutes: number;
  /** ISO 8601 timestamp (UTC) of the extraction. */
  extractedAt: string;
}

export type FailureReason = 'not-article' | 'empty' | 'too-large' | 'restricted' | 'error';

/** What kind of page a refused page seems to be (extract/gate.ts); the failure view names it. */
export type PageKind = 'search' | 'home' | 'list' | 'properties' | 'stub';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: FailureReason; message: string; pageKind?: PageKind };

/** Messages for each failure, Vietnamese first. The UI shows the one for its language. */
export const FAILURE_MESSAGES: Record<FailureReason, { vi: string; en: string }> = {
  'not-article': {
    vi: 'Trang này không phải là một bài viết (có thể là trang chủ, trang danh sách hoặc trang tìm kiếm).',
    en: 'This page is not an article (it may be a home, list or search page).',
  },
  empty: {
    vi: 'Trang này không có nội dung để đọc.',
    en: 'This page has no content to read.',
  },
  'too-large': {
    vi: 'Trang này quá lớn để đọc gọn. Hãy thử mở trực tiếp bài viết.',
    en: 'This page is too large to read cleanly. Try opening the article itself.',
  },
  restricted: {
    vi: 'Trình duyệt không cho tiện ích đọc trang này (trang cài đặt, cửa hàng tiện ích hoặc tệp PDF).',
    en: 'The browser does not let extensions read this page (settings, extension stores or PDF files).',
  },
  error: {
    vi: 'Đã có lỗi khi đọc trang này. Hãy tải lại trang rồi thử lần nữa.',
    en: 'Something went wrong while reading this page. Reload the page and try again.',
  },
};

/** "Not an article" said with what the page seems to be instead. */
export const PAGE_KIND_MESSAGES: Record<PageKind, { vi: string; en: string }> = {
  list: {
    vi: 'Đây là trang danh sách tin, không phải một bài viết.',
    en: 'This is a list of articles, not an article.',
  },
  home: {
    vi: 'Đây là trang chủ của trang web, không phải một bài viết.',
    en: 'This is the site’s home page, not an article.',
  },
  search: {
    vi: 'Đây là trang tìm kiếm, không phải một bài viết.',
    en: 'This is a search page, not an article.',
  },
  properties: {
    vi: 'Đây là trang thuộc tính văn bản (số hiệu, ngày ban hành, cơ quan ban hành), không phải toàn văn hay một bài viết.',
    en: 'This is a document-properties page (number, dates, issuing body), not the full text or an article.',
  },
  stub: {
    vi: 'Trang này quá ít nội dung để là một bài viết.',
    en: 'This page has too little text to be an article.',
  },
};

/** A failure result with its message in the given language (Vietnamese by default). */
export function failure(reason: FailureReason, lang: 'vi' | 'en' = 'vi', pageKind?: PageKind): ExtractResult {
  if (reason === 'not-article' && pageKind) return { ok: false, reason, message: PAGE_KIND_MESSAGES[pageKind][lang], pageKind };
  return { ok: false, reason, message: FAILURE_MESSAGES[reason][lang] };
}
