// The kinds of page a Vietnamese portal serves, each with the structure that defines it and what the popup answers
// on it: the one place that says what Tin Sạch makes of a page. The gate (gate.ts) decides from the page's
// structure and content; the address only adds evidence (a "Keyword=" on a document's own address must not refuse
// the document). Every signal names the kind of page that needed it.
import type { ArticleKind, PageKind } from '../model/article';

export type Evidence = 'structure' | 'content' | 'address' | 'metadata';

export interface KindSignal {
  id: string;
  evidence: Evidence;
  why: string;
}

export interface PageKindEntry {
  kind: PageKind | ArticleKind | 'service' | 'organisation' | 'gallery';
  /** What makes a page this kind. */
  structure: string;
  /** What the popup offers on it. */
  answer: string;
  signals: KindSignal[];
}

export const PAGE_KINDS: PageKindEntry[] = [
  {
    kind: 'article',
    structure: 'One story: a headline, usually a date and a lead, paragraphs of prose.',
    answer: 'Read it: title, date, author, lead, text, figures, summary.',
    signals: [
      { id: 'readerable', evidence: 'content', why: 'Readability\'s own check on the page as the reader sees it: Wikipedia, right-to-left and Chinese pages read although nothing Vietnamese marks them.' },
      { id: 'article-signs', evidence: 'metadata', why: 'A headline element, a date or article markup with enough text: short portal news Readability doubts.' },
    ],
  },
  {
    kind: 'legal',
    structure: 'A document\'s full text under its header: the motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (or "ĐẢNG CỘNG SẢN VIỆT NAM"), the issuing body at the top left, "Số: …", "<place>, ngày … tháng … năm …", the type heading ("QUYẾT ĐỊNH") and the subject.',
    answer: 'Read the whole document, however long, with a card above it: type, number, issuing body, date signed, date in force and status where the page shows them.',
    signals: [
      { id: 'document-header', evidence: 'structure', why: 'The motto block with a number or a type heading opens every state and party document (thuvienphapluat copies, vbpl.vn full texts, provincial "văn bản" pages); no news story carries it at its top.' },
    ],
  },
  {
    kind: 'list',
    structure: 'Teasers: headline links that are their block\'s whole text, each with a date, a thumbnail or a sapo, often with paging.',
    answer: 'Say it is a list; the reader opens one article from it.',
    signals: [
      { id: 'dated-teasers', evidence: 'structure', why: 'Five or more dated or illustrated teasers making up much of the text: baochinhphu\'s category pages, Liferay asset publishers.' },
      { id: 'teaser-mash', evidence: 'structure', why: 'Six or more teasers making up most of the text, dated or not (the dates may sit in a cell clean-up removed): CKAN blog and organisation lists.' },
      { id: 'picked-teaser', evidence: 'structure', why: 'Readability picked one teaser of a page full of dated ones: category pages whose items are separate blocks.' },
      { id: 'entry-cards', evidence: 'structure', why: 'Two or more sibling cards, each opened by a heading that is wholly a link to its entry, and Readability picked one card or the cards together: WordPress archives, Drupal views of teaser nodes, Joomla category blogs, with however few entries. Also when Readability finds too little to read and the cards hold more text than its pick (a Liferay asset publisher listing two documents): the page is that list, not a stub.' },
      { id: 'results-count', evidence: 'content', why: 'A line counting the items over them ("1 bộ dữ liệu tìm thấy" on a CKAN organisation page, "Tìm thấy 14596 thuật ngữ" on thuvienphapluat\'s glossary, "38 yêu cầu dữ liệu được tìm thấy"), under a heading of the collection\'s own or in a cell: a list however few or long its items. No story prints such a line on its own.' },
      { id: 'few-teasers', evidence: 'structure', why: 'Not readerable, no article signs, and teasers outnumber the prose: a widget page.' },
    ],
  },
  {
    kind: 'home',
    structure: 'A site\'s front page: rails of teasers, photos and videos.',
    answer: 'Say it is the home page.',
    signals: [{ id: 'home-address', evidence: 'address', why: 'The front page\'s path ("/", "/index.aspx", "/trang-chu") with no article id in the query: vpcp.chinhphu.vn, CKAN portals.' }],
  },
  {
    kind: 'search',
    structure: 'A search form and its results (or none).',
    answer: 'Say it is a search page.',
    signals: [
      { id: 'search-title', evidence: 'content', why: 'A page that calls itself "Tìm kiếm" / "Kết quả tìm kiếm": chinhphu.vn\'s hidden search page.' },
      { id: 'results-count', evidence: 'content', why: 'A results count that is the page\'s only main heading ("37 bộ dữ liệu tìm thấy" as the h1 of a CKAN dataset search, "Showing 1–10 of 243 results"): the page is the answer to a query. So is a count under a query box with filters ("Kết quả 1-20 trong 372987 văn bản" under thuvienphapluat\'s document search, whatever its address).' },
      { id: 'search-form', evidence: 'structure', why: 'A query box ("Tìm văn bản…", "Từ khóa") with three or more filter controls beside it (document type, issuing body, year) and nothing else to read: no dated or illustrated teasers, no prose, no date. Document databases open this way and fill the results in by script (a tax-documents index at its front page, a provincial "Hệ thống văn bản"); a portal\'s header search field has no such filters, and a page with teasers or prose is decided by them.' },
      { id: 'search-address', evidence: 'address', why: 'A search query or path (thuvienphapluat\'s "tim-van-ban.aspx?keyword="). Evidence only: vbpl.vn puts an empty "Keyword=" on every document\'s address, so a page whose content is one long document is read.' },
    ],
  },
  {
    kind: 'properties',
    structure: 'A document\'s attributes as label/value rows (number, dates, issuing body, status) with little prose: vbpl.vn\'s "Thuộc tính" tab, a court precedent\'s attribute tab.',
    answer: 'Name the kind, list the attributes and the document\'s files (links), point to the full text.',
    signals: [{ id: 'properties-table', evidence: 'structure', why: 'Four or more known property labels in one table holding most of the picked text (vbpl.vn\'s SharePoint tab, provincial document databases).' }],
  },
  {
    kind: 'dataset',
    structure: 'An open-data dataset: a list of resources, each a named file with a format badge (CSV, XLSX, JSON), and a metadata table.',
    answer: 'Name the kind, list the data files (links) and the metadata.',
    signals: [{ id: 'resource-list', evidence: 'structure', why: 'Resource items with one format badge each and a label/value metadata table: CKAN portals (odp.cantho.gov.vn, data.gov.vn) and the portals built like them.' }],
  },
  {
    kind: 'contact',
    structure: 'A message form (name, e-mail, message) with an address and phone numbers and little prose.',
    answer: 'Say it is a contact page.',
    signals: [{ id: 'message-form', evidence: 'structure', why: 'A form with a message box and typed fields, under four prose paragraphs and under 150 words: CKAN "Liên hệ" pages, portal "Gửi ý kiến" forms. A blog post with a comment form has a body of its own.' }],
  },
  {
    kind: 'stub',
    structure: 'Too little text to be an article, and Readability does not read it.',
    answer: 'Say the page has too little to read.',
    signals: [{ id: 'too-short', evidence: 'content', why: 'Under forty words with no table and no attachment, or prose too thin with nothing marking an article.' }],
  },
  {
    kind: 'service',
    structure: 'An administrative procedure (thủ tục hành chính): steps, documents to bring, fees, time limits, often as a table.',
    answer: 'Read as an article for now: no signal tells it apart yet.',
    signals: [],
  },
  {
    kind: 'organisation',
    structure: 'An organisation chart or staff directory (cơ cấu tổ chức, lãnh đạo): names, titles, phone numbers.',
    answer: 'Read as an article for now: no signal tells it apart yet.',
    signals: [],
  },
  {
    kind: 'gallery',
    structure: 'A photo or video gallery: images or players with captions, little prose.',
    answer: 'Read as an article for now (the images and captions are kept).',
    signals: [],
  },
];

/** Every signal id the gate may name. */
export const SIGNAL_IDS = new Set(PAGE_KINDS.flatMap((k) => k.signals.map((s) => s.id)));
