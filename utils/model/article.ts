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

/**
 * The card of a legal document (văn bản: luật, nghị định, quyết định, công văn, kế hoạch…), read from the
 * document's own header block and, where the page has one, its properties table (utils/legal/). Every field is
 * plain text or null when the page does not show it; dates are YYYY-MM-DD.
 */
export interface DocumentCard {
  /** "Luật", "Quyết định", "Công văn"… */
  type: string | null;
  /** "100/2015/QH13", "15-NQ/TW". */
  number: string | null;
  /** "Quốc hội", "Ủy ban nhân dân tỉnh Quảng Ninh". */
  issuer: string | null;
  signed: string | null;
  inForce: string | null;
  /** "Còn hiệu lực", "Hết hiệu lực một phần"… as the page words it. */
  status: string | null;
}

/** What a read page is: a news-style article or a legal document's full text. */
export type ArticleKind = 'article' | 'legal';

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
  /** 'legal' for a legal document's full text; absent on articles (and on records saved before kinds existed). */
  kind?: ArticleKind;
  /** The legal document's card, when kind is 'legal'. */
  document?: DocumentCard;
}

export type FailureReason = 'not-article' | 'empty' | 'too-large' | 'restricted' | 'error';

/** What kind of page a refused page seems to be (utils/extract/page-kinds.ts); the failure view names it. */
export type PageKind = 'search' | 'home' | 'list' | 'properties' | 'dataset' | 'contact' | 'stub';

/** A "label: value" line of a properties or dataset page, as plain text. */
export interface PageAttribute {
  label: string;
  value: string;
}

/**
 * What a refused page of a data kind (a document's properties, an open-data dataset) offers instead of an article:
 * its name, its key attributes and its files (http/https links), so the popup can list them.
 */
export interface PageFindings {
  title: string;
  attributes: PageAttribute[];
  files: Attachment[];
}

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: FailureReason; message: string; pageKind?: PageKind; found?: PageFindings };

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
  dataset: {
    vi: 'Đây là trang một bộ dữ liệu mở (danh sách tệp dữ liệu và thông tin mô tả), không phải một bài viết.',
    en: 'This is an open-data dataset page (a list of data files and their description), not an article.',
  },
  contact: {
    vi: 'Đây là trang liên hệ (mẫu gửi thư, địa chỉ, điện thoại), không phải một bài viết.',
    en: 'This is a contact page (a message form, address, phone), not an article.',
  },
  stub: {
    vi: 'Trang này quá ít nội dung để là một bài viết.',
    en: 'This page has too little text to be an article.',
  },
};

/** A failure result with its message in the given language (Vietnamese by default). */
export function failure(reason: FailureReason, lang: 'vi' | 'en' = 'vi', pageKind?: PageKind, found?: PageFindings): ExtractResult {
  if (reason === 'not-article' && pageKind) return { ok: false, reason, message: PAGE_KIND_MESSAGES[pageKind][lang], pageKind, ...(found ? { found } : {}) };
  return { ok: false, reason, message: FAILURE_MESSAGES[reason][lang] };
}
